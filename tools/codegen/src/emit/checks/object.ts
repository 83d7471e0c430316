// Objects: required keys, declared properties (each read once), pattern and undeclared
// properties, property names, property counts and dependencies. Own properties only (js.ts `read`).
import type { JsonType, ObjectNode } from "../../model/schema-node.js";
import type { CompileContext, Compiled } from "./context.js";
import { acceptsOnlyContainers } from "./shapes.js";
import { bareTypeTest, fail, failUnless, literal, not, optionalOfType, read, typeTest, whenType } from "./js.js";

const unconstrained = (node: ObjectNode["properties"][number]["node"] | undefined) => node === undefined || node.kind === "any";

export function compileObject(node: ObjectNode, v: string, path: string[], ctx: CompileContext, knownType?: JsonType): Compiled {
  const rules: string[] = [];
  const required = new Set(node.required);
  const declared = new Map(node.properties.map((p) => [p.name, p.node]));
  for (const name of required) if (unconstrained(declared.get(name))) rules.push(fail(`${read(v, name)} === undefined`));
  // Fail fast: presence of every required key first, then cheap scalar checks, then nested walks.
  const checks = node.properties
    .filter((p) => !unconstrained(p.node))
    .map((p, index) => {
      const local = `p${index}`; // each property is read once
      return { name: p.name, local, ...ctx.test(p.node, local, [...path, p.name]) };
    });
  for (const check of checks)
    if (required.has(check.name) && check.cost === "walk") rules.push(fail(`${read(v, check.name)} === undefined`));
  for (const { name, local, test } of [...checks.filter((c) => c.cost === "cheap"), ...checks.filter((c) => c.cost === "walk")]) {
    // A bare type test reads the property once without a local: undefined fails every type test,
    // and an optional one is a helper call.
    const type = bareTypeTest(test, local);
    if (type !== undefined && (!required.has(name) || test.split(local).length === 2)) {
      const value = read(v, name);
      rules.push(failUnless(required.has(name) ? test.split(local).join(value) : optionalOfType(type, value)));
      continue;
    }
    // A required property whose check turns undefined away (an object, an array) needs no presence
    // test of its own, even when a getter answers differently the second time.
    const rejectsAbsent = required.has(name) && acceptsOnlyContainers(declared.get(name)!, ctx.definitions);
    const missing = rejectsAbsent ? "" : required.has(name) ? `${local} === undefined || ` : `${local} !== undefined && `;
    rules.push(`const ${local} = ${read(v, name)};`, fail(`${missing}${not(test)}`));
  }
  for (const dependency of node.dependencies ?? []) {
    const present = `${read(v, dependency.name)} !== undefined`;
    const holds = dependency.required
      ? dependency.required.map((key) => `${read(v, key)} !== undefined`).join(" && ")
      : ctx.test(dependency.node!, v, [...path, "dependency", dependency.name]).test;
    rules.push(fail(`${present} && ${not(holds)}`));
  }
  rules.push(...eachKey(node, v, path, ctx));
  if (node.minProperties !== undefined) rules.push(fail(`Object.keys(${v}).length < ${node.minProperties}`));
  if (node.maxProperties !== undefined) rules.push(fail(`Object.keys(${v}).length > ${node.maxProperties}`));
  const cost =
    checks.some((c) => c.cost === "walk") || node.additional || node.patterns || node.names || node.dependencies ? "walk" : "cheap";
  if (!node.typed) return { lines: whenType("object", v, rules), cost };
  return { lines: knownType === "object" ? rules : [failUnless(typeTest("object", v)), ...rules], cost };
}

/** One loop over the own keys: property names, pattern properties, then undeclared properties. */
function eachKey(node: ObjectNode, v: string, path: string[], ctx: CompileContext): string[] {
  const patterns = node.patterns ?? [];
  if (!node.names && patterns.length === 0 && !node.additional) return [];
  const body: string[] = [];
  if (node.names) body.push(fail(not(ctx.test(node.names, "key", [...path, "names"]).test)));
  const matched: string[] = [];
  patterns.forEach(({ pattern, node: sub }, i) => {
    const regex = ctx.constant([...path, "pattern", String(i)], "RegExp", `${literal(pattern)}, "u"`);
    matched.push(`${regex}.test(key)`);
    if (sub.kind !== "any")
      body.push(fail(`${regex}.test(key) && ${not(ctx.test(sub, `${v}[key]`, [...path, "pattern", String(i)]).test)}`));
  });
  if (node.additional) {
    const known = [...node.properties.map((p) => `key === ${JSON.stringify(p.name)}`), ...matched];
    const test = ctx.test(node.additional, `${v}[key]`, [...path, "additional"]).test;
    body.push(fail(`${known.length > 0 ? `!(${known.join(" || ")}) && ` : ""}${not(test)}`));
  }
  return [`for (const key of Object.keys(${v})) {`, ...body, "}"];
}
