// JSON Pointers (RFC 6901) built from the paths vendors report in their own notations.
import { escapeToken } from "@commerce-errors/runtime";

/** `["a", 0, "b/c"]` -> `/a/0/b~1c` */
export function pointerFromSegments(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${escapeToken(String(segment))}`).join("");
}

/** Dotted map keys and field paths, as some vendors report them: `0.variants.0.product_id`, `prices[1].value`. */
export function pointerFromDottedPath(path: string): string {
  return pointerFromSegments(path.split(/\.|\[(\d+)\]\.?/).filter((segment) => segment !== undefined && segment !== ""));
}

/** Bracketed form parameters: `line_items[0][price]` -> `/line_items/0/price`, `metadata[order_id]` -> `/metadata/order_id`. */
export function pointerFromBracketPath(path: string): string {
  return pointerFromSegments(path.split(/\]?\[|\]$/).filter((segment) => segment !== ""));
}

/** The last token of a pointer, the field it names: `/data/attributes/quantity` -> `quantity`. */
export function lastPointerToken(pointer: string): string | undefined {
  const token = pointer.slice(pointer.lastIndexOf("/") + 1);
  return token === "" ? undefined : token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The string when it is a JSON Pointer (RFC 6901 syntax), else `undefined`: vendors' pointers are passed on only when they are. */
export function asJsonPointer(value: string): string | undefined {
  return /^(\/([^~/]|~[01])*)*$/.test(value) ? value : undefined;
}
