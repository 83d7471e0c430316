// What a node's check can say without running: which values it turns away by their type alone.
import type { SchemaNode } from "../../model/schema-node.js";

/** Whether a node accepts only objects and arrays (so a primitive can be turned away at once). */
export function acceptsOnlyContainers(node: SchemaNode, definitions: Record<string, SchemaNode>, depth = 0): boolean {
  if (depth > 8) return false;
  switch (node.kind) {
    case "object":
    case "array":
      return node.typed;
    case "discriminated":
    case "openUnion":
      return true;
    case "ref":
      return definitions[node.key] !== undefined && acceptsOnlyContainers(definitions[node.key]!, definitions, depth + 1);
    case "types":
      return node.options.every((option) => acceptsOnlyContainers(option, definitions, depth + 1));
    case "anyOf":
    case "oneOf":
      return node.branches.length > 0 && node.branches.every((branch) => acceptsOnlyContainers(branch, definitions, depth + 1));
    case "all":
      return node.nodes.some((part) => acceptsOnlyContainers(part, definitions, depth + 1));
    default:
      return false;
  }
}
