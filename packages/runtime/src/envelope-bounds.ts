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

const FIELD_LIMIT = 1024;
/** The bound of an envelope that wants another root type or excludes the value (rank element 1): FIELD_LIMIT squared, written out so bundlers drop it where unused. */
export const EXCLUDED = 1048576;

/**
 * Each envelope's bound for an object or an array, one number ordered as ranks are: element 1
 * (EXCLUDED), element 2 (top-level fields that are not the object or array the envelope wants: one
 * shape issue each) and element 4 (its required top-level keys the value lacks, on its likeliest
 * branch); element 3 taken as 0. A getter or proxy that throws leaves an envelope without a bound (0).
 */
export function envelopeBounds(envelopes: readonly BoundedEnvelope[], value: object): number[] {
  const index = indexOf(envelopes);
  const isArray = Array.isArray(value);
  const keys = isArray ? undefined : keysOf(value);
  if (keys && keys.length <= 16) {
    try {
      return boundsByKeys(index, value as Record<string, unknown>, keys);
    } catch {
      // a getter that throws: each envelope reads for itself below
    }
  }
  const has = keys && keys.length <= 16 ? (key: string) => keys.includes(key) : (key: string) => own(value as Record<string, unknown>, key) !== undefined;
  const bounds: number[] = [];
  for (let i = 0; i < envelopes.length; i++) {
    try {
      bounds.push(boundOf(envelopes[i]!, index.facts[i]!, value as Record<string, unknown>, isArray, has));
    } catch {
      bounds.push(0);
    }
  }
  return bounds;
}

function keysOf(value: object): string[] | undefined {
  try {
    return Object.keys(value);
  } catch {
    return undefined; // a proxy that throws: each bound reads (and, throwing, is 0)
  }
}

/**
 * The bounds of an object of a few keys, from its key list read once: each key counts for the
 * required lists and the container fields that name it (the index), so the cost follows the
 * body's keys, not the envelopes' (a property read per key and envelope was the costly part).
 * The same numbers as `boundOf`.
 */
function boundsByKeys(index: BoundIndex, value: Record<string, unknown>, keys: readonly string[]): number[] {
  // Starts as each envelope's shape count (0) and missing keys (all of the likeliest slot's), lowered per key.
  const bounds = index.start.slice();
  let lacking: number[] | undefined;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const named = index.byKey.get(key);
    if (named === undefined) continue;
    const { slots, containers } = named;
    if (slots.length > 0) {
      lacking ??= index.needed.slice();
      for (let s = 0; s < slots.length; s++) lacking[slots[s]!]!--;
    }
    if (containers.length > 0) {
      const field = value[key];
      if (field === undefined) continue;
      const type = jsonTypeOf(field);
      for (let c = 0; c < containers.length; c += 2) if (type !== containers[c + 1]) (bounds[containers[c] as number] as number) += FIELD_LIMIT;
    }
  }
  const { slotsFrom, rootWants, exclusions } = index;
  for (let i = 0; i < bounds.length; i++) {
    const wants = rootWants[i]!;
    if (wants === WANTS_OTHER || (wants === EXCLUDES && hasAllOfSome(value, exclusions[i]!))) {
      bounds[i] = EXCLUDED;
      continue;
    }
    const from = slotsFrom[i]!;
    const to = slotsFrom[i + 1]!;
    if (to === from || lacking === undefined) continue;
    let missing = lacking[from]!;
    for (let slot = from + 1; slot < to; slot++) if (lacking[slot]! < missing) missing = lacking[slot]!;
    bounds[i] = bounds[i]! - (bounds[i]! % FIELD_LIMIT) + missing;
  }
  return bounds;
}

/** explain.ts `excludes` of an object: it has every key of one of the lists (own, defined). */
function hasAllOfSome(value: Record<string, unknown>, lists: readonly (readonly string[])[]): boolean {
  for (const keys of lists) {
    let all = true;
    for (const key of keys) if (own(value, key) === undefined) all = false;
    if (all) return true;
  }
  return false;
}

/** One envelope's bound, reading the value's fields by `has` (a large object, an array, or a getter that threw). */
function boundOf(
  envelope: BoundedEnvelope,
  facts: EnvelopeFacts,
  value: Record<string, unknown>,
  isArray: boolean,
  has: (key: string) => boolean,
): number {
  if (envelope.types && !envelope.types.includes(isArray ? "array" : "object")) return EXCLUDED;
  if (facts.excludes && excludes(envelope.schema, value)) return EXCLUDED;
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
  /** Whether the root excludes other envelopes' keys (`not: { required: [...] }`). */
  excludes: boolean;
  /** Those keys: an object with every key of one list is excluded. */
  exclusions: readonly (readonly string[])[];
  /** Its required top-level keys, one list per anyOf branch. */
  required: readonly (readonly string[])[];
  /** The root object's fields that must be an object or an array: a field of another type is one shape issue at the top. */
  containers: readonly (readonly [string, "object" | "array"])[];
}

export function envelopeFacts({ schema, types, required }: BoundedEnvelope): EnvelopeFacts {
  const exclusions = exclusionsOf(schema);
  return {
    takesObjects: !types || types.includes("object"),
    excludes: exclusions.length > 0,
    exclusions,
    required: required ?? [],
    containers: containersOf(schema),
  };
}

/** What an envelope's root wants of an object: it may be one, it excludes some (a read decides), or it wants another type. */
const TAKES_OBJECTS = 0;
const EXCLUDES = 1;
const WANTS_OTHER = 2;

/**
 * What the bounds read of each envelope, gathered once per list of envelopes: its facts, and an
 * index from each top-level key to the required lists (one slot per envelope and anyOf branch)
 * and the container fields that name it, in flat arrays of small integers.
 */
interface BoundIndex {
  facts: EnvelopeFacts[];
  /** Per envelope, the bound of an object without keys: its likeliest slot's keys all missing. */
  start: number[];
  /** Per slot, the number of its keys (what the value lacks when it has none of them). */
  needed: number[];
  /** Envelope i's slots are slotsFrom[i] to slotsFrom[i + 1]. */
  slotsFrom: number[];
  rootWants: number[];
  /** Per envelope, the key lists its root excludes (`exclusionsOf`). */
  exclusions: (readonly (readonly string[])[])[];
  /** Per top-level key, the slots that require it, and pairs of an envelope's index and the container type it wants there. */
  byKey: Map<string, { slots: number[]; containers: (number | string)[] }>;
}

const indexByList = new WeakMap<readonly BoundedEnvelope[], BoundIndex>();

function indexOf(envelopes: readonly BoundedEnvelope[]): BoundIndex {
  let index = indexByList.get(envelopes);
  if (index) return index;
  const facts = envelopes.map(envelopeFacts);
  index = { facts, start: [], needed: [], slotsFrom: [0], rootWants: [], exclusions: facts.map((f) => f.exclusions), byKey: new Map() };
  const named = (key: string) => {
    let entry = index!.byKey.get(key);
    if (!entry) index!.byKey.set(key, (entry = { slots: [], containers: [] }));
    return entry;
  };
  for (let i = 0; i < facts.length; i++) {
    const { required, containers, excludes, takesObjects } = facts[i]!;
    for (const keys of required) {
      const slot = index.needed.push(keys.length) - 1;
      for (const key of keys) named(key).slots.push(slot);
    }
    index.slotsFrom.push(index.needed.length);
    index.start.push(required.length > 0 ? Math.min(FIELD_LIMIT - 1, ...required.map((keys) => keys.length)) : 0);
    index.rootWants.push(!takesObjects ? WANTS_OTHER : excludes ? EXCLUDES : TAKES_OBJECTS);
    for (const [name, type] of containers) named(name).containers.push(i, type);
  }
  indexByList.set(envelopes, index);
  return index;
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
