// Hand-written guard of schemas/commercetools/ (auth-error-response, error-response,
// graphql-error-response, in vendor.json order): the practical upper bound for the generated one.
// Same contract as the package: objects stay open, unknown codes pass, nothing throws.
// biome-ignore lint/suspicious/noExplicitAny: the baseline is the guard people write by hand, property access unchecked
type Json = Record<string, any>;

const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === "string";
const optString = (x: unknown): boolean => x === undefined || typeof x === "string";
const isInt = (x: unknown): boolean => Number.isInteger(x);
const optInt = (x: unknown): boolean => x === undefined || Number.isInteger(x);
const optObject = (x: unknown): boolean => x === undefined || isObject(x);

function isStringArray(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (typeof x[i] !== "string") return false;
  return true;
}

function every(x: unknown, item: (value: unknown) => boolean): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
  return true;
}

const isReference = (x: unknown): boolean => isObject(x) && isString(x.typeId) && isString(x.id) && optObject(x.obj);
const optReference = (x: unknown): boolean => x === undefined || isReference(x);
const isResourceIdentifier = (x: unknown): boolean => isObject(x) && optString(x.typeId) && optString(x.id) && optString(x.key);
const optResourceIdentifier = (x: unknown): boolean => x === undefined || isResourceIdentifier(x);
const isKeyReference = (x: unknown): boolean => isObject(x) && isString(x.typeId) && isString(x.key);
const isAttribute = (x: unknown): boolean => isObject(x) && isString(x.name) && x.value !== undefined;
const isPrice = (x: unknown): boolean => isObject(x) && isString(x.id) && optString(x.key) && isObject(x.value);
const isExtensionError = (x: unknown): boolean =>
  isObject(x) && isString(x.code) && isString(x.message) && isString(x.extensionId) && optString(x.extensionKey);

function optLocalizedString(x: unknown): boolean {
  if (x === undefined) return true;
  if (!isObject(x)) return false;
  for (const key in x) if (typeof x[key] !== "string") return false;
  return true;
}

/** The fields shared by the standalone-price conflict codes. */
const isPriceScope = (e: Json): boolean =>
  isString(e.sku) &&
  isString(e.currency) &&
  optString(e.country) &&
  optResourceIdentifier(e.customerGroup) &&
  optResourceIdentifier(e.channel);

/** One item of `errors`: a documented code must carry its own fields; any other code passes. */
function isErrorObject(e: unknown): boolean {
  if (!isObject(e)) return false;
  const code = e.code;
  if (typeof code !== "string" || typeof e.message !== "string") return false;
  switch (code) {
    case "AssociateMissingPermission":
      return (
        isResourceIdentifier(e.associate) &&
        isResourceIdentifier(e.businessUnit) &&
        optResourceIdentifier(e.associateOnBehalf) &&
        isStringArray(e.permissions)
      );
    case "AttributeDefinitionAlreadyExists":
    case "AttributeDefinitionTypeConflict":
      return isString(e.conflictingProductTypeId) && isString(e.conflictingProductTypeName) && isString(e.conflictingAttributeName);
    case "AttributeNameDoesNotExist":
      return isString(e.invalidAttributeName);
    case "BulkOperationMaxItemsExceeded":
      return isInt(e.limit) && isInt(e.provided);
    case "ConcurrentModification":
      return optInt(e.currentVersion);
    case "CountryNotConfiguredInStore":
      return isStringArray(e.storeCountries) && isString(e.country);
    case "DiscountCodeNonApplicable":
      return (
        optString(e.discountCode) &&
        optString(e.reason) &&
        optString(e.discountCodeId) &&
        optString(e.validFrom) &&
        optString(e.validUntil) &&
        optString(e.validityCheckTime)
      );
    case "DuplicateAttributeValue":
      return isAttribute(e.attribute);
    case "DuplicateAttributeValues":
      return every(e.attributes, isAttribute);
    case "DuplicateEnumValues":
      return isStringArray(e.duplicates);
    case "DuplicateField":
      return isString(e.field) && e.duplicateValue !== undefined;
    case "DuplicateFieldWithConflictingResource":
      return isString(e.field) && e.duplicateValue !== undefined && isReference(e.conflictingResource);
    case "DuplicatePriceKey":
    case "DuplicatePriceScope":
      return isPrice(e.conflictingPrice);
    case "DuplicateStandalonePriceScope":
      return isReference(e.conflictingStandalonePrice) && isPriceScope(e) && optString(e.validFrom) && optString(e.validUntil);
    case "DuplicateVariantValues": {
      const v = e.variantValues;
      return isObject(v) && optString(v.sku) && every(v.prices, isObject) && every(v.attributes, isAttribute);
    }
    case "EditPreviewFailed": {
      const r = e.result;
      return isObject(r) && isString(r.type) && every(r.errors, isErrorObject);
    }
    case "EnumKeyAlreadyExists":
    case "EnumKeyDoesNotExist":
      return isString(e.conflictingEnumKey) && isString(e.conflictingAttributeName);
    case "ExactLockConflict":
      return isPriceScope(e) && optString(e.validFrom) && optString(e.validUntil) && optReference(e.recurrencePolicy);
    case "ExtensionBadResponse":
      return (
        optLocalizedString(e.localizedMessage) &&
        optObject(e.extensionExtraInfo) &&
        every(e.extensionErrors, isExtensionError) &&
        optString(e.extensionBody) &&
        optInt(e.extensionStatusCode) &&
        isString(e.extensionId) &&
        optString(e.extensionKey)
      );
    case "ExtensionNoResponse":
      return isString(e.extensionId) && optString(e.extensionKey);
    case "ExtensionPredicateEvaluationFailed": {
      const b = e.errorByExtension;
      return isObject(b) && isString(b.id) && optString(b.key);
    }
    case "ExtensionUpdateActionsFailed":
      return optLocalizedString(e.localizedMessage) && optObject(e.extensionExtraInfo) && every(e.extensionErrors, isExtensionError);
    case "InvalidField":
      return isString(e.field) && e.invalidValue !== undefined && (e.allowedValues === undefined || Array.isArray(e.allowedValues));
    case "InvalidItemShippingDetails":
      return isString(e.subject) && isString(e.itemId);
    case "InvalidJsonInput":
      return isString(e.detailedErrorMessage);
    case "LineItemQuantityAboveLimit":
      return isInt(e.quantity) && isInt(e.maxCartQuantity) && optString(e.lineItem);
    case "LineItemQuantityBelowLimit":
      return isInt(e.quantity) && isInt(e.minCartQuantity) && optString(e.lineItem);
    case "LockedField":
    case "RequiredField":
      return isString(e.field);
    case "MatchingPriceNotFound":
      return (
        isString(e.productId) &&
        isInt(e.variantId) &&
        optString(e.currency) &&
        optString(e.country) &&
        optReference(e.customerGroup) &&
        optReference(e.channel)
      );
    case "MaxResourceLimitExceeded":
      return isString(e.exceededResource);
    case "MissingRoleOnChannel":
      return optResourceIdentifier(e.channel) && isString(e.missingRole);
    case "MissingTaxRateForCountry":
      return isString(e.taxCategoryId) && optString(e.country) && optString(e.state);
    case "OutOfStock":
      return isStringArray(e.lineItems) && isStringArray(e.skus);
    case "OverlappingPriceValidity":
      return (
        isString(e.conflictingPrice) &&
        isString(e.currency) &&
        optString(e.country) &&
        optResourceIdentifier(e.customerGroup) &&
        optResourceIdentifier(e.channel) &&
        optString(e.validFrom) &&
        optString(e.validUntil) &&
        optString(e.conflictingValidFrom) &&
        optString(e.conflictingValidUntil)
      );
    case "OverlappingStandalonePriceValidity":
      return (
        isReference(e.conflictingStandalonePrice) &&
        isPriceScope(e) &&
        optString(e.validFrom) &&
        optString(e.validUntil) &&
        optString(e.conflictingValidFrom) &&
        optString(e.conflictingValidUntil)
      );
    case "PriceChanged":
      return isStringArray(e.lineItems) && typeof e.shipping === "boolean";
    case "ProductAssignmentMissing":
      return isReference(e.product);
    case "ProductPresentWithDifferentVariantSelection": {
      const s = e.existingVariantSelection;
      return isReference(e.product) && isObject(s) && isString(s.type) && (s.skus === undefined || isStringArray(s.skus));
    }
    case "ProjectNotConfiguredForLanguages":
      return e.languages === undefined || isStringArray(e.languages);
    case "RecurringOrderFailure":
      return e.details !== undefined;
    case "ReferenceExists":
      return optString(e.referencedBy);
    case "ReferencedResourceNotFound":
      return isString(e.typeId) && optString(e.id) && optString(e.key);
    case "StoreCartDiscountsLimitReached":
      return every(e.stores, isKeyReference);
    case "Unauthorized":
      return e.storesWithoutPermission === undefined || isStringArray(e.storesWithoutPermission);
    case "ValidityLockConflict":
      return isPriceScope(e) && optResourceIdentifier(e.recurrencePolicy);
    // Documented codes with no fields beyond code and message.
    case "AnonymousIdAlreadyInUse":
    case "BadGateway":
    case "CircularDependency":
    case "ContentTooLarge":
    case "EnumValueIsUsed":
    case "EnumValuesMustMatch":
    case "ExpiredCustomerEmailToken":
    case "ExpiredCustomerPasswordToken":
    case "ExtensionChainTooDeep":
    case "ExtensionChainTooWide":
    case "ExtensionDependencyExists":
    case "ExternalOAuthFailed":
    case "FeatureRemoved":
    case "General":
    case "insufficient_scope":
    case "InternalConstraintViolated":
    case "InvalidCredentials":
    case "InvalidCurrentPassword":
    case "InvalidInput":
    case "InvalidOperation":
    case "InvalidSubject":
    case "invalid_token":
    case "LanguageUsedInStores":
    case "MaxCartDiscountsReached":
    case "MaxDiscountGroupsReached":
    case "MaxStoreReferencesReached":
    case "MissingDependency":
    case "MoneyOverflow":
    case "NoMatchingProductDiscountFound":
    case "ObjectNotFound":
    case "OverCapacity":
    case "PendingOperation":
    case "QueryComplexityLimitExceeded":
    case "QueryTimedOut":
    case "ResourceNotFound":
    case "ResourceSizeLimitExceeded":
    case "SearchDeactivated":
    case "SearchExecutionFailure":
    case "SearchFacetPathNotFound":
    case "SearchIndexingInProgress":
    case "SearchNotReady":
    case "SemanticError":
    case "ShippingMethodDoesNotMatchCart":
    case "SyntaxError":
    case "access_denied":
    case "invalid_scope":
    case "invalid_client":
    case "invalid_customer_account_credentials":
      return true;
    default:
      return true; // unknown codes: code and message are all we know
  }
}

const isAuthErrorObject = (x: unknown): boolean => isObject(x) && isString(x.code) && isString(x.message);

export function isAuthErrorResponse(x: unknown): boolean {
  // `error` first: it is what sets the OAuth form apart, so other bodies fail before the errors loop.
  return (
    isObject(x) &&
    isString(x.error) &&
    isInt(x.statusCode) &&
    isString(x.message) &&
    every(x.errors, isAuthErrorObject) &&
    optString(x.error_description)
  );
}

/** The bare OAuth 2.0 body of the authorization server: error (and error_description), no statusCode. */
export function isOAuthErrorResponse(x: unknown): boolean {
  return isObject(x) && isString(x.error) && x.statusCode === undefined && optString(x.error_description);
}

export function isStandardErrorResponse(x: unknown): boolean {
  return isObject(x) && isInt(x.statusCode) && isString(x.message) && (x.errors === undefined || every(x.errors, isErrorObject));
}

const isLocation = (x: unknown): boolean => isObject(x) && isInt(x.line) && isInt(x.column);
const isPathSegment = (x: unknown): boolean => typeof x === "string" || Number.isInteger(x);

function isGraphQLError(x: unknown): boolean {
  if (!isObject(x) || !isString(x.message)) return false;
  if (x.locations !== undefined && !every(x.locations, isLocation)) return false;
  if (x.path !== undefined && !every(x.path, isPathSegment)) return false;
  const ext = x.extensions;
  return ext === undefined || (isObject(ext) && isString(ext.code));
}

export function isGraphQLErrorResponse(x: unknown): boolean {
  return isObject(x) && x.statusCode === undefined && Array.isArray(x.errors) && x.errors.length > 0 && every(x.errors, isGraphQLError);
}

function isBulkResult(x: unknown): boolean {
  if (!isObject(x) || !isString(x.status)) return false;
  if ((x.id !== undefined && !isString(x.id)) || (x.key !== undefined && !isString(x.key))) return false;
  const resource = x.resource;
  if (
    resource !== undefined &&
    !(
      isObject(resource) &&
      (resource.id === undefined || isString(resource.id)) &&
      (resource.version === undefined || Number.isInteger(resource.version))
    )
  )
    return false;
  return x.errors === undefined || every(x.errors, (error) => isObject(error) && isString(error.code) && isString(error.message));
}

export function isVariantBulkUpdateResponse(x: unknown): boolean {
  return (
    isObject(x) &&
    Number.isInteger(x.successCount) &&
    Number.isInteger(x.failureCount) &&
    x.failureCount >= 1 &&
    every(x.results, isBulkResult)
  );
}

export function isErrorResponse(x: unknown): boolean {
  try {
    return (
      isAuthErrorResponse(x) ||
      isStandardErrorResponse(x) ||
      isGraphQLErrorResponse(x) ||
      isVariantBulkUpdateResponse(x) ||
      isOAuthErrorResponse(x)
    );
  } catch {
    return false; // hostile values (throwing getters, revoked proxies, deep nesting) are not error responses
  }
}
