// Reads the failed items of a batch body (bulk endpoints, 207 Multi-Status, per-item errors) by the
// JSON Pointers of the vendor's batch rule (schemas/<vendor>/vendor.json "batches"). Never throws.
import { escapeToken, valueAt } from "./pointer.js";

/** Where a batch envelope keeps its items, their errors and the count of items that succeeded. */
export interface BatchRule {
  /** Pointers to the item lists; a pointer to an object is a list of one; a `*` token is every member. */
  readonly items: readonly string[];
  /** Pointer into an item to its errors: an array, or one error object; "" is the item itself. */
  readonly errors: string;
  /** Pointer into an item to its id (a string or a number). */
  readonly id?: string;
  /** The item failed when the value at `pointer` equals `equals`; otherwise when it has errors. */
  readonly failedWhen?: { readonly pointer: string; readonly equals: string | number | boolean };
  /** Pointers tried in order to the count of items that succeeded (a number, or an array's length). */
  readonly succeeded?: readonly string[];
}

/** One item of a batch that failed, with the vendor's errors for it. */
export interface FailedItem<E = unknown> {
  /** The item's position in its list. */
  index: number;
  id?: string;
  /** JSON Pointer to the item in the body. */
  pointer: string;
  errors: E[];
}

export interface BatchReading<E = unknown> {
  failed: FailedItem<E>[];
  succeeded: number;
}

/** The concrete pointers a pointer with `*` tokens stands for, among the members the body has. */
function expand(value: unknown, tokens: readonly string[], prefix: string): string[] {
  const star = tokens.indexOf("*");
  if (star === -1) return [prefix + tokens.map((token) => `/${token}`).join("")];
  const head =
    prefix +
    tokens
      .slice(0, star)
      .map((token) => `/${token}`)
      .join("");
  const parent = valueAt(value, head);
  if (typeof parent !== "object" || parent === null) return [];
  return Object.keys(parent).flatMap((key) => expand(value, tokens.slice(star + 1), `${head}/${escapeToken(key)}`));
}

function errorsOf(item: unknown, rule: BatchRule): unknown[] {
  const errors = valueAt(item, rule.errors);
  if (Array.isArray(errors)) return errors;
  return typeof errors === "object" && errors !== null ? [errors] : [];
}

function idOf(item: unknown, rule: BatchRule): string | undefined {
  if (rule.id === undefined) return undefined;
  const id = valueAt(item, rule.id);
  return typeof id === "string" || typeof id === "number" ? String(id) : undefined;
}

function countAt(body: unknown, pointers: readonly string[]): number | undefined {
  for (const pointer of pointers) {
    const value = valueAt(body, pointer);
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (Array.isArray(value)) return value.length;
  }
  return undefined;
}

/** The failed items of a body its batch envelope accepted; undefined if a getter throws. */
export function readBatch<E = unknown>(body: unknown, rule: BatchRule): BatchReading<E> | undefined {
  try {
    const failed: FailedItem<E>[] = [];
    let passed = 0;
    const listPointers = rule.items.flatMap((pointer) => (pointer === "" ? [""] : expand(body, pointer.slice(1).split("/"), "")));
    for (const listPointer of listPointers) {
      const list = valueAt(body, listPointer);
      if (typeof list !== "object" || list === null) continue;
      const items = Array.isArray(list) ? list : [list];
      items.forEach((item, index) => {
        const errors = errorsOf(item, rule);
        const isFailure = rule.failedWhen ? valueAt(item, rule.failedWhen.pointer) === rule.failedWhen.equals : errors.length > 0;
        if (!isFailure) {
          passed += 1;
          return;
        }
        const id = idOf(item, rule);
        const pointer = Array.isArray(list) ? `${listPointer}/${index}` : listPointer;
        failed.push({ index, ...(id !== undefined && { id }), pointer, errors: errors as E[] });
      });
    }
    return { failed, succeeded: countAt(body, rule.succeeded ?? []) ?? passed };
  } catch {
    return undefined;
  }
}
