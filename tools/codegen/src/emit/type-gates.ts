// Which values a union branch takes by their type alone. runtime/explain.ts `collectNearest` picks
// the branch of a failed anyOf that takes the value's type when only one does, and names the types
// when none does; a compiled anyOf whose branches all have gates that no type crosses makes that
// choice by type tests, without a sink per branch (collectors.ts).
import type { JsonType, SchemaNode } from "../model/schema-node.js";

/**
 * A branch's gate: a value of none of `types` gets exactly one issue from the branch, a type issue
 * at its place naming `wanted`; a value of one of them never gets a type issue there.
 */
export interface TypeGate {
  types: readonly JsonType[];
  wanted: string;
}

type Definitions = Readonly<Record<string, SchemaNode>>;

export function typeGate(node: SchemaNode, definitions: Definitions, seen: ReadonlySet<string> = new Set()): TypeGate | undefined {
  const type = typeOf(node);
  if (type) return { types: [type], wanted: type };
  switch (node.kind) {
    case "types": {
      const types = node.options.map(typeOf);
      return types.every((type) => type !== undefined) ? { types: types as JsonType[], wanted: types.join(",") } : undefined;
    }
    case "discriminated":
    case "openUnion":
      return { types: ["object"], wanted: "object" };
    case "ref": {
      const target = definitions[node.key];
      return target && !seen.has(node.key) ? typeGate(target, definitions, new Set([...seen, node.key])) : undefined;
    }
    case "all": {
      // One part gates; every other part says nothing about a value outside the gate, and never its type.
      const gates = node.nodes.map((part) => typeGate(part, definitions, seen));
      const gating = gates.filter((gate) => gate !== undefined);
      if (gating.length !== 1) return undefined;
      const gate = gating[0]!;
      return node.nodes.every((part, i) => gates[i] !== undefined || silentOutside(part, gate.types, definitions, seen)) ? gate : undefined;
    }
    default:
      return undefined;
  }
}

/** runtime `typeOf`: the type an option of a `types` node is for. */
export function typeOf(node: SchemaNode): JsonType | undefined {
  if (node.kind === "object" || node.kind === "array" || node.kind === "string") return node.typed ? node.kind : undefined;
  if (node.kind === "integer" || node.kind === "number" || node.kind === "boolean" || node.kind === "null")
    return node.typed === false ? undefined : node.kind;
  return undefined;
}

/** Whether the node reports nothing for a value of none of `types`, and never a type issue at its place. */
function silentOutside(node: SchemaNode, types: readonly JsonType[], definitions: Definitions, seen: ReadonlySet<string>): boolean {
  switch (node.kind) {
    case "any":
      return true;
    case "object":
    case "array":
    case "string":
      // Untyped: its rules apply to values of its type only.
      return !node.typed && types.includes(node.kind);
    case "conditional":
      return [node.thenNode, node.elseNode].every((part) => !part || silentOutside(part, types, definitions, seen));
    case "all":
      return node.nodes.every((part) => silentOutside(part, types, definitions, seen));
    case "ref": {
      const target = definitions[node.key];
      return !!target && !seen.has(node.key) && silentOutside(target, types, definitions, new Set([...seen, node.key]));
    }
    default:
      return false;
  }
}

/** Whether no value passes the type tests of two gates (an integer is also a number). */
export function disjointGates(gates: readonly TypeGate[]): boolean {
  const all = gates.flatMap((gate) => [...new Set(gate.types)]);
  if (new Set(all).size !== all.length) return false;
  return !(all.includes("integer") && all.includes("number"));
}
