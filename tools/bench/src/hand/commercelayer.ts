// Hand-written guard of schemas/commercelayer/ (errors, auth-single-error, in vendor.json order).
// Every documented code has the same fields as an unknown one, so the discriminated union of the
// schema needs no switch here: one item shape covers all codes.
// biome-ignore lint/suspicious/noExplicitAny: the baseline is the guard people write by hand, property access unchecked
type Json = Record<string, any>;

const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === "string";
const optString = (x: unknown): boolean => x === undefined || typeof x === "string";
const isStatus = (x: unknown): boolean => typeof x === "string" || Number.isInteger(x);

function isErrorObject(x: unknown): boolean {
  if (!isObject(x)) return false;
  // status is optional in a list's items (validation errors arrive without it)
  if (!isString(x.title) || !isString(x.detail) || !isString(x.code) || (x.status !== undefined && !isStatus(x.status))) return false;
  const source = x.source;
  if (source !== undefined && !(isObject(source) && optString(source.pointer) && optString(source.parameter))) return false;
  const meta = x.meta;
  return meta === undefined || (isObject(meta) && optString(meta.error));
}

export function isErrors(x: unknown): boolean {
  if (!isObject(x)) return false;
  const errors = x.errors;
  if (!Array.isArray(errors) || errors.length === 0) return false;
  for (let i = 0; i < errors.length; i++) if (!isErrorObject(errors[i])) return false;
  return true;
}

export function isAuthSingleError(x: unknown): boolean {
  if (!isObject(x)) return false;
  const e = x.errors;
  return (
    isObject(e) &&
    isString(e.title) &&
    isString(e.detail) &&
    isString(e.code) &&
    isStatus(e.status) &&
    (e.meta === undefined || isObject(e.meta))
  );
}

export function isErrorResponse(x: unknown): boolean {
  try {
    return isErrors(x) || isAuthSingleError(x);
  } catch {
    return false;
  }
}
