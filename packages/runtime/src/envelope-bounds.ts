// Lower bounds of each envelope's rank (explain.ts `rankIssues`) for a value no envelope accepts,
// from its top-level fields alone: the validators explain the likeliest envelope first and skip one
// whose bound already ranks behind the best explanation so far (validation.ts `explainClosest`).
import { type ExplainableSchema, exclusionsOf, jsonTypeOf } from "./explain.js";
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
  const isArray = Array.isArray(value);
  return envelopes.map((envelope) => {
    try {
      return boundOf(envelope, value as Record<string, unknown>, isArray);
    } catch {
      return 0;
    }
  });
}

function boundOf(envelope: BoundedEnvelope, value: Record<string, unknown>, isArray: boolean): number {
  if (envelope.types && !envelope.types.includes(isArray ? "array" : "object")) return EXCLUDED;
  // Such a `not` is untyped: a value that is not an object has every key it names.
  for (const keys of exclusionsOf(envelope.schema)) if (isArray || keys.every((key) => own(value, key) !== undefined)) return EXCLUDED;
  let missing = envelope.required?.length ? FIELD_LIMIT - 1 : 0;
  for (const keys of envelope.required ?? []) missing = Math.min(missing, keys.filter((key) => own(value, key) === undefined).length);
  let shape = 0;
  if (!isArray)
    for (const [name, type] of containersOf(envelope.schema)) {
      const field = own(value, name);
      if (field !== undefined && jsonTypeOf(field) !== type) shape++;
    }
  return Math.min(shape, FIELD_LIMIT - 1) * FIELD_LIMIT + missing;
}

/** Whether an envelope whose rank is at least `bound` cannot be nearer than one ranked `rank`. */
export function behind(bound: number, rank: readonly number[]): boolean {
  const excluded = bound >= EXCLUDED ? 1 : 0;
  if (excluded !== rank[0]) return excluded > rank[0]!;
  if (excluded) return false;
  const shape = Math.floor(bound / FIELD_LIMIT);
  if (shape !== rank[1]) return shape > rank[1]!;
  if (rank[2] !== 0) return false; // element 3 is bounded by 0 only
  return bound % FIELD_LIMIT > rank[3]!;
}

// biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn needs lib ES2022, which the packages do not build against
const own = (value: object, key: string): unknown => (Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined);

const containerFields = new WeakMap<ExplainableSchema, [string, "object" | "array"][]>();

/** The root object's fields that must be an object or an array (read once per schema): a field of another type is one shape issue at the top. */
function containersOf(schema: ExplainableSchema): [string, "object" | "array"][] {
  let found = containerFields.get(schema);
  if (found) return found;
  found = [];
  const { root, definitions } = schema;
  for (const part of root.kind === "all" ? root.nodes : [root]) {
    if (part.kind !== "object") continue;
    for (const { name, node } of part.properties) {
      const target = node.kind === "ref" ? definitions[node.key] : node;
      if ((target?.kind === "object" || target?.kind === "array") && target.typed && !found.some(([known]) => known === name)) found.push([name, target.kind]);
    }
  }
  containerFields.set(schema, found);
  return found;
}
