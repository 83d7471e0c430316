// Discriminated unions and the open union: one read of the tag, then straight to its case.
import type { DiscriminatedNode, ObjectNode, OpenUnionNode, SchemaNode } from "../../model/schema-node.js";
import type { CompileContext, Compiled } from "./context.js";
import { failUnless, literal, read, typeTest } from "./js.js";
import { SET_THRESHOLD } from "./scalars.js";

interface Route {
  code: string;
  /** The function that checks the rest of the case. */
  target: string;
}

/**
 * A switch on the tag; one Set lookup when every known tag has the same shape (e.g. all Commerce
 * Layer codes); many tags: one Map lookup to the case's number, then a jump table, instead of
 * comparing the tag with every documented code in turn.
 */
export function dispatch(tag: string, routes: Route[], v: string, otherwise: string, path: string[], ctx: CompileContext): string[] {
  const targets = [...new Set(routes.map((r) => r.target))];
  if (targets.length === 1 && routes.length > SET_THRESHOLD) {
    const tags = ctx.constant([...path, "tags"], "Set<unknown>", literal(routes.map((r) => r.code)));
    return [`if (${tags}.has(${tag})) return ${targets[0]}(${v});`, otherwise];
  }
  if (routes.length <= SET_THRESHOLD) {
    const lines = [`switch (${tag}) {`];
    for (const target of targets)
      lines.push(
        `${routes
          .filter((r) => r.target === target)
          .map((r) => `case ${literal(r.code)}:`)
          .join(" ")} return ${target}(${v});`,
      );
    return [...lines, `default: ${otherwise}`, "}"];
  }
  const table = ctx.constant(
    [...path, "caseOf"],
    "Map<unknown, number>",
    JSON.stringify(routes.map((r) => [r.code, targets.indexOf(r.target)])),
  );
  const lines = [`switch (${table}.get(${tag})) {`];
  for (const [index, target] of targets.entries()) lines.push(`case ${index}: return ${target}(${v});`);
  return [...lines, `default: ${otherwise}`, "}"];
}

function routesOf(union: DiscriminatedNode, ctx: CompileContext): Route[] {
  return union.cases.map((c) => ({ code: c.code, target: ctx.afterTag(c.key, union.tag) }));
}

export function compileDiscriminated(node: DiscriminatedNode, v: string, path: string[], ctx: CompileContext): Compiled {
  const lines = [failUnless(typeTest("object", v)), ...dispatch(read(v, node.tag), routesOf(node, ctx), v, "return false;", path, ctx)];
  return { lines, terminal: true, cost: "walk" };
}

/** Known tags go straight to their case, others to the catch-all. */
export function compileOpenUnion(node: OpenUnionNode, v: string, path: string[], ctx: CompileContext): Compiled {
  const union = ctx.definitions[node.union];
  if (union?.kind !== "discriminated") throw new Error(`open union: ${node.union} is not a discriminated union`);
  const otherwise = `return ${ctx.test(node.catchAll, v, [...path, "catchAll"]).test};`;
  // Every known code has the catch-all's fields (Commerce Layer's): the tag decides nothing, so it is not looked up.
  if (casesAreCatchAll(node, union, ctx.definitions)) return { lines: [otherwise], terminal: true, cost: "walk" };
  return {
    lines: [failUnless(typeTest("object", v)), ...dispatch(read(v, node.tag), routesOf(union, ctx), v, otherwise, path, ctx)],
    terminal: true,
    cost: "walk",
  };
}

/**
 * Whether each case is the catch-all with its own tag: the same object rules once the tag property
 * is set aside, and a catch-all whose tag is any string (as every case's tag is). Then a value
 * passes its case exactly when it passes the catch-all.
 */
function casesAreCatchAll(node: OpenUnionNode, union: DiscriminatedNode, definitions: Readonly<Record<string, SchemaNode>>): boolean {
  const resolve = (n: SchemaNode | undefined) => (n?.kind === "ref" ? definitions[n.key] : n);
  const catchAll = resolve(node.catchAll);
  if (catchAll?.kind !== "object" || !catchAll.typed) return false;
  const tag = catchAll.properties.find((p) => p.name === node.tag)?.node;
  const anyString = tag === undefined || tag.kind === "openEnum" || (tag.kind === "string" && tag.typed && Object.keys(tag).length === 2);
  if (!anyString) return false;
  const withoutTag = (o: ObjectNode) =>
    JSON.stringify(
      { ...o, properties: o.properties.filter((p) => p.name !== node.tag), required: o.required.filter((name) => name !== node.tag) },
      (key, value) => (key === "description" ? undefined : value),
    );
  const rules = withoutTag(catchAll);
  return union.cases.every(({ key }) => {
    const found = definitions[key];
    return found?.kind === "object" && withoutTag(found) === rules;
  });
}
