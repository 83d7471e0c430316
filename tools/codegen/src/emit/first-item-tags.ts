// Closed-list tags of the first items of an envelope's top-level arrays, for its compiled bounds
// (emit-bounds.ts): "the first item of errors has code, one of these five" (commercetools' Product
// Search errors). A body whose first item has another code gets an issue with a foreign value from
// that envelope (rank element 3: two, a code another envelope documents), unless the explanation's
// cap is reached before it; the bound counts it, and the envelope ranks behind without a look.
import type { ObjectNode, SchemaGraph, SchemaNode } from "../model/schema-node.js";

/** "The first item of `array` has `tag`, one of `allowed`"; `before`: how many issues the collector may report before that one. */
export interface FirstItemTag {
  array: string;
  tag: string;
  allowed: readonly string[];
  before: number;
}

/**
 * The root object's closed-list tags of its arrays' first items, where only a bounded number of
 * issues can come before the tag's (runtime/explain.ts collects the root's required keys, then its
 * properties in order; an item's the same way).
 */
export function firstItemTags({ root, definitions }: SchemaGraph): FirstItemTag[] {
  const object = root.kind === "object" ? root : root.kind === "all" && root.nodes[0]?.kind === "object" ? root.nodes[0] : undefined;
  if (!object) return [];
  const tags: FirstItemTag[] = [];
  let before = leadingIssues(object);
  for (const { name, node } of object.properties) {
    const array = resolved(node, definitions);
    const item = array?.kind === "array" && !array.tuple ? resolved(array.items, definitions) : undefined;
    if (item?.kind === "object") {
      let inside = before + 1 + leadingIssues(item); // + minItems or maxItems
      for (const property of item.properties) {
        const allowed = closedStrings(resolved(property.node, definitions));
        if (allowed) tags.push({ array: name, tag: property.name, allowed, before: inside });
        inside += issueCeiling(property.node, definitions);
      }
    }
    before += issueCeiling(node, definitions);
    if (before === Number.POSITIVE_INFINITY) break;
  }
  return tags;
}

/** Issues an object reports before its properties: its missing required keys, a property count. */
const leadingIssues = (node: ObjectNode): number =>
  node.required.length + (node.minProperties !== undefined || node.maxProperties !== undefined ? 1 : 0);

/** The most issues a value gets from a node of one leaf (Infinity: a container, a union, anything larger). */
function issueCeiling(node: SchemaNode, definitions: SchemaGraph["definitions"]): number {
  const target = resolved(node, definitions);
  if (!target) return Number.POSITIVE_INFINITY;
  switch (target.kind) {
    case "any":
      return 0;
    case "string": // a length and a pattern
    case "integer":
    case "number":
    case "boolean":
    case "null":
    case "literal":
    case "enum":
    case "openEnum":
      return 2;
    default:
      return Number.POSITIVE_INFINITY;
  }
}

/** The node behind references (a few, not a cycle). */
function resolved(node: SchemaNode | undefined, definitions: SchemaGraph["definitions"]): SchemaNode | undefined {
  for (let depth = 0; node?.kind === "ref" && depth < 8; depth++) node = definitions[node.key];
  return node?.kind === "ref" ? undefined : node;
}

/** The strings of a closed list of strings (an enum or a const); undefined for anything else. */
function closedStrings(node: SchemaNode | undefined): string[] | undefined {
  const values = node?.kind === "enum" ? node.values : node?.kind === "literal" ? [node.value] : undefined;
  return values && values.length > 0 && values.every((value) => typeof value === "string") ? (values as string[]) : undefined;
}
