// The type tests compiled checks call (checks.ts): a short call per property keeps the checks
// small, and engines inline these one-liners where the checks are hot.

/** A JSON object: not null, not an array. */
export function isObject(x: unknown): boolean {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}

/** An optional property: absent, or a string. */
export function isOptionalString(x: unknown): boolean {
  return x === undefined || typeof x === "string";
}

/** An optional property: absent, or an object. */
export function isOptionalObject(x: unknown): boolean {
  return x === undefined || isObject(x);
}

/** An optional property: absent, or an integer (AJV's: finite, no fraction). */
export function isOptionalInteger(x: unknown): boolean {
  return x === undefined || Number.isInteger(x);
}

/** An optional property: absent, or a finite number. */
export function isOptionalNumber(x: unknown): boolean {
  return x === undefined || Number.isFinite(x);
}

/** An optional property: absent, or a boolean. */
export function isOptionalBoolean(x: unknown): boolean {
  return x === undefined || typeof x === "boolean";
}

/** An optional property: absent, or an array (its items are checked apart). */
export function isOptionalArray(x: unknown): boolean {
  return x === undefined || Array.isArray(x);
}

/** An own property (JSON Schema means own properties): for names Object.prototype also has, e.g. "constructor". */
export function hasOwn(x: object, key: string): boolean {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn needs lib ES2022, which the packages do not build against
  return Object.prototype.hasOwnProperty.call(x, key);
}
