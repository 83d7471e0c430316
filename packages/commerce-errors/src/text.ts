// Reading loosely typed parts of vendor bodies without trusting them.

/** A readable text for any detail value: strings as they are, anything else as JSON. */
export function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** `record[key]` when it is a string; vendors add fields that the generated types do not name. */
export function stringField(record: unknown, key: string): string | undefined {
  if (typeof record !== "object" || record === null) return undefined;
  const value = (record as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

/** `title: detail`, or whichever of the two exists, without repeating one that contains the other. */
export function joinTitleAndDetail(title: string | undefined, detail: string | undefined): string | undefined {
  if (!title) return detail || undefined;
  if (!detail || detail === title || detail.includes(title)) return detail || title;
  return `${title}: ${detail}`;
}
