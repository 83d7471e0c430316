// The documented commercetools error codes and their fields beyond `code` and `message`, written by
// hand from schemas/commercetools/error-response.schema.json. The zod, valibot and arktype peers
// build their discriminated unions from this one table (as the perf anchors did), so the three
// libraries check exactly the same thing. A trailing "?" marks an optional field.

/** The field vocabulary: JSON types plus the schema's shared definitions. */
export type FieldType =
  | "string"
  | "int"
  | "boolean"
  | "present" // required, any JSON value
  | "object"
  | "array"
  | "string[]"
  | "object[]"
  | "Reference"
  | "ResourceIdentifier"
  | "KeyReference[]"
  | "LocalizedString"
  | "Attribute"
  | "Attribute[]"
  | "Price"
  | "VariantValues"
  | "OrderEditPreviewFailure"
  | "ExtensionError[]"
  | "ErrorByExtension"
  | "ProductVariantSelection";

export type Fields = Record<string, FieldType>;

const priceScope: Fields = {
  sku: "string",
  currency: "string",
  "country?": "string",
  "customerGroup?": "ResourceIdentifier",
  "channel?": "ResourceIdentifier",
};

export const ERROR_CODE_FIELDS: Record<string, Fields> = {
  AnonymousIdAlreadyInUse: {},
  AssociateMissingPermission: {
    associate: "ResourceIdentifier",
    businessUnit: "ResourceIdentifier",
    "associateOnBehalf?": "ResourceIdentifier",
    permissions: "string[]",
  },
  AttributeDefinitionAlreadyExists: {
    conflictingProductTypeId: "string",
    conflictingProductTypeName: "string",
    conflictingAttributeName: "string",
  },
  AttributeDefinitionTypeConflict: {
    conflictingProductTypeId: "string",
    conflictingProductTypeName: "string",
    conflictingAttributeName: "string",
  },
  AttributeNameDoesNotExist: { invalidAttributeName: "string" },
  BadGateway: {},
  BulkOperationMaxItemsExceeded: { limit: "int", provided: "int" },
  BusinessUnitAmbiguous: {},
  BusinessUnitLimitExceeded: {},
  BusinessUnitUnresolved: {},
  CircularDependency: {},
  ConcurrentModification: { "currentVersion?": "int" },
  ContentTooLarge: {},
  CountryNotConfiguredInStore: { storeCountries: "string[]", country: "string" },
  DiscountCodeNonApplicable: {
    "discountCode?": "string",
    "reason?": "string",
    "discountCodeId?": "string",
    "validFrom?": "string",
    "validUntil?": "string",
    "validityCheckTime?": "string",
  },
  DuplicateAttributeValue: { attribute: "Attribute" },
  DuplicateAttributeValues: { attributes: "Attribute[]" },
  DuplicateEnumValues: { duplicates: "string[]" },
  DuplicateField: { field: "string", duplicateValue: "present" },
  DuplicateFieldWithConflictingResource: { field: "string", duplicateValue: "present", conflictingResource: "Reference" },
  DuplicatePriceKey: { conflictingPrice: "Price" },
  DuplicatePriceScope: { conflictingPrice: "Price" },
  DuplicateStandalonePriceScope: {
    conflictingStandalonePrice: "Reference",
    ...priceScope,
    "validFrom?": "string",
    "validUntil?": "string",
  },
  DuplicateVariantValues: { variantValues: "VariantValues" },
  EditPreviewFailed: { result: "OrderEditPreviewFailure" },
  EnumKeyAlreadyExists: { conflictingEnumKey: "string", conflictingAttributeName: "string" },
  EnumKeyDoesNotExist: { conflictingEnumKey: "string", conflictingAttributeName: "string" },
  EnumValueIsUsed: {},
  EnumValuesMustMatch: {},
  ExactLockConflict: { ...priceScope, "validFrom?": "string", "validUntil?": "string", "recurrencePolicy?": "Reference" },
  ExpiredCustomerEmailToken: {},
  ExpiredCustomerPasswordToken: {},
  ExtensionBadResponse: {
    "localizedMessage?": "LocalizedString",
    "extensionExtraInfo?": "object",
    extensionErrors: "ExtensionError[]",
    "extensionBody?": "string",
    "extensionStatusCode?": "int",
    extensionId: "string",
    "extensionKey?": "string",
  },
  ExtensionChainTooDeep: {},
  ExtensionChainTooWide: {},
  ExtensionDependencyExists: {},
  ExtensionNoResponse: { extensionId: "string", "extensionKey?": "string" },
  ExtensionPredicateEvaluationFailed: { errorByExtension: "ErrorByExtension" },
  ExtensionUpdateActionsFailed: {
    "localizedMessage?": "LocalizedString",
    "extensionExtraInfo?": "object",
    extensionErrors: "ExtensionError[]",
  },
  ExternalOAuthFailed: {},
  ExtractionFailed: {},
  FeatureDisabled: {},
  FeatureRemoved: {},
  General: {},
  insufficient_scope: {},
  InternalConstraintViolated: {},
  InvalidCredentials: {},
  InvalidCurrentPassword: {},
  InvalidField: { field: "string", invalidValue: "present", "allowedValues?": "array" },
  InvalidInput: {},
  InvalidItemShippingDetails: { subject: "string", itemId: "string" },
  InvalidJsonInput: { detailedErrorMessage: "string" },
  InvalidOperation: {},
  InvalidSubject: {},
  invalid_token: {},
  LanguageUsedInStores: {},
  LineItemQuantityAboveLimit: { quantity: "int", maxCartQuantity: "int", "lineItem?": "string" },
  LineItemQuantityBelowLimit: { quantity: "int", minCartQuantity: "int", "lineItem?": "string" },
  LockedField: { field: "string" },
  MatchingPriceNotFound: {
    productId: "string",
    variantId: "int",
    "currency?": "string",
    "country?": "string",
    "customerGroup?": "Reference",
    "channel?": "Reference",
  },
  MaxCartDiscountsReached: {},
  MaxDiscountGroupsReached: {},
  MaxResourceLimitExceeded: { exceededResource: "string" },
  MaxStoreReferencesReached: {},
  MissingCountry: {},
  MissingCustomerEmail: {},
  MissingDependency: {},
  MissingEntityType: {},
  MissingRoleOnChannel: { "channel?": "ResourceIdentifier", missingRole: "string" },
  MissingTaxRateForCountry: { taxCategoryId: "string", "country?": "string", "state?": "string" },
  MoneyOverflow: {},
  NoLineItemsExtracted: {},
  NoMatchingProductDiscountFound: {},
  ObjectNotFound: {},
  OutOfScope: {},
  OutOfStock: { lineItems: "string[]", skus: "string[]" },
  OverCapacity: {},
  OverlappingPriceValidity: {
    conflictingPrice: "string",
    currency: "string",
    "country?": "string",
    "customerGroup?": "ResourceIdentifier",
    "channel?": "ResourceIdentifier",
    "validFrom?": "string",
    "validUntil?": "string",
    "conflictingValidFrom?": "string",
    "conflictingValidUntil?": "string",
  },
  OverlappingStandalonePriceValidity: {
    conflictingStandalonePrice: "Reference",
    ...priceScope,
    "validFrom?": "string",
    "validUntil?": "string",
    "conflictingValidFrom?": "string",
    "conflictingValidUntil?": "string",
  },
  PendingOperation: {},
  PriceChanged: { lineItems: "string[]", shipping: "boolean" },
  ProductAssignmentMissing: { product: "Reference" },
  ProductPresentWithDifferentVariantSelection: { product: "Reference", existingVariantSelection: "ProductVariantSelection" },
  ProductSearchNotEnabled: {},
  ProductsNotFound: {},
  ProjectNotConfiguredForLanguages: { "languages?": "string[]" },
  QueryComplexityLimitExceeded: {},
  QueryTimedOut: {},
  QuoteRequestCreationFailed: { cartId: "string" },
  RecurringOrderFailure: { details: "present" },
  ReferenceExists: { "referencedBy?": "string" },
  ReferencedResourceNotFound: { typeId: "string", "id?": "string", "key?": "string" },
  RequiredField: { field: "string" },
  ResourceNotFound: {},
  ResourceSizeLimitExceeded: {},
  SearchDeactivated: {},
  SearchExecutionFailure: {},
  SearchFacetPathNotFound: {},
  SearchIndexingInProgress: {},
  SearchNotReady: {},
  SemanticError: {},
  ShippingMethodDoesNotMatchCart: {},
  StoreAmbiguous: {},
  StoreCartDiscountsLimitReached: { stores: "KeyReference[]" },
  StoreDistributionChannelsUnsupported: {},
  StoreUnresolved: {},
  SyntaxError: {},
  Unauthorized: { "storesWithoutPermission?": "string[]" },
  ValidityLockConflict: { ...priceScope, "recurrencePolicy?": "ResourceIdentifier" },
  access_denied: {},
  invalid_scope: {},
  invalid_client: {},
  invalid_customer_account_credentials: {},
};

export const KNOWN_CODES: ReadonlySet<string> = new Set(Object.keys(ERROR_CODE_FIELDS));

/** Splits "name?" into the property name and whether it is optional. */
export function fieldName(key: string): { name: string; optional: boolean } {
  return key.endsWith("?") ? { name: key.slice(0, -1), optional: true } : { name: key, optional: false };
}
