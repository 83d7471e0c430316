// Reading fields of a value nobody typed (a thrown error, a client's response), without throwing on shape.

export type Dict = Record<string, unknown>;

export function isDict(value: unknown): value is Dict {
  return typeof value === "object" && value !== null;
}

export function dict(value: unknown): Dict | undefined {
  return isDict(value) ? value : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
