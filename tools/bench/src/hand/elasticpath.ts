// Hand-written guard of schemas/elasticpath/errors.schema.json: `errors` is an array of items or one item.
// biome-ignore lint/suspicious/noExplicitAny: the baseline is the guard people write by hand, property access unchecked
type Json = Record<string, any>;

const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const optString = (x: unknown): boolean => x === undefined || typeof x === "string";

function isErrorItem(x: unknown): boolean {
  if (!isObject(x)) return false;
  const status = x.status;
  if (x.title === undefined ? status === undefined : typeof x.title !== "string") return false; // title, or at least status
  if (status !== undefined && typeof status !== "string" && !Number.isInteger(status)) return false;
  const source = x.source;
  if (source !== undefined && typeof source !== "string" && !(isObject(source) && optString(source.pointer) && optString(source.parameter)))
    return false;
  return (
    optString(x.detail) &&
    (x.meta === undefined || isObject(x.meta)) &&
    optString(x.request_id) &&
    optString(x.code) &&
    optString(x.description)
  );
}

export function isErrors(x: unknown): boolean {
  if (!isObject(x)) return false;
  const data = x.data;
  if (data !== undefined && typeof data !== "object") return false; // array, object or null
  const errors = x.errors;
  if (!Array.isArray(errors)) return isErrorItem(errors);
  if (errors.length === 0) return false;
  for (let i = 0; i < errors.length; i++) if (!isErrorItem(errors[i])) return false;
  return true;
}

export function isErrorResponse(x: unknown): boolean {
  try {
    return isErrors(x);
  } catch {
    return false;
  }
}
