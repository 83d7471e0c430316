// anyOf, not and if/then/else: each is a combination of the tests of its subschemas.
import type { AnyOfNode, ConditionalNode, NotNode, SchemaNode } from "../../model/schema-node.js";
import type { CompileContext, Compiled } from "./context.js";
import { failUnless, not, or } from "./js.js";

export function compileAnyOf(node: AnyOfNode, v: string, path: string[], ctx: CompileContext): Compiled {
  return { lines: [failUnless(or(node.branches.map((branch, i) => ctx.test(branch, v, [...path, `anyOf${i}`]).test)))], cost: "walk" };
}

/** A `not` that only names required keys is one property read: cheap, so it runs before walks. */
export function isRequiredOnly(node: SchemaNode): boolean {
  return node.kind === "object" && !node.typed && !node.additional && node.properties.every((p) => p.node.kind === "any");
}

export function compileNot(node: NotNode, v: string, path: string[], ctx: CompileContext): Compiled {
  return { lines: [failUnless(not(ctx.test(node.node, v, [...path, "not"]).test))], cost: isRequiredOnly(node.node) ? "cheap" : "walk" };
}

export function compileConditional(node: ConditionalNode, v: string, path: string[], ctx: CompileContext): Compiled {
  const test = ctx.test(node.if, v, [...path, "if"]).test;
  const then = node.thenNode ? ctx.test(node.thenNode, v, [...path, "then"]).test : "true";
  const otherwise = node.elseNode ? ctx.test(node.elseNode, v, [...path, "else"]).test : "true";
  return { lines: [failUnless(`${test} ? ${then} : ${otherwise}`)], cost: "walk" };
}
