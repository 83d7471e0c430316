// valibot 1.x, written by hand: looseObject (open objects), variant on `code` plus a fallback for
// unknown codes. The guard is `v.is(schema, x)`.
import * as v from "valibot";
import { ERROR_CODE_FIELDS, type Fields, type FieldType, fieldName, KNOWN_CODES } from "./commercetools-spec.js";

const int = v.pipe(v.number(), v.integer());
const present = v.custom<unknown>((value) => value !== undefined);
const statusCodeOrText = v.union([v.string(), int]);
// JSON Schema's "object" excludes arrays; valibot's object schemas accept them, so say it.
const openObject = v.custom<Record<string, unknown>>((value) => typeof value === "object" && value !== null && !Array.isArray(value));

// --- commercetools
const Reference = v.looseObject({ typeId: v.string(), id: v.string(), obj: v.optional(openObject) });
const ResourceIdentifier = v.looseObject({ typeId: v.optional(v.string()), id: v.optional(v.string()), key: v.optional(v.string()) });
const KeyReference = v.looseObject({ typeId: v.string(), key: v.string() });
const Attribute = v.looseObject({ name: v.string(), value: present });
const ExtensionError = v.looseObject({
  code: v.string(),
  message: v.string(),
  extensionId: v.string(),
  extensionKey: v.optional(v.string()),
});

type Schema = v.GenericSchema;

const ctField: Record<FieldType, Schema> = {
  string: v.string(),
  int,
  boolean: v.boolean(),
  present,
  object: openObject,
  array: v.array(v.unknown()),
  "string[]": v.array(v.string()),
  "object[]": v.array(openObject),
  Reference,
  ResourceIdentifier,
  "KeyReference[]": v.array(KeyReference),
  LocalizedString: v.record(v.string(), v.string()),
  Attribute,
  "Attribute[]": v.array(Attribute),
  Price: v.looseObject({ id: v.string(), key: v.optional(v.string()), value: openObject }),
  VariantValues: v.looseObject({ sku: v.optional(v.string()), prices: v.array(openObject), attributes: v.array(Attribute) }),
  OrderEditPreviewFailure: v.looseObject({ type: v.string(), errors: v.array(v.lazy(() => CtErrorObject)) }),
  "ExtensionError[]": v.array(ExtensionError),
  ErrorByExtension: v.looseObject({ id: v.string(), key: v.optional(v.string()) }),
  ProductVariantSelection: v.looseObject({ type: v.string(), skus: v.optional(v.array(v.string())) }),
};

function ctBranch(code: string, fields: Fields) {
  const entries: Record<string, Schema> = { code: v.literal(code), message: v.string() };
  for (const [key, type] of Object.entries(fields)) {
    const { name, optional } = fieldName(key);
    entries[name] = optional ? v.optional(ctField[type]) : ctField[type];
  }
  return v.looseObject(entries);
}

const CtKnownErrorObject = v.variant(
  "code",
  // Built from the table, so TypeScript cannot see that every branch has a literal `code`.
  Object.entries(ERROR_CODE_FIELDS).map(([code, fields]) => ctBranch(code, fields)) as unknown as v.VariantOptions<"code">,
);
const CtUnknownErrorObject = v.pipe(
  v.looseObject({ code: v.string(), message: v.string() }),
  v.check((error) => !KNOWN_CODES.has(error.code)),
);
const CtErrorObject: Schema = v.union([CtKnownErrorObject, CtUnknownErrorObject]);

const commercetools = v.union([
  v.looseObject({
    statusCode: int,
    message: v.string(),
    errors: v.array(v.looseObject({ code: v.string(), message: v.string() })),
    error: v.string(),
    error_description: v.optional(v.string()),
  }),
  v.looseObject({ statusCode: int, message: v.string(), errors: v.optional(v.array(CtErrorObject)) }),
  v.looseObject({
    statusCode: v.optional(v.never()),
    data: v.optional(v.unknown()),
    errors: v.pipe(
      v.array(
        v.looseObject({
          message: v.string(),
          locations: v.optional(v.array(v.looseObject({ line: int, column: int }))),
          path: v.optional(v.array(v.union([v.string(), int]))),
          extensions: v.optional(v.looseObject({ code: v.string() })),
        }),
      ),
      v.minLength(1),
    ),
  }),
  v.looseObject({
    successCount: int,
    failureCount: v.pipe(int, v.minValue(1)),
    results: v.array(
      v.looseObject({
        id: v.optional(v.string()),
        key: v.optional(v.string()),
        status: v.string(),
        resource: v.optional(v.looseObject({ id: v.optional(v.string()), version: v.optional(int) })),
        errors: v.optional(v.array(v.looseObject({ code: v.string(), message: v.string() }))),
      }),
    ),
  }),
  v.looseObject({ statusCode: v.optional(v.never()), error: v.string(), error_description: v.optional(v.string()) }),
]);

// --- Commerce Layer
const commercelayer = v.union([
  v.looseObject({
    errors: v.pipe(
      v.array(
        v.looseObject({
          title: v.string(),
          detail: v.string(),
          code: v.string(),
          status: v.optional(statusCodeOrText),
          source: v.optional(v.looseObject({ pointer: v.optional(v.string()), parameter: v.optional(v.string()) })),
          meta: v.optional(v.looseObject({ error: v.optional(v.string()) })),
        }),
      ),
      v.minLength(1),
    ),
  }),
  v.looseObject({
    errors: v.looseObject({
      title: v.string(),
      detail: v.string(),
      code: v.string(),
      status: statusCodeOrText,
      meta: v.optional(openObject),
    }),
  }),
]);

// --- Elastic Path
const epErrorItem = v.looseObject({
  status: v.optional(statusCodeOrText),
  title: v.optional(v.string()),
  detail: v.optional(v.string()),
  source: v.optional(v.union([v.string(), v.looseObject({ pointer: v.optional(v.string()), parameter: v.optional(v.string()) })])),
  meta: v.optional(openObject),
  request_id: v.optional(v.string()),
  code: v.optional(v.string()),
  description: v.optional(v.string()),
});
// title, or at least status
const epItem = v.pipe(
  epErrorItem,
  v.check((item) => item.title !== undefined || item.status !== undefined),
);
const elasticpath = v.looseObject({
  errors: v.union([v.pipe(v.array(epItem), v.minLength(1)), epItem]),
  data: v.optional(v.union([v.array(v.unknown()), openObject, v.null()])),
});

// --- BigCommerce
const bcPartialFailureError = v.looseObject({
  status: int,
  title: v.optional(v.string()),
  type: v.optional(v.string()),
  instance: v.optional(v.string()),
  detail: v.optional(v.string()),
  errors: v.optional(openObject),
});
const bcMutationError = v.looseObject({
  __typename: v.optional(v.string()),
  message: v.optional(v.string()),
  fields: v.optional(v.array(v.string())),
  path: v.optional(v.array(v.union([v.string(), int]))),
});
const bcRefusedPayload = v.looseObject({ errors: v.pipe(v.array(bcMutationError), v.minLength(1)) });
const isRefusedPayload = (value: unknown) => v.is(bcRefusedPayload, value);
const isNamespaceWithErrors = (value: unknown) =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).some(isRefusedPayload);
const bcMutationErrors = v.pipe(
  v.looseObject({
    data: v.pipe(
      openObject,
      v.check((data) => Object.values(data).some((value) => isRefusedPayload(value) || isNamespaceWithErrors(value))),
    ),
    extensions: v.optional(openObject),
  }),
  v.check((body) => (body as { errors?: unknown }).errors === undefined),
);
const bcFieldMessages = v.record(v.string(), v.union([v.string(), v.array(v.string())]));
const bcB2BError = v.looseObject({
  code: int,
  data: v.looseObject({ errMsg: v.union([v.string(), bcFieldMessages, v.array(v.union([bcFieldMessages, v.string()]))]) }),
  meta: v.optional(v.looseObject({ message: v.optional(v.string()) })),
});
const bigcommerce = v.union([
  bcMutationErrors,
  bcB2BError,
  v.looseObject({
    data: v.optional(v.unknown()),
    errors: v.pipe(
      v.array(
        v.looseObject({
          message: v.string(),
          path: v.optional(v.array(v.union([v.string(), int]))),
          locations: v.optional(v.array(v.looseObject({ line: v.optional(int), column: v.optional(int) }))),
          extensions: v.optional(v.looseObject({ code: v.optional(v.string()), requiredScopes: v.optional(v.array(v.string())) })),
        }),
      ),
      v.minLength(1),
    ),
  }),
  v.looseObject({ error: v.looseObject({ error: v.string() }) }),
  v.looseObject({
    error: v.looseObject({
      code: v.string(),
      message: v.string(),
      details: v.optional(v.string()),
      retry_after_seconds: v.optional(int),
      timestamp: v.optional(v.string()),
    }),
  }),
  v.looseObject({
    status: int,
    title: v.string(),
    type: v.optional(v.string()),
    instance: v.optional(v.string()),
    detail: v.optional(v.string()),
    code: v.optional(int),
    errors: v.optional(v.union([openObject, v.array(v.string())])),
    meta: v.optional(v.looseObject({ saved_records: v.optional(int) })),
  }),
  v.looseObject({
    data: v.optional(v.unknown()),
    errors: v.union([bcPartialFailureError, v.array(bcPartialFailureError)]),
    meta: v.looseObject({
      total: v.optional(v.pipe(v.number(), v.finite())),
      success: v.optional(v.pipe(v.number(), v.finite())),
      failed: v.optional(v.pipe(v.number(), v.finite())),
    }),
  }),
  v.looseObject({ status: int, message: v.string() }),
  v.looseObject({
    batch_errors: v.array(
      v.looseObject({
        data: v.optional(
          v.looseObject({
            price_list_id: v.optional(int),
            variant_id: v.optional(int),
            sku: v.optional(v.string()),
            currency: v.optional(v.string()),
          }),
        ),
        field_errors: v.optional(openObject),
      }),
    ),
  }),
  v.looseObject({
    data: v.pipe(
      v.array(
        v.union([
          v.looseObject({
            status: int,
            title: v.string(),
            type: v.optional(v.string()),
            instance: v.optional(v.string()),
            errors: v.optional(openObject),
          }),
          v.looseObject({ order_id: v.optional(int), status: int, error: v.string() }),
        ]),
      ),
      v.minLength(1),
    ),
    meta: v.optional(openObject),
  }),
  v.looseObject({ code: int, message: v.string() }),
  v.pipe(v.array(v.looseObject({ status: int, message: v.string(), details: v.optional(v.unknown()) })), v.minLength(1)),
]);

export const valibotSchemas = { bigcommerce, commercelayer, commercetools, elasticpath };
