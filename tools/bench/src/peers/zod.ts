// zod 4 (classic), written by hand: looseObject (open objects), discriminatedUnion on `code` plus a
// fallback for unknown codes. The guard is `safeParse(x).success`.
import { z } from "zod";
import { ERROR_CODE_FIELDS, type Fields, type FieldType, fieldName, KNOWN_CODES } from "./commercetools-spec.js";

const present = z.custom<unknown>((value) => value !== undefined);
const statusCodeOrText = z.union([z.string(), z.int()]);

// --- commercetools
const Reference = z.looseObject({ typeId: z.string(), id: z.string(), obj: z.looseObject({}).optional() });
const ResourceIdentifier = z.looseObject({ typeId: z.string().optional(), id: z.string().optional(), key: z.string().optional() });
const KeyReference = z.looseObject({ typeId: z.string(), key: z.string() });
const Attribute = z.looseObject({ name: z.string(), value: present });
const ExtensionError = z.looseObject({
  code: z.string(),
  message: z.string(),
  extensionId: z.string(),
  extensionKey: z.string().optional(),
});

const ctField: Record<FieldType, z.ZodType> = {
  string: z.string(),
  int: z.int(),
  boolean: z.boolean(),
  present,
  object: z.looseObject({}),
  array: z.array(z.unknown()),
  "string[]": z.array(z.string()),
  "object[]": z.array(z.looseObject({})),
  Reference,
  ResourceIdentifier,
  "KeyReference[]": z.array(KeyReference),
  LocalizedString: z.record(z.string(), z.string()),
  Attribute,
  "Attribute[]": z.array(Attribute),
  Price: z.looseObject({ id: z.string(), key: z.string().optional(), value: z.looseObject({}) }),
  VariantValues: z.looseObject({ sku: z.string().optional(), prices: z.array(z.looseObject({})), attributes: z.array(Attribute) }),
  OrderEditPreviewFailure: z.looseObject({
    type: z.string(),
    get errors() {
      return z.array(CtErrorObject);
    },
  }),
  "ExtensionError[]": z.array(ExtensionError),
  ErrorByExtension: z.looseObject({ id: z.string(), key: z.string().optional() }),
  ProductVariantSelection: z.looseObject({ type: z.string(), skus: z.array(z.string()).optional() }),
};

function ctBranch(code: string, fields: Fields) {
  const shape: Record<string, z.ZodType> = { code: z.literal(code), message: z.string() };
  for (const [key, type] of Object.entries(fields)) {
    const { name, optional } = fieldName(key);
    shape[name] = optional ? ctField[type].optional() : ctField[type];
  }
  return z.looseObject(shape);
}

const CtKnownErrorObject = z.discriminatedUnion(
  "code",
  Object.entries(ERROR_CODE_FIELDS).map(([code, fields]) => ctBranch(code, fields)) as unknown as [z.ZodObject, ...z.ZodObject[]],
);
const CtUnknownErrorObject = z.looseObject({ code: z.string(), message: z.string() }).refine((error) => !KNOWN_CODES.has(error.code));
const CtErrorObject: z.ZodType = z.union([CtKnownErrorObject, CtUnknownErrorObject]);

const CtAuthErrorResponse = z.looseObject({
  statusCode: z.int(),
  message: z.string(),
  errors: z.array(z.looseObject({ code: z.string(), message: z.string() })),
  error: z.string(),
  error_description: z.string().optional(),
});
const CtStandardErrorResponse = z.looseObject({ statusCode: z.int(), message: z.string(), errors: z.array(CtErrorObject).optional() });
const CtGraphQLErrorResponse = z.looseObject({
  statusCode: z.never().optional(),
  data: z.unknown().optional(),
  errors: z
    .array(
      z.looseObject({
        message: z.string(),
        locations: z.array(z.looseObject({ line: z.int(), column: z.int() })).optional(),
        path: z.array(z.union([z.string(), z.int()])).optional(),
        extensions: z.looseObject({ code: z.string() }).optional(),
      }),
    )
    .min(1),
});
const CtVariantBulkUpdateResponse = z.looseObject({
  successCount: z.int(),
  failureCount: z.int().min(1),
  results: z.array(
    z.looseObject({
      id: z.string().optional(),
      key: z.string().optional(),
      status: z.string(),
      resource: z.looseObject({ id: z.string().optional(), version: z.int().optional() }).optional(),
      errors: z.array(z.looseObject({ code: z.string(), message: z.string() })).optional(),
    }),
  ),
});
const CtOAuthErrorResponse = z.looseObject({
  statusCode: z.never().optional(),
  error: z.string(),
  error_description: z.string().optional(),
});
const commercetools = z.union([
  CtAuthErrorResponse,
  CtStandardErrorResponse,
  CtGraphQLErrorResponse,
  CtVariantBulkUpdateResponse,
  CtOAuthErrorResponse,
]);

// --- Commerce Layer: every documented code has the unknown code's shape.
const clErrorObject = z.looseObject({
  title: z.string(),
  detail: z.string(),
  code: z.string(),
  status: statusCodeOrText.optional(),
  source: z.looseObject({ pointer: z.string().optional(), parameter: z.string().optional() }).optional(),
  meta: z.looseObject({ error: z.string().optional() }).optional(),
});
const commercelayer = z.union([
  z.looseObject({ errors: z.array(clErrorObject).min(1) }),
  z.looseObject({
    errors: z.looseObject({
      title: z.string(),
      detail: z.string(),
      code: z.string(),
      status: statusCodeOrText,
      meta: z.looseObject({}).optional(),
    }),
  }),
]);

// --- Elastic Path
const epErrorItem = z.looseObject({
  status: statusCodeOrText.optional(),
  title: z.string().optional(),
  detail: z.string().optional(),
  source: z.union([z.string(), z.looseObject({ pointer: z.string().optional(), parameter: z.string().optional() })]).optional(),
  meta: z.looseObject({}).optional(),
  request_id: z.string().optional(),
  code: z.string().optional(),
  description: z.string().optional(),
});
const epItem = epErrorItem.refine((item) => item.title !== undefined || item.status !== undefined); // title, or at least status
const elasticpath = z.looseObject({
  errors: z.union([z.array(epItem).min(1), epItem]),
  data: z.union([z.array(z.unknown()), z.looseObject({}), z.null()]).optional(),
});

// --- BigCommerce
const openObject = z.looseObject({});
const bcTypeLink = z.string().optional();
const bcPartialFailureError = z.looseObject({
  status: z.int(),
  title: z.string().optional(),
  type: bcTypeLink,
  instance: z.string().optional(),
  detail: z.string().optional(),
  errors: openObject.optional(),
});
const bcMutationError = z.looseObject({
  __typename: z.string().optional(),
  message: z.string().optional(),
  fields: z.array(z.string()).optional(),
  path: z.array(z.union([z.string(), z.int()])).optional(),
});
const bcRefusedPayload = z.looseObject({ errors: z.array(bcMutationError).min(1) });
const isRefusedPayload = (value: unknown) => bcRefusedPayload.safeParse(value).success;
const isNamespaceWithErrors = (value: unknown) =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).some(isRefusedPayload);
const bcMutationErrors = z
  .looseObject({
    data: z.looseObject({}).refine((data) => Object.values(data).some((value) => isRefusedPayload(value) || isNamespaceWithErrors(value))),
    extensions: z.looseObject({}).optional(),
  })
  .refine((body) => (body as { errors?: unknown }).errors === undefined);
const bcFieldMessages = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const bcB2BError = z.looseObject({
  code: z.int(),
  data: z.looseObject({ errMsg: z.union([z.string(), bcFieldMessages, z.array(z.union([bcFieldMessages, z.string()]))]) }),
  meta: z.looseObject({ message: z.string().optional() }).optional(),
});
const bigcommerce = z.union([
  bcMutationErrors,
  bcB2BError,
  z.looseObject({
    data: z.unknown().optional(),
    errors: z
      .array(
        z.looseObject({
          message: z.string(),
          path: z.array(z.union([z.string(), z.int()])).optional(),
          locations: z.array(z.looseObject({ line: z.int().optional(), column: z.int().optional() })).optional(),
          extensions: z.looseObject({ code: z.string().optional(), requiredScopes: z.array(z.string()).optional() }).optional(),
        }),
      )
      .min(1),
  }),
  z.looseObject({ error: z.looseObject({ error: z.string() }) }),
  z.looseObject({
    error: z.looseObject({
      code: z.string(),
      message: z.string(),
      details: z.string().optional(),
      retry_after_seconds: z.int().optional(),
      timestamp: z.string().optional(),
    }),
  }),
  z.looseObject({
    status: z.int(),
    title: z.string(),
    type: bcTypeLink,
    instance: z.string().optional(),
    detail: z.string().optional(),
    code: z.int().optional(),
    errors: z.union([openObject, z.array(z.string())]).optional(),
    meta: z.looseObject({ saved_records: z.int().optional() }).optional(),
  }),
  z.looseObject({
    data: z.unknown().optional(),
    errors: z.union([bcPartialFailureError, z.array(bcPartialFailureError)]),
    meta: z.looseObject({ total: z.number().optional(), success: z.number().optional(), failed: z.number().optional() }),
  }),
  z.looseObject({ status: z.int(), message: z.string() }),
  z.looseObject({
    batch_errors: z.array(
      z.looseObject({
        data: z
          .looseObject({
            price_list_id: z.int().optional(),
            variant_id: z.int().optional(),
            sku: z.string().optional(),
            currency: z.string().optional(),
          })
          .optional(),
        field_errors: openObject.optional(),
      }),
    ),
  }),
  z.looseObject({
    data: z
      .array(
        z.union([
          z.looseObject({
            status: z.int(),
            title: z.string(),
            type: bcTypeLink,
            instance: z.string().optional(),
            errors: openObject.optional(),
          }),
          z.looseObject({ order_id: z.int().optional(), status: z.int(), error: z.string() }),
        ]),
      )
      .min(1),
    meta: openObject.optional(),
  }),
  z.looseObject({ code: z.int(), message: z.string() }),
  z.array(z.looseObject({ status: z.int(), message: z.string(), details: z.unknown().optional() })).min(1),
]);

export const zodSchemas = { bigcommerce, commercelayer, commercetools, elasticpath };
