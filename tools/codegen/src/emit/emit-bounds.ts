// The envelope bounds of runtime/envelope-bounds.ts compiled for one vendor: for an object that no
// envelope accepts, each envelope's lower bound of its rank from straight reads of the body's
// top-level keys (the runtime's own facts of each envelope, `envelopeFacts`, so the numbers are
// the runtime's), instead of the runtime's index of keys, which costs a Map lookup per key.
import { EXCLUDED, FIELD_LIMIT, envelopeFacts } from "@commerce-errors/runtime";
import { rootShape } from "../model/root-shape.js";
import type { VendorModel } from "../model/vendor-model.js";
import { literal, read } from "./checks/js.js";

/** `function envelopeBounds(x: any, maxIssues: number): number[]`, or undefined when no envelope reads a key (the runtime's bounds are then as cheap). */
export function compiledEnvelopeBounds(model: VendorModel, name: string): string | undefined {
  const facts = model.envelopes.map((envelope) => {
    const shape = rootShape(envelope.graph);
    const schema = { root: envelope.graph.root, definitions: envelope.graph.definitions, checks: {} };
    return envelopeFacts({ schema, types: shape.types, required: shape.required });
  });
  const keys: string[] = [];
  const tagReads: string[] = [];
  const local = (key: string): string => {
    if (!keys.includes(key)) keys.push(key);
    return `k${keys.indexOf(key)}`;
  };
  const bounds = facts.map((fact) => {
    if (!fact.takesObjects) return String(EXCLUDED);
    const absent = (key: string) => `(${local(key)} === undefined ? 1 : 0)`;
    const slots = fact.required.map((list) => (list.length === 0 ? "0" : list.map(absent).join(" + ")));
    const missing = slots.length === 0 ? "0" : slots.length === 1 ? slots[0]! : `Math.min(${slots.join(", ")})`;
    const shapes = fact.containers.map(([key, type]) => {
      const v = local(key);
      return `(${v} !== undefined && !${type === "array" ? `Array.isArray(${v})` : `isObject(${v})`} ? 1 : 0)`;
    });
    const shape =
      shapes.length === 0 ? "" : `${shapes.length === 1 ? shapes[0] : `(${shapes.join(" + ")})`} * ${FIELD_LIMIT * FIELD_LIMIT} + `;
    // A first item whose tag is a string outside the closed list: two foreign values (runtime `boundOf`).
    const tags = fact.tags.map((tag) => {
      const found = `t${tagReads.length}`;
      tagReads.push(`${found} = maxIssues > ${tag.before} ? firstItemTag(${local(tag.array)}, ${literal(tag.tag)}) : undefined`);
      const outside = tag.allowed.map((value) => `${found} !== ${literal(value)}`).join(" && ");
      return `(typeof ${found} === "string" && ${outside} ? ${2 * FIELD_LIMIT} : 0)`;
    });
    const bound = `${shape}${[...tags, missing].join(" + ")}`;
    if (fact.exclusions.length === 0) return bound;
    const excluded = fact.exclusions.map((list) => list.map((key) => `${local(key)} !== undefined`).join(" && ") || "true");
    return `${excluded.map((test) => `(${test})`).join(" || ")} ? ${EXCLUDED} : ${bound}`;
  });
  if (keys.length === 0) return undefined;
  const reads = keys.map((key, index) => `k${index} = ${read("x", key)}`);
  return [
    "/** Each envelope's lower bound of its rank for an object no envelope accepts (runtime/envelope-bounds.ts, compiled from the same facts). */",
    `function ${name}(x: any, maxIssues: number): number[] {`,
    `  const ${[...reads, ...tagReads].join(", ")};`,
    `  return [${bounds.join(", ")}];`,
    "}",
  ].join("\n");
}
