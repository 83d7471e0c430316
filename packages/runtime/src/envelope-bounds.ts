// Lower bounds of each envelope's rank (explain.ts `rankIssues`) for a value no envelope accepts,
// from its top-level fields alone: the validators explain the likeliest envelope first and skip one
// whose bound already ranks behind the best explanation so far (`boundLimit`, validation.ts
// `explainClosest`). Each package compiles its bounds (codegen's emit/emit-bounds.ts) from the
// facts here (`envelopeFacts`); the helpers its bounds call live here too.
import { type ExplainableSchema, exclusionsOf } from "./explain.js";
import type { JsonType } from "./schema-node.js";

/** What the bounds read of an envelope (validation.ts `EnvelopeValidator` has it). */
interface BoundedEnvelope {
  schema: ExplainableSchema;
  types?: readonly JsonType[];
  required?: readonly (readonly string[])[];
}

/**
 * A bound is rank elements 2, 3 and 4 (shape issues, foreign values, missing keys), each below
 * FIELD_LIMIT, as the digits of one number: shape times FIELD_LIMIT squared, plus foreign values
 * times FIELD_LIMIT, plus missing keys. Numbers compare as the ranks do.
 */
export const FIELD_LIMIT = 512;
/** The bound of an envelope that wants another root type or excludes the value (rank element 1): FIELD_LIMIT cubed, written out so bundlers drop it where unused. */
export const EXCLUDED = 134217728;

/** The own property `tag` of the first item of `array`, when it is an array whose first item is an object; else undefined. */
export function firstItemTag(array: unknown, tag: string): unknown {
  if (!Array.isArray(array) || array.length === 0) return undefined;
  const item: unknown = array[0];
  return typeof item === "object" && item !== null && !Array.isArray(item) ? own(item as Record<string, unknown>, tag) : undefined;
}

/**
 * The largest bound of an envelope that may still rank as near as `rank` (one with a larger bound
 * ranks behind it): an excluded one only when `rank` is excluded too; else elements 2 to 4 of
 * `rank` as a bound (an element at FIELD_LIMIT or above lets every bound with the elements before it through).
 */
export function boundLimit(rank: readonly number[]): number {
  if (rank[0] !== 0) return Number.POSITIVE_INFINITY;
  const top = FIELD_LIMIT - 1;
  if (rank[1]! >= top) return EXCLUDED - 1;
  if (rank[2]! >= top) return (rank[1]! + 1) * FIELD_LIMIT * FIELD_LIMIT - 1;
  return (rank[1]! * FIELD_LIMIT + rank[2]!) * FIELD_LIMIT + Math.min(rank[3]!, top);
}

/** An own property's value, or undefined: the read first (an absent key, the usual case, costs no ownership test). */
function own(value: Record<string, unknown>, key: string): unknown {
  const field = value[key];
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn needs lib ES2022, which the packages do not build against
  return field !== undefined && Object.prototype.hasOwnProperty.call(value, key) ? field : undefined;
}

/** What the bounds of an object read of an envelope (codegen compiles the same into each package's validators). */
export interface EnvelopeFacts {
  /** Whether its root takes objects (`types`). */
  takesObjects: boolean;
  /** The key lists of the root's `not: { required: [...] }` parts: an object with every key of one list is excluded (another envelope's). */
  exclusions: readonly (readonly string[])[];
  /** Its required top-level keys, one list per anyOf branch. */
  required: readonly (readonly string[])[];
  /** The root object's fields that must be an object or an array: a field of another type is one shape issue at the top. */
  containers: readonly (readonly [string, "object" | "array"])[];
}

export function envelopeFacts({ schema, types, required }: BoundedEnvelope): EnvelopeFacts {
  return {
    takesObjects: !types || types.includes("object"),
    exclusions: exclusionsOf(schema),
    required: required ?? [],
    containers: containersOf(schema),
  };
}

function containersOf({ root, definitions }: ExplainableSchema): [string, "object" | "array"][] {
  const found: [string, "object" | "array"][] = [];
  for (const part of root.kind === "all" ? root.nodes : [root]) {
    if (part.kind !== "object") continue;
    for (const { name, node } of part.properties) {
      const target = node.kind === "ref" ? definitions[node.key] : node;
      if ((target?.kind === "object" || target?.kind === "array") && target.typed && !found.some(([known]) => known === name)) found.push([name, target.kind]);
    }
  }
  return found;
}
