// The benchmarked bodies, per vendor, built from the `examples` of schemas/<vendor>/*.schema.json
// (extra errors follow the same schema). Kept as JSON text and parsed, so that the values have the
// shapes and strings of a real `JSON.parse`d response body.
import type { Vendor } from "./vendors.js";

export const BODY_NAMES = ["valid-1", "valid-10", "invalid-deep", "string"] as const;
export type BodyName = (typeof BODY_NAMES)[number];

export interface Body {
  name: BodyName;
  /** What every correct implementation answers. */
  valid: boolean;
  /** A fresh value, as `JSON.parse` returns it. */
  value(): unknown;
  /** What the body is, in a few words, for the README. */
  note: string;
}

const NOT_JSON_OBJECT = JSON.stringify("Internal Server Error");

function body(name: BodyName, valid: boolean, json: string, note: string): Body {
  return { name, valid, value: () => JSON.parse(json), note };
}

// --- commercetools: error-response examples, 10 mixed codes (one unknown, two nested references).
const ctErrors = [
  { code: "ConcurrentModification", message: "Version mismatch. Concurrent modification.", currentVersion: 2 },
  {
    code: "DuplicateFieldWithConflictingResource",
    message: "A duplicate value '\"sku-1\"' exists for field 'sku' on 'product'.",
    field: "sku",
    duplicateValue: "sku-1",
    conflictingResource: { typeId: "product", id: "5b3c9a1e-3f0d-4c2e-9d5e-0e7c1f2a3b4c" },
  },
  {
    code: "InvalidField",
    message: "The value '2' is not valid for field 'fieldNameExample'. Allowed values are: \"red\",\"green\". ",
    invalidValue: 2,
    allowedValues: ["red", "green"],
    field: "fieldNameExample",
  },
  {
    code: "OutOfStock",
    message: "Some line items are out of stock at the time of placing the order: sku-1.",
    lineItems: ["a8e8c6b2-1c4e-4a87-9bb8-2f3d7b4a0c11"],
    skus: ["sku-1"],
  },
  {
    code: "InvalidJsonInput",
    message: "Request body does not contain valid JSON.",
    detailedErrorMessage: "actions -> customerId: Invalid UUID: '62921'",
  },
  { code: "RequiredField", message: "A value is required for field 'baseId'.", field: "baseId" },
  { code: "SomeFutureCode", message: "Unknown codes pass.", extra: { deep: true } },
  { code: "InvalidOperation", message: "Duplicate tax rate for DE." },
  {
    code: "ReferencedResourceNotFound",
    message: "The referenced object of type 'category' 'c1' was not found.",
    typeId: "category",
    id: "c1",
  },
  {
    code: "DuplicateFieldWithConflictingResource",
    message: "A duplicate value '\"jen@example.com\"' exists for field 'email' on 'customer'.",
    field: "email",
    duplicateValue: "jen@example.com",
    conflictingResource: { typeId: "customer", id: "8e1d4c2a-7b6f-4e3d-a1c0-9f8e7d6c5b4a" },
  },
];
const ctValid10 = { statusCode: 400, message: ctErrors[0]!.message, errors: ctErrors };
const ctInvalidDeep = structuredClone(ctValid10);
(ctInvalidDeep.errors[9] as { conflictingResource: { id: unknown } }).conflictingResource.id = 42;

// --- Commerce Layer: errors examples, 10 mixed codes (one unknown; string and integer status).
const clErrors = [
  { title: "Invalid token", detail: "The access token you provided is invalid.", code: "INVALID_TOKEN", status: "401" },
  {
    title: "must be less than or equal to 10",
    detail: "quantity - must be less than or equal to 10",
    code: "VALIDATION_ERROR",
    source: { pointer: "/data/attributes/quantity" },
    status: "422",
    meta: { error: "less_than_or_equal_to", value: 100, count: 10 },
  },
  { title: "Key is not included in URL", detail: "The URL does not support the key 10272", code: "KEY_NOT_INCLUDED_IN_URL", status: "400" },
  {
    title: "Record not found",
    detail: "The requested resource was not found. Please double-check the resource id.",
    code: "RECORD_NOT_FOUND",
    status: "404",
  },
  { title: "Locked resource", detail: "Failed to destroy SkuListItem with id=1286", code: "LOCKED", status: "423" },
  { code: "UNAUTHORIZED", detail: "Client authentication failed due to unknown client.", status: 401, title: "invalid_client" },
  {
    title: "can't be blank",
    detail: "name - can't be blank",
    code: "VALIDATION_ERROR",
    source: { pointer: "/data/attributes/name" },
    status: "422",
    meta: { error: "blank" },
  },
  {
    title: "Param not allowed",
    detail: "The parameter 'foo' is not allowed.",
    code: "PARAM_NOT_ALLOWED",
    source: { parameter: "foo" },
    status: "400",
  },
  { title: "A future error", detail: "Unknown codes pass.", code: "SOME_FUTURE_CODE", status: "409", meta: { anything: [1, 2] } },
  {
    title: "Filter not allowed",
    detail: "Filter not allowed on this resource.",
    code: "FILTER_NOT_ALLOWED",
    source: { pointer: "/filter/q" },
    status: "400",
  },
];
const clInvalidDeep = structuredClone({ errors: clErrors });
(clInvalidDeep.errors[9] as { source: { pointer: unknown } }).source.pointer = 42;

// --- Elastic Path: errors examples, 10 mixed items (string and object source, string and integer status).
const epErrors = [
  { detail: "first_name is required", source: "data", status: 400, title: "required" },
  { detail: "The data.email field is required.", title: "Failed Validation" },
  { status: 401, title: "Unable to validate access token" },
  { status: "404", title: "Could not anonymize some usages", detail: "Usages not found.", meta: { usage_ids: ["6a847eba"] } },
  { status: 409, detail: "Write conflict detected", title: "Conflict" },
  { status: 400, title: "enum", detail: "type must be one of: product", source: { pointer: "/data/type" } },
  {
    status: 500,
    title: "Internal Server Error",
    detail: "There was an internal server error, you can report with your request id.",
    request_id: "XXXX",
  },
  { status: 400, title: "Currency already exists", description: "The specified currency code already exists" },
  { status: 422, title: "Insufficient stock", detail: "There is not enough stock to add sku-1 to your cart", code: "insufficient_stock" },
  {
    status: 400,
    title: "Failed Validation",
    detail: "quantity must be a number",
    source: { pointer: "/data/quantity", parameter: "quantity" },
  },
];
const epInvalidDeep = structuredClone({ errors: epErrors });
(epInvalidDeep.errors[9] as { source: { pointer: unknown } }).source.pointer = 42;

// --- BigCommerce: a REST v3 error, and a GraphQL response with 10 mixed errors.
const bcGraphQLErrors = [
  { message: "GraphQL invalid credentials. String is not a JWT" },
  {
    message: "The provided token does not include the scopes required to resolve this field.",
    path: ["company"],
    extensions: { code: "INSUFFICIENT_ACCESS_SCOPE", requiredScopes: ["TOKEN_SCOPE_B2B"] },
  },
  { message: "The query is too complex as it has a complexity score of 12230 out of 10000. Please remove some elements and try again" },
  {
    message: "Customer access token is invalid.",
    path: ["customer", "orders", 0],
    locations: [{ line: 3, column: 5 }],
    extensions: { code: "INVALID_CUSTOMER_ACCESS_TOKEN" },
  },
  { message: "GraphQL invalid credentials. JWT is expired", locations: [{ line: 1, column: 1 }] },
  {
    message: "Field 'foo' doesn't exist on type 'Site'",
    locations: [{ line: 2, column: 3 }],
    path: ["query", "site", "foo"],
    extensions: { code: "undefinedField", typeName: "Site" },
  },
  {
    message: "Customer access token is missing.",
    extensions: { code: "MISSING_CUSTOMER_ACCESS_TOKEN", requiredScopes: ["TOKEN_SCOPE_CUSTOMER"] },
  },
  { message: "Unknown JWT token" },
  { message: "Not found", path: ["site", "product"], locations: [{ line: 4, column: 7 }] },
  {
    message: "Argument 'entityId' has an invalid value.",
    path: ["site", "product", 1],
    locations: [{ line: 5, column: 9 }],
    extensions: { code: "argumentLiteralsIncompatible" },
  },
];
const bcInvalidDeep = structuredClone({ data: null, errors: bcGraphQLErrors });
(bcInvalidDeep.errors[9] as { locations: { column: unknown }[] }).locations[0]!.column = "9";

const json = (value: unknown) => JSON.stringify(value);

export const bodies: Record<Vendor, readonly Body[]> = {
  bigcommerce: [
    body(
      "valid-1",
      true,
      json({
        status: 422,
        title: "JSON data is missing or invalid",
        type: "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
        errors: { customer_id: "error.expected.jsnumber" },
      }),
      "REST v3 error (4th envelope in match order)",
    ),
    body("valid-10", true, json({ data: null, errors: bcGraphQLErrors }), "GraphQL response, 10 mixed errors"),
    body("invalid-deep", false, json(bcInvalidDeep), "valid-10, 10th error's locations[0].column a string"),
    body("string", false, NOT_JSON_OBJECT, "a string"),
  ],
  commercelayer: [
    body("valid-1", true, json({ errors: [clErrors[0]] }), "one INVALID_TOKEN error"),
    body("valid-10", true, json({ errors: clErrors }), "10 mixed codes (one unknown)"),
    body("invalid-deep", false, json(clInvalidDeep), "valid-10, 10th error's source.pointer a number"),
    body("string", false, NOT_JSON_OBJECT, "a string"),
  ],
  commercetools: [
    body("valid-1", true, json({ statusCode: 409, message: ctErrors[0]!.message, errors: [ctErrors[0]] }), "one ConcurrentModification"),
    body("valid-10", true, json(ctValid10), "10 mixed codes (one unknown, 2 nested references)"),
    body("invalid-deep", false, json(ctInvalidDeep), "valid-10, 10th error's conflictingResource.id a number"),
    body("string", false, NOT_JSON_OBJECT, "a string"),
  ],
  elasticpath: [
    body(
      "valid-1",
      true,
      json({ errors: [{ status: 404, detail: "The requested category could not be found", title: "Category not found" }] }),
      "one 404 error",
    ),
    body("valid-10", true, json({ errors: epErrors }), "10 mixed items"),
    body("invalid-deep", false, json(epInvalidDeep), "valid-10, 10th error's source.pointer a number"),
    body("string", false, NOT_JSON_OBJECT, "a string"),
  ],
};
