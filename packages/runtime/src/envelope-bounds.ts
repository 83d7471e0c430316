// Lower bounds of each envelope's rank (explain.ts `rankIssues`) for a value no envelope accepts,
// from its top-level fields alone: the validators explain the likeliest envelope first and skip one
// whose bound already ranks behind the best explanation so far (`boundLimit`, validation.ts `explainClosest`).
import { type ExplainableSchema, excludes, exclusionsOf, jsonTypeOf } from "./explain.js";
import type { JsonType } from "./schema-node.js";

/** What the bounds read of an envelope (validation.ts `EnvelopeValidator` has it). */
interface BoundedEnvelope {
  schema: ExplainableSchema;
  types?: readonly JsonType[];
  required?: readonly (readonly string[])[];
}

/** A bound is shape issues times FIELD_LIMIT plus missing keys (each below it). */
export const FIELD_LIMIT = 1024;
/** The bound of an envelope that wants another root type or excludes the value (rank element 1): FIELD_LIMIT squared, written out so bundlers drop it where unused. */
export const EXCLUDED = 1048576;

/**
 * Each envelope's bound for an object or an array, one number ordered as ranks are: element 1
 * (EXCLUDED), element 2 (top-level fields that are not the object or array the envelope wants: one
 * shape issue each) and element 4 (its required top-level keys the value lacks, on its likeliest
 * branch); element 3 taken as 0. A getter or proxy that throws leaves an envelope without a bound (0).
 */
export function envelopeBounds(envelopes: readonly BoundedEnvelope[], value: object): number[] {
  const isArray = Array.isArray(value);
  const facts = factsOf(envelopes);
  const has = presence(value as Record<string, unknown>, isArray);
  const bounds: number[] = [];
  for (let i = 0; i < envelopes.length; i++) {
    try {
      bounds.push(boundOf(envelopes[i]!, facts[i]!, value as Record<string, unknown>, isArray, has));
    } catch {
      bounds.push(0);
    }
  }
  return bounds;
}

/**
 * Whether the value may have an own property: an object of a few keys answers from its key list,
 * read once (a property read per key and envelope is the costly part of the bounds); a larger one
 * or an array, by reading the property. A present key that holds undefined counts as present: the
 * bounds stay bounds. (The packages' validators compile their bounds: this is for the rest.)
 */
function presence(value: Record<string, unknown>, isArray: boolean): (key: string) => boolean {
  let keys: string[] | undefined;
  try {
    keys = isArray ? undefined : Object.keys(value);
  } catch {
    keys = undefined; // a proxy that throws: each bound reads (and, throwing, is 0)
  }
  if (keys && keys.length <= 16) return (key) => keys.includes(key);
  return (key) => own(value, key) !== undefined;
}

/** One envelope's bound, reading the value's fields by `has`. */
function boundOf(
  envelope: BoundedEnvelope,
  facts: EnvelopeFacts,
  value: Record<string, unknown>,
  isArray: boolean,
  has: (key: string) => boolean,
): number {
  if (isArray ? envelope.types && !envelope.types.includes("array") : !facts.takesObjects) return EXCLUDED;
  if (facts.exclusions.length > 0 && excludes(envelope.schema, value)) return EXCLUDED;
  let missing = facts.required.length > 0 ? FIELD_LIMIT - 1 : 0;
  for (const keys of facts.required) {
    let lacking = 0;
    for (const key of keys) if (!has(key)) lacking++;
    if (lacking < missing) missing = lacking;
  }
  let shape = 0;
  if (!isArray)
    for (const [name, type] of facts.containers) {
      if (!has(name)) continue;
      const field = value[name];
      if (field !== undefined && jsonTypeOf(field) !== type) shape++;
    }
  return Math.min(shape, FIELD_LIMIT - 1) * FIELD_LIMIT + missing;
}

/**
 * The largest bound of an envelope that may still rank as near as `rank` (one with a larger bound
 * ranks behind it): an excluded one only when `rank` is excluded too; else by the shape count,
 * then, when `rank` has no foreign values (element 3, bounded by 0 only), by the missing keys.
 */
export function boundLimit(rank: readonly number[]): number {
  if (rank[0] !== 0) return Number.POSITIVE_INFINITY;
  return Math.min(rank[1]! * FIELD_LIMIT + (rank[2] !== 0 ? FIELD_LIMIT - 1 : Math.min(rank[3]!, FIELD_LIMIT - 1)), EXCLUDED - 1);
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

const factsByList = new WeakMap<readonly BoundedEnvelope[], EnvelopeFacts[]>();

/** What the bounds read of each envelope, gathered once per list of envelopes. */
function factsOf(envelopes: readonly BoundedEnvelope[]): EnvelopeFacts[] {
  let facts = factsByList.get(envelopes);
  if (!facts) {
    facts = envelopes.map(envelopeFacts);
    factsByList.set(envelopes, facts);
  }
  return facts;
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
