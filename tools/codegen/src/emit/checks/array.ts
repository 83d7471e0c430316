// Arrays: length bounds, the tuple's items by position, every later item, contains, uniqueItems.
import type { ArrayNode, JsonType } from "../../model/schema-node.js";
import type { CompileContext, Compiled } from "./context.js";
import { fail, failUnless, literal, not, typeTest, whenType } from "./js.js";

export function compileArray(node: ArrayNode, v: string, path: string[], ctx: CompileContext, knownType?: JsonType): Compiled {
  const rules: string[] = [];
  if (node.minItems !== undefined) rules.push(fail(`${v}.length < ${node.minItems}`));
  if (node.maxItems !== undefined) rules.push(fail(`${v}.length > ${node.maxItems}`));
  const tuple = node.tuple ?? [];
  tuple.forEach((item, i) => {
    if (item.kind !== "any") rules.push(fail(`${v}.length > ${i} && ${not(ctx.test(item, `${v}[${i}]`, [...path, `item${i}`]).test)}`));
  });
  if (node.items && node.items.kind !== "any") {
    const site = node.tuple ? undefined : ctx.noting?.site(node);
    const item = `${v}[i]`;
    const test =
      site !== undefined && node.items.kind === "ref"
        ? `${ctx.noting!.plainDefinition(node.items.key)}(${item})`
        : ctx.test(node.items, item, [...path, "items"]).test;
    const failed = site === undefined ? fail(not(test)) : `if (${not(test)}) return stoppedAt(${literal(site)}, ${v}, i);`;
    rules.push(`for (let i = ${tuple.length}, n = ${v}.length; i < n; i++) ${failed}`);
  }
  if (node.contains) {
    const test = ctx.test(node.contains, `${v}[i]`, [...path, "contains"]).test;
    rules.push(`for (let i = 0, n = ${v}.length; ; i++) {`, "if (i === n) return false;", `if (${test}) break;`, "}");
  }
  if (node.uniqueItems) rules.push(failUnless(`hasUniqueItems(${v})`));
  const cost = node.items || node.tuple || node.contains || node.uniqueItems ? "walk" : "cheap";
  if (!node.typed) return { lines: whenType("array", v, rules), cost };
  return { lines: knownType === "array" ? rules : [failUnless(typeTest("array", v)), ...rules], cost };
}
