// Arrays: minItems, then every item.
import type { ArrayNode, JsonType } from "../../model/schema-node.js";
import type { CompileContext, Compiled } from "./context.js";
import { fail, failUnless, not, typeTest, whenType } from "./js.js";

export function compileArray(node: ArrayNode, v: string, path: string[], ctx: CompileContext, knownType?: JsonType): Compiled {
  const rules: string[] = [];
  if (node.minItems !== undefined) rules.push(fail(`${v}.length < ${node.minItems}`));
  if (node.items && node.items.kind !== "any") {
    rules.push(`for (let i = 0, n = ${v}.length; i < n; i++) ${fail(not(ctx.test(node.items, `${v}[i]`, [...path, "items"]).test))}`);
  }
  const cost = node.items ? "walk" : "cheap";
  if (!node.typed) return { lines: whenType("array", v, rules), cost };
  return { lines: knownType === "array" ? rules : [failUnless(typeTest("array", v)), ...rules], cost };
}
