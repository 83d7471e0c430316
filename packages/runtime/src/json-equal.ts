// Equality as JSON Schema means it (`const`, `enum`, `uniqueItems`): JSON values compared deeply,
// object keys in any order, own keys only; 1 and 1.0 are one number.

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn needs lib ES2022, which the packages do not build against
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** A canonical text of a JSON value (sorted keys), so equal values share one key in a Set. */
function canonical(value: unknown): string {
  if (typeof value !== "object" || value === null) return typeof value === "string" ? JSON.stringify(value) : String(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(",")}}`;
}

/** The index of the first item equal to an earlier one, or -1 (`uniqueItems`): one pass with a Set. */
export function duplicateItem(items: readonly unknown[]): number {
  // A few items: compared pairwise, no canonical texts to build.
  if (items.length <= 16) {
    for (let i = 1; i < items.length; i++) for (let j = 0; j < i; j++) if (jsonEqual(items[i], items[j])) return i;
    return -1;
  }
  const seen = new Set<unknown>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = typeof item === "object" && item !== null ? canonical(item) : typeof item === "string" ? `"${item}` : item;
    if (seen.has(key)) return i;
    seen.add(key);
  }
  return -1;
}

/** `uniqueItems`: no two items are equal. */
export function hasUniqueItems(items: readonly unknown[]): boolean {
  return duplicateItem(items) === -1;
}
