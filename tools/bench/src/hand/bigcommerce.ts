// Hand-written guard of schemas/bigcommerce/ (eleven envelopes, in vendor.json order).
// biome-ignore lint/suspicious/noExplicitAny: the baseline is the guard people write by hand, property access unchecked
type Json = Record<string, any>;

const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === "string";
const optString = (x: unknown): boolean => x === undefined || typeof x === "string";
const isInt = (x: unknown): boolean => Number.isInteger(x);
const optInt = (x: unknown): boolean => x === undefined || Number.isInteger(x);
const optNumber = (x: unknown): boolean => x === undefined || Number.isFinite(x);
const optObject = (x: unknown): boolean => x === undefined || isObject(x);

function every(x: unknown, item: (value: unknown) => boolean): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
  return true;
}
const nonEmpty = (x: unknown): boolean => Array.isArray(x) && x.length > 0;

const isPathSegment = (x: unknown): boolean => typeof x === "string" || Number.isInteger(x);
const isLocation = (x: unknown): boolean => isObject(x) && optInt(x.line) && optInt(x.column);

function isGraphQLErrorItem(x: unknown): boolean {
  if (!isObject(x) || !isString(x.message)) return false;
  if (x.path !== undefined && !every(x.path, isPathSegment)) return false;
  if (x.locations !== undefined && !every(x.locations, isLocation)) return false;
  const ext = x.extensions;
  if (ext === undefined) return true;
  return isObject(ext) && optString(ext.code) && (ext.requiredScopes === undefined || every(ext.requiredScopes, isString));
}

export const isGraphQLError = (x: unknown): boolean => isObject(x) && nonEmpty(x.errors) && every(x.errors, isGraphQLErrorItem);

const isMutationError = (x: unknown): boolean =>
  isObject(x) &&
  optString(x.__typename) &&
  optString(x.message) &&
  (x.fields === undefined || every(x.fields, isString)) &&
  (x.path === undefined || every(x.path, isPathSegment));
const isRefusedPayload = (x: unknown): boolean => isObject(x) && nonEmpty(x.errors) && every(x.errors, isMutationError);
function someField(x: Json, test: (value: unknown) => boolean): boolean {
  for (const key of Object.keys(x)) if (test(x[key])) return true;
  return false;
}
const isNamespaceWithErrors = (x: unknown): boolean => isObject(x) && someField(x, isRefusedPayload);

/** data.<mutation>.errors or data.<namespace>.<mutation>.errors is not empty, and there are no top-level errors. */
export const isGraphQLMutationErrors = (x: unknown): boolean =>
  isObject(x) &&
  x.errors === undefined &&
  isObject(x.data) &&
  optObject(x.extensions) &&
  someField(x.data, (value) => isRefusedPayload(value) || isNamespaceWithErrors(value));

const isFieldMessages = (x: unknown): boolean =>
  isObject(x) && Object.values(x).every((value) => isString(value) || every(value, isString));
const isErrMsg = (x: unknown): boolean => isString(x) || isFieldMessages(x) || every(x, (item) => isFieldMessages(item) || isString(item));

export const isB2BError = (x: unknown): boolean =>
  isObject(x) &&
  isInt(x.code) &&
  isObject(x.data) &&
  isErrMsg(x.data.errMsg) &&
  (x.meta === undefined || (isObject(x.meta) && optString(x.meta.message)));

export const isGraphQLLegacyError = (x: unknown): boolean => isObject(x) && isObject(x.error) && isString(x.error.error);

export function isServiceUnavailableError(x: unknown): boolean {
  if (!isObject(x)) return false;
  const e = x.error;
  return (
    isObject(e) &&
    isString(e.code) &&
    isString(e.message) &&
    optString(e.details) &&
    optInt(e.retry_after_seconds) &&
    optString(e.timestamp)
  );
}

export function isRestV3Error(x: unknown): boolean {
  if (!isObject(x) || !isInt(x.status) || !isString(x.title)) return false;
  if (!optString(x.type) || !optString(x.instance) || !optString(x.detail) || !optInt(x.code)) return false;
  const errors = x.errors;
  if (errors !== undefined && !isObject(errors) && !every(errors, isString)) return false;
  return x.meta === undefined || (isObject(x.meta) && optInt(x.meta.saved_records));
}

const isPartialFailureError = (x: unknown): boolean =>
  isObject(x) &&
  isInt(x.status) &&
  optString(x.title) &&
  optString(x.type) &&
  optString(x.instance) &&
  optString(x.detail) &&
  optObject(x.errors);

export function isMultiStatus(x: unknown): boolean {
  if (!isObject(x)) return false;
  const meta = x.meta;
  const partialFailure =
    (isPartialFailureError(x.errors) || every(x.errors, isPartialFailureError)) &&
    isObject(meta) &&
    optNumber(meta.total) &&
    optNumber(meta.success) &&
    optNumber(meta.failed);
  return partialFailure || (isInt(x.status) && isString(x.message)); // or CustomerGroupPartialSuccess
}

const isPriceRecordBatchErrorSet = (x: unknown): boolean =>
  isObject(x) &&
  optObject(x.field_errors) &&
  (x.data === undefined ||
    (isObject(x.data) && optInt(x.data.price_list_id) && optInt(x.data.variant_id) && optString(x.data.sku) && optString(x.data.currency)));

export const isPriceRecordBatchError = (x: unknown): boolean => isObject(x) && every(x.batch_errors, isPriceRecordBatchErrorSet);

const isRefundItem = (x: unknown): boolean =>
  isObject(x) &&
  isInt(x.status) &&
  ((isString(x.title) && optString(x.type) && optString(x.instance) && optObject(x.errors)) || // RefundProblemItem
    (optInt(x.order_id) && isString(x.error))); // RefundQuoteFailure

export const isRefundError = (x: unknown): boolean => isObject(x) && nonEmpty(x.data) && every(x.data, isRefundItem) && optObject(x.meta);

export const isCodeMessageError = (x: unknown): boolean => isObject(x) && isInt(x.code) && isString(x.message);

const isRestV2Item = (x: unknown): boolean => isObject(x) && isInt(x.status) && isString(x.message);

export const isRestV2Error = (x: unknown): boolean => nonEmpty(x) && every(x, isRestV2Item);

export function isErrorResponse(x: unknown): boolean {
  try {
    return (
      isGraphQLError(x) ||
      isGraphQLMutationErrors(x) ||
      isGraphQLLegacyError(x) ||
      isServiceUnavailableError(x) ||
      isB2BError(x) ||
      isRestV3Error(x) ||
      isMultiStatus(x) ||
      isPriceRecordBatchError(x) ||
      isRefundError(x) ||
      isCodeMessageError(x) ||
      isRestV2Error(x)
    );
  } catch {
    return false;
  }
}
