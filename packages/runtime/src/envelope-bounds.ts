// Lower bounds of each envelope's rank (explain.ts `rankIssues`) for a value no envelope accepts,
// from its top-level fields alone: the validators explain the likeliest envelope first and skip one
// whose bound already ranks behind the best explanation so far (`boundLimit`, validation.ts `explainClosest`).
import { type ExplainableSchema, excludes, exclusionsOf, jsonTypeOf } from "./explain.js";
import type { JsonType, ObjectNode, SchemaGraph, SchemaNode } from "./schema-node.js";

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

/**
 * Each envelope's bound for an object or an array, one number ordered as ranks are: element 1
 * (EXCLUDED), element 2 (top-level fields that are not the object or array the envelope wants: one
 * shape issue each), element 3 (a first item whose tag is outside the envelope's closed list:
 * `FirstItemTag`) and element 4 (its required top-level keys the value lacks, on its likeliest
 * branch). `maxIssues`: the explanations' cap (a tag's issue past it is not counted). A getter or
 * proxy that throws leaves an envelope without a bound (0).
 */
export function envelopeBounds(envelopes: readonly BoundedEnvelope[], value: object, maxIssues: number): number[] {
  const isArray = Array.isArray(value);
  const facts = factsOf(envelopes);
  const has = presence(value as Record<string, unknown>, isArray);
  const bounds: number[] = [];
  for (let i = 0; i < envelopes.length; i++) {
    try {
      bounds.push(boundOf(envelopes[i]!, facts[i]!, value as Record<string, unknown>, isArray, has, maxIssues));
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
  maxIssues: number,
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
  let foreign = 0;
  if (!isArray) {
    for (const [name, type] of facts.containers) {
      if (!has(name)) continue;
      const field = value[name];
      if (field !== undefined && jsonTypeOf(field) !== type) shape++;
    }
    for (const tag of facts.tags) {
      const found = maxIssues > tag.before && has(tag.array) ? firstItemTag(value[tag.array], tag.tag) : undefined;
      if (typeof found === "string" && !tag.allowed.includes(found)) foreign += 2; // a code another envelope documents counts twice
    }
  }
  return (Math.min(shape, FIELD_LIMIT - 1) * FIELD_LIMIT + Math.min(foreign, FIELD_LIMIT - 1)) * FIELD_LIMIT + missing;
}

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
  /** Closed-list tags of the first item of its top-level arrays. */
  tags: readonly FirstItemTag[];
}

/**
 * "The first item of `array` has `tag`, one of `allowed`" (commercetools' Product Search errors,
 * whose codes are five): a first item whose tag is another string is an issue with a foreign
 * value, two in rank element 3, that the envelope's explanation reports unless its cap is reached
 * first. `before`: how many issues it may report before that one.
 */
export interface FirstItemTag {
  array: string;
  tag: string;
  allowed: readonly string[];
  before: number;
}

export function envelopeFacts({ schema, types, required }: BoundedEnvelope): EnvelopeFacts {
  return {
    takesObjects: !types || types.includes("object"),
    exclusions: exclusionsOf(schema),
    required: required ?? [],
    containers: containersOf(schema),
    tags: tagsOf(schema),
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

/**
 * The root object's closed-list tags of its arrays' first items, where only a bounded number of
 * issues can come before the tag's (runtime/explain.ts collects the root's required keys, then its
 * properties in order; an item's the same way).
 */
function tagsOf({ root, definitions }: SchemaGraph): FirstItemTag[] {
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
