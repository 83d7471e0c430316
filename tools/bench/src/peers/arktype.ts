// arktype 2.x, written by hand: object definitions (open by default) in a scope; the union of the
// documented codes is discriminated by arktype itself, plus a narrowed fallback for unknown codes.
// The guard is `.allows(x)`.
import { scope, type Type } from "arktype";
import { ERROR_CODE_FIELDS, type Fields, type FieldType, KNOWN_CODES } from "./commercetools-spec.js";

const finite = ["number", ":", (n: number) => Number.isFinite(n)] as const;
const statusCodeOrText = "string | number.integer";
// JSON Schema's "object" excludes arrays; arktype's "object" does not, so each scope defines PlainObject.
const plainObject = ["object", ":", (value: object) => !Array.isArray(value)] as const;

// --- commercetools
const ctField: Record<FieldType, string> = {
  string: "string",
  int: "number.integer",
  boolean: "boolean",
  present: "unknown",
  object: "PlainObject",
  array: "unknown[]",
  "string[]": "string[]",
  "object[]": "PlainObject[]",
  Reference: "Reference",
  ResourceIdentifier: "ResourceIdentifier",
  "KeyReference[]": "KeyReference[]",
  LocalizedString: "Record<string, string>",
  Attribute: "Attribute",
  "Attribute[]": "Attribute[]",
  Price: "Price",
  VariantValues: "VariantValues",
  OrderEditPreviewFailure: "OrderEditPreviewFailure",
  "ExtensionError[]": "ExtensionError[]",
  ErrorByExtension: "ErrorByExtension",
  ProductVariantSelection: "ProductVariantSelection",
};

function ctBranch(code: string, fields: Fields): Record<string, string> {
  const definition: Record<string, string> = { code: `'${code}'`, message: "string" };
  for (const [key, fieldType] of Object.entries(fields)) definition[key] = ctField[fieldType];
  return definition;
}

const branchNames = Object.keys(ERROR_CODE_FIELDS).map((code) => `Error_${code}`);
const ctDefinitions: Record<string, unknown> = {
  PlainObject: plainObject,
  Reference: { typeId: "string", id: "string", "obj?": "PlainObject" },
  ResourceIdentifier: { "typeId?": "string", "id?": "string", "key?": "string" },
  KeyReference: { typeId: "string", key: "string" },
  Attribute: { name: "string", value: "unknown" },
  Price: { id: "string", "key?": "string", value: "PlainObject" },
  VariantValues: { "sku?": "string", prices: "PlainObject[]", attributes: "Attribute[]" },
  OrderEditPreviewFailure: { type: "string", errors: "ErrorObject[]" },
  ExtensionError: { code: "string", message: "string", extensionId: "string", "extensionKey?": "string" },
  ErrorByExtension: { id: "string", "key?": "string" },
  ProductVariantSelection: { type: "string", "skus?": "string[]" },
  ...Object.fromEntries(Object.entries(ERROR_CODE_FIELDS).map(([code, fields]) => [`Error_${code}`, ctBranch(code, fields)])),
  KnownErrorObject: branchNames.join(" | "),
  UnknownErrorObject: [{ code: "string", message: "string" }, ":", (error: { code: string }) => !KNOWN_CODES.has(error.code)],
  ErrorObject: "KnownErrorObject | UnknownErrorObject",
  AuthErrorObject: { code: "string", message: "string" },
  AuthErrorResponse: {
    statusCode: "number.integer",
    message: "string",
    errors: "AuthErrorObject[]",
    error: "string",
    "error_description?": "string",
  },
  StandardErrorResponse: { statusCode: "number.integer", message: "string", "errors?": "ErrorObject[]" },
  GraphQLError: {
    message: "string",
    "locations?": [{ line: "number.integer", column: "number.integer" }, "[]"],
    "path?": "(string | number.integer)[]",
    "extensions?": { code: "string" },
  },
  GraphQLErrorResponse: { "statusCode?": "never", "data?": "unknown", errors: "GraphQLError[] >= 1" },
  BulkResult: {
    "id?": "string",
    "key?": "string",
    status: "string",
    "resource?": { "id?": "string", "version?": "number.integer" },
    "errors?": [{ code: "string", message: "string" }, "[]"],
  },
  VariantBulkUpdateResponse: { successCount: "number.integer", failureCount: "number.integer >= 1", results: "BulkResult[]" },
  OAuthErrorResponse: { "statusCode?": "never", error: "string", "error_description?": "string" },
  ErrorResponse: "AuthErrorResponse | StandardErrorResponse | GraphQLErrorResponse | VariantBulkUpdateResponse | OAuthErrorResponse",
};
// The definitions are built from a table, so TypeScript cannot infer them; the runtime is what we measure.
const commercetools = (scope(ctDefinitions as never).export() as unknown as Record<string, Type>).ErrorResponse!;

// --- Commerce Layer
const clSource = { "pointer?": "string", "parameter?": "string" } as const;
const commercelayer = scope({
  PlainObject: plainObject,
  ErrorObject: {
    title: "string",
    detail: "string",
    code: "string",
    "status?": statusCodeOrText,
    "source?": clSource,
    "meta?": { "error?": "string" },
  },
  Errors: { errors: "ErrorObject[] >= 1" },
  AuthSingleError: { errors: { title: "string", detail: "string", code: "string", status: statusCodeOrText, "meta?": "PlainObject" } },
  ErrorResponse: "Errors | AuthSingleError",
}).export().ErrorResponse;

// --- Elastic Path
const elasticpath = scope({
  PlainObject: plainObject,
  ErrorItemFields: {
    "status?": statusCodeOrText,
    "title?": "string",
    "detail?": "string",
    "source?": ["string", "|", { "pointer?": "string", "parameter?": "string" }],
    "meta?": "PlainObject",
    "request_id?": "string",
    "code?": "string",
    "description?": "string",
  },
  // title, or at least status
  ErrorItem: [
    "ErrorItemFields",
    ":",
    (item: { title?: string; status?: unknown }) => item.title !== undefined || item.status !== undefined,
  ],
  Errors: { errors: "ErrorItem[] >= 1 | ErrorItem", "data?": "unknown[] | PlainObject | null" },
}).export().Errors;

// --- BigCommerce
// Errors inside data sit at any field name: the payload test is a predicate over the values.
const refusedPayload = scope({
  PlainObject: plainObject,
  MutationError: { "__typename?": "string", "message?": "string", "fields?": "string[]", "path?": "(string | number.integer)[]" },
  RefusedMutationPayload: { errors: "MutationError[] >= 1" },
}).export().RefusedMutationPayload;
const isRefusedPayload = (value: unknown): boolean => refusedPayload.allows(value);
const isNamespaceWithErrors = (value: unknown): boolean =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).some(isRefusedPayload);
const bigcommerce = scope({
  PlainObject: plainObject,
  GraphQLErrorItem: {
    message: "string",
    "path?": "(string | number.integer)[]",
    "locations?": [{ "line?": "number.integer", "column?": "number.integer" }, "[]"],
    "extensions?": { "code?": "string", "requiredScopes?": "string[]" },
  },
  GraphQLError: { "data?": "unknown", errors: "GraphQLErrorItem[] >= 1" },
  MutationError: { "__typename?": "string", "message?": "string", "fields?": "string[]", "path?": "(string | number.integer)[]" },
  RefusedMutationPayload: { errors: "MutationError[] >= 1" },
  MutationData: [
    "PlainObject",
    ":",
    (data: object) => Object.values(data).some((value) => isRefusedPayload(value) || isNamespaceWithErrors(value)),
  ],
  GraphQLMutationErrors: [
    { "errors?": "never", data: "MutationData", "extensions?": "PlainObject" },
    ":",
    (body: object) => (body as { errors?: unknown }).errors === undefined,
  ],
  FieldMessages: { "[string]": "string | string[]" },
  B2BError: {
    code: "number.integer",
    data: { errMsg: "string | FieldMessages | (FieldMessages | string)[]" },
    "meta?": { "message?": "string" },
  },
  GraphQLLegacyError: { error: { error: "string" } },
  ServiceUnavailableError: {
    error: { code: "string", message: "string", "details?": "string", "retry_after_seconds?": "number.integer", "timestamp?": "string" },
  },
  RestV3Error: {
    status: "number.integer",
    title: "string",
    "type?": "string",
    "instance?": "string",
    "detail?": "string",
    "code?": "number.integer",
    "errors?": "PlainObject | string[]",
    "meta?": { "saved_records?": "number.integer" },
  },
  PartialFailureError: {
    status: "number.integer",
    "title?": "string",
    "type?": "string",
    "instance?": "string",
    "detail?": "string",
    "errors?": "PlainObject",
  },
  PartialFailureResponse: {
    "data?": "unknown",
    errors: "PartialFailureError | PartialFailureError[]",
    meta: { "total?": finite, "success?": finite, "failed?": finite },
  },
  CustomerGroupPartialSuccess: { status: "number.integer", message: "string" },
  PriceRecordBatchError: {
    batch_errors: [
      {
        "data?": { "price_list_id?": "number.integer", "variant_id?": "number.integer", "sku?": "string", "currency?": "string" },
        "field_errors?": "PlainObject",
      },
      "[]",
    ],
  },
  RefundProblemItem: { status: "number.integer", title: "string", "type?": "string", "instance?": "string", "errors?": "PlainObject" },
  RefundQuoteFailure: { "order_id?": "number.integer", status: "number.integer", error: "string" },
  RefundError: { data: "(RefundProblemItem | RefundQuoteFailure)[] >= 1", "meta?": "PlainObject" },
  CodeMessageError: { code: "number.integer", message: "string" },
  RestV2Error: [{ status: "number.integer", message: "string", "details?": "unknown" }, "[]"],
  RestV2Errors: "RestV2Error >= 1",
  ErrorResponse:
    "GraphQLError | GraphQLMutationErrors | GraphQLLegacyError | ServiceUnavailableError | B2BError | RestV3Error | PartialFailureResponse | CustomerGroupPartialSuccess | PriceRecordBatchError | RefundError | CodeMessageError | RestV2Errors",
}).export().ErrorResponse;

export const arktypeSchemas: Record<"bigcommerce" | "commercelayer" | "commercetools" | "elasticpath", Type> = {
  bigcommerce: bigcommerce as unknown as Type,
  commercelayer: commercelayer as unknown as Type,
  commercetools,
  elasticpath: elasticpath as unknown as Type,
};
