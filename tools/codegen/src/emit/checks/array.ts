// Arrays: length bounds, the tuple's items by position, every later item, contains, uniqueItems.
import type { ArrayNode, JsonType } from "../../model/schema-node.js";
import type { CompileContext, Compiled } from "./context.js";
import { fail, failUnless, not, typeTest, whenType } from "./js.js";

export function compileArray(node: ArrayNode, v: string, path: string[], ctx: CompileContext, knownType?: JsonType): Compiled {
  const rules: string[] = [];
  if (node.minItems !== undefined) rules.push(fail(`${v}.length < ${node.minItems}`));
  if (node.maxItems !== undefined) rules.push(fail(`${v}.length > ${node.maxItems}`));
  const tuple = node.tuple ?? [];
  tuple.forEach((item, i) => {
    if (item.kind !== "any") rules.push(fail(`${v}.length > ${i} && ${not(ctx.test(item, `${v}[${i}]`, [...path, `item${i}`]).test)}`));
  });
  if (node.items && node.items.kind !== "any") {
    rules.push(
      `for (let i = ${tuple.length}, n = ${v}.length; i < n; i++) ${fail(not(ctx.test(node.items, `${v}[i]`, [...path, "items"]).test))}`,
    );
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
