// The envelope bounds of runtime/envelope-bounds.ts compiled for one vendor (in guards.ts, for
// validateErrorResponse): for a body that no envelope accepts, each envelope's lower bound of its
// rank, from straight reads of the body's top-level keys (the runtime's facts of each envelope,
// `envelopeFacts`) and the closed-list tags of first items (first-item-tags.ts).
import { EXCLUDED, FIELD_LIMIT, envelopeFacts } from "@commerce-errors/runtime";
import { rootShape } from "../model/root-shape.js";
import { firstItemTags } from "./first-item-tags.js";
import type { VendorModel } from "../model/vendor-model.js";
import { literal, read } from "./checks/js.js";

/** `function envelopeBounds(x: object, maxIssues: number): number[]`, for validateErrorResponse (parseErrorResponse ranks without bounds, which keeps them out of its bundle). */
export function compiledEnvelopeBounds(model: VendorModel, name: string): string {
  const facts = model.envelopes.map((envelope) => {
    const shape = rootShape(envelope.graph);
    const schema = { root: envelope.graph.root, definitions: envelope.graph.definitions, checks: {} };
    const takesArrays = !shape.types || shape.types.includes("array");
    return { ...envelopeFacts({ schema, types: shape.types, required: shape.required }), takesArrays, tags: firstItemTags(envelope.graph) };
  });
  // An array has no keys to read: an envelope that wants another root type, or excludes every
  // value that is not an object (a root `not` naming keys), is excluded; any other may be nearest.
  const arrayBounds = facts.map((fact) => (!fact.takesArrays || fact.exclusions.length > 0 ? String(EXCLUDED) : "0"));
  // Every read and every term once, as locals: the same key is in many envelopes' bounds.
  const locals: string[] = [];
  const names = new Map<string, string>();
  const named = (prefix: string, initializer: string): string => {
    let name = names.get(initializer);
    if (!name) {
      name = `${prefix}${names.size}`;
      names.set(initializer, name);
      locals.push(`${name} = ${initializer}`);
    }
    return name;
  };
  const field = (key: string) => named("k", read("x", key));
  const absent = (key: string) => named("a", `${field(key)} === undefined ? 1 : 0`);
  const bounds = facts.map((fact) => {
    if (!fact.takesObjects) return String(EXCLUDED);
    const slots = fact.required.map((list) => (list.length === 0 ? "0" : list.map(absent).join(" + ")));
    const missing = slots.length === 0 ? "0" : slots.length === 1 ? slots[0]! : `Math.min(${slots.join(", ")})`;
    // A field of another shape: one shape issue (rank element 2, the top digit).
    const shapes = fact.containers.map(([key, type]) => {
      const v = field(key);
      return named(
        "s",
        `${v} !== undefined && !${type === "array" ? `Array.isArray(${v})` : `isObject(${v})`} ? ${FIELD_LIMIT * FIELD_LIMIT} : 0`,
      );
    });
    // A first item whose tag is a string outside the closed list: two foreign values (rank element 3, the middle digit).
    const tags = fact.tags.map((tag) => {
      const found = named("t", `maxIssues > ${tag.before} ? firstItemTag(${field(tag.array)}, ${literal(tag.tag)}) : undefined`);
      const outside = tag.allowed.map((value) => `${found} !== ${literal(value)}`).join(" && ");
      return named("f", `typeof ${found} === "string" && ${outside} ? ${2 * FIELD_LIMIT} : 0`);
    });
    const bound = [...shapes, ...tags, missing].join(" + ");
    if (fact.exclusions.length === 0) return bound;
    const excluded = fact.exclusions.map((list) => list.map((key) => `${field(key)} !== undefined`).join(" && ") || "true");
    return `${excluded.map((test) => `(${test})`).join(" || ")} ? ${EXCLUDED} : ${bound}`;
  });
  return [
    "/** Each envelope's lower bound of its rank for a body no envelope accepts (runtime/envelope-bounds.ts): the likeliest are explained first, and one that ranks behind is not. */",
    `function ${name}(x: any, maxIssues: number): number[] {`,
    `  if (Array.isArray(x)) return [${arrayBounds.join(", ")}];`,
    ...(locals.length > 0 ? [`  const ${locals.join(", ")};`] : []),
    `  return [${bounds.join(", ")}];`,
    "}",
  ].join("\n");
}
