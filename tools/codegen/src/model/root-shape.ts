// What a body must have at its top level to pass an envelope, read once from the IR: the runtime
// uses it to rank envelopes cheaply before explaining any (runtime/validation.ts).
import type { JsonType, SchemaGraph, SchemaNode } from "./schema-node.js";

export interface RootShape {
  /** JSON types the root accepts; undefined: any. */
  types?: JsonType[];
  /** Alternatives of required top-level keys (one per anyOf branch): a body needs one of them. */
  required: string[][];
}

export function rootShape(graph: SchemaGraph): RootShape {
  return shapeOf(graph, graph.root, 0);
}

function shapeOf(graph: SchemaGraph, node: SchemaNode, depth: number): RootShape {
  if (depth > 8) return { required: [[]] };
  switch (node.kind) {
    case "object":
      return { ...(node.typed && { types: ["object"] as JsonType[] }), required: [node.required] };
    case "array":
    case "string":
      return { ...(node.typed && { types: [node.kind] as JsonType[] }), required: [[]] };
    case "integer":
    case "number":
    case "boolean":
    case "null":
      return { types: [node.kind], required: [[]] };
    case "types":
      return { types: node.options.map((o) => o.kind as JsonType), required: [[]] };
    case "discriminated":
    case "openUnion":
      return { types: ["object"], required: [[node.tag]] };
    case "ref":
      return shapeOf(graph, graph.definitions[node.key]!, depth + 1);
    case "anyOf": {
      const branches = node.branches.map((b) => shapeOf(graph, b, depth + 1));
      const typed = branches.every((b) => b.types);
      return { ...(typed && { types: [...new Set(branches.flatMap((b) => b.types!))] }), required: branches.flatMap((b) => b.required) };
    }
    case "all": {
      // Every part applies: their types intersect, and their required keys (of single-alternative parts) add up.
      const parts = node.nodes.map((n) => shapeOf(graph, n, depth + 1));
      const typed = parts.filter((p) => p.types).map((p) => p.types!);
      const types = typed.length === 0 ? undefined : typed.reduce((a, b) => a.filter((t) => b.includes(t)));
      return { ...(types && { types }), required: [parts.flatMap((p) => (p.required.length === 1 ? p.required[0]! : []))] };
    }
    default:
      return { required: [[]] };
  }
}
