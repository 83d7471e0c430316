// Every vendor package is emitted by the same generator with the same runtime, so the types they
// share are taken from one of them.
export type {
  FetchResponseLike,
  StatusCodeInfo,
  UnrecognizedReason,
  ValidationResult,
} from "@commerce-errors/commercetools";
export type { ReadBody, StatusSummary } from "@commerce-errors/commercetools/core";
