// What an envelope says about a body beyond accepting it, for detection among vendors: the
// top-level fields it declares (how much of a body it accounts for) and the places where it
// documents exact string values (codes, types, messages). Both are read from the IR, so a vendor
// added as data is told apart by its own documented values without any rule written for it.
import type { SchemaGraph, SchemaNode } from "./schema-node.js";

export interface EnvelopeEvidence {
  /** The top-level property names the envelope declares, sorted. */
  fields: string[];
  /** `[path, values]`: a path of property names and `*` (any array item), and the documented values there. */
  values: [path: string[], values: string[]][];
}

/** How deep below the root documented values are looked for (`/errors/*\/extensions/code` is 4). */
const MAX_DEPTH = 5;

export function envelopeEvidence(graph: SchemaGraph): EnvelopeEvidence {
  const fields = new Set<string>();
  const values = new Map<string, { path: string[]; values: Set<string> }>();
  const visit = (node: SchemaNode | undefined, path: string[], seen: ReadonlySet<string>): void => {
    if (!node || path.length > MAX_DEPTH) return;
    switch (node.kind) {
      case "object":
        for (const property of node.properties) {
          if (path.length === 0) fields.add(property.name);
          visit(property.node, [...path, property.name], seen);
        }
        return;
      case "array":
        visit(node.items, [...path, "*"], seen);
        return;
      case "types":
        for (const option of node.options) visit(option, path, seen);
        return;
      case "literal":
        if (typeof node.value === "string") add(path, [node.value]);
        return;
      case "enum":
        add(
          path,
          node.values.filter((value): value is string => typeof value === "string"),
        );
        return;
      case "openEnum":
        add(path, node.known);
        return;
      case "ref":
        if (!seen.has(node.key)) visit(graph.definitions[node.key], path, new Set([...seen, node.key]));
        return;
      case "anyOf":
        for (const branch of node.branches) visit(branch, path, seen);
        return;
      case "not": // a value the envelope excludes is no evidence for it
        return;
      case "openUnion":
        visit({ kind: "ref", key: node.union }, path, seen);
        visit(node.catchAll, path, seen);
        return;
      case "conditional":
        for (const branch of [node.thenNode, node.elseNode]) visit(branch, path, seen);
        return;
      default:
        for (const child of childrenOf(node)) visit(child, path, seen);
    }
  };
  const add = (path: string[], found: readonly string[]) => {
    if (path.length === 0 || found.length === 0) return;
    const key = path.join("/");
    const entry = values.get(key) ?? { path, values: new Set<string>() };
    for (const value of found) entry.values.add(value);
    values.set(key, entry);
  };
  visit(graph.root, [], new Set());
  return {
    fields: [...fields].sort(),
    values: [...values.values()].map(({ path, values: found }): [string[], string[]] => [path, [...found].sort()]),
  };
}

/** Nodes that hold other nodes under keys this walker does not name (unions, allOf, ...): every schema-valued member. */
function childrenOf(node: SchemaNode): SchemaNode[] {
  const children: SchemaNode[] = [];
  for (const value of Object.values(node as unknown as Record<string, unknown>)) {
    const candidates = Array.isArray(value) ? value : [value];
    for (const candidate of candidates) {
      if (typeof candidate === "object" && candidate !== null && typeof (candidate as { kind?: unknown }).kind === "string")
        children.push(candidate as SchemaNode);
      // Discriminated unions keep their cases as {code, key}: each case is a definition.
      else if (typeof candidate === "object" && candidate !== null && typeof (candidate as { key?: unknown }).key === "string")
        children.push({ kind: "ref", key: (candidate as { key: string }).key });
    }
  }
  return children;
}
