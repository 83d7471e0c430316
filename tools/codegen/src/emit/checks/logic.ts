// anyOf, oneOf, not and if/then/else: each is a combination of the tests of its subschemas.
import type { AnyOfNode, ConditionalNode, NotNode, OneOfNode, SchemaNode } from "../../model/schema-node.js";
import type { CompileContext, Compiled } from "./context.js";
import { failUnless, not, or } from "./js.js";

export function compileAnyOf(node: AnyOfNode, v: string, path: string[], ctx: CompileContext): Compiled {
  if (node.branches.length === 0) return { lines: ["return false;"], cost: "cheap" };
  return { lines: [failUnless(or(node.branches.map((branch, i) => ctx.test(branch, v, [...path, `anyOf${i}`]).test)))], cost: "walk" };
}

/** Exactly one branch: counts the passing branches, and fails as soon as a second one passes. */
export function compileOneOf(node: OneOfNode, v: string, path: string[], ctx: CompileContext): Compiled {
  const tests = node.branches.map((branch, i) => ctx.test(branch, v, [...path, `oneOf${i}`]).test);
  if (tests.length === 0) return { lines: ["return false;"], cost: "cheap" };
  if (tests.length === 1) return { lines: [failUnless(tests[0]!)], cost: "walk" };
  const lines = ["{", "let passed = false;"];
  for (const test of tests) lines.push(`if (${test}) {`, "if (passed) return false;", "passed = true;", "}");
  return { lines: [...lines, "if (!passed) return false;", "}"], cost: "walk" };
}

/** A `not` that only names required keys is one property read: cheap, so it runs before walks. */
export function isRequiredOnly(node: SchemaNode): boolean {
  return (
    node.kind === "object" &&
    !node.typed &&
    !node.additional &&
    !node.patterns &&
    !node.names &&
    !node.dependencies &&
    node.maxProperties === undefined &&
    node.properties.every((p) => p.node.kind === "any")
  );
}

export function compileNot(node: NotNode, v: string, path: string[], ctx: CompileContext): Compiled {
  return { lines: [failUnless(not(ctx.test(node.node, v, [...path, "not"]).test))], cost: isRequiredOnly(node.node) ? "cheap" : "walk" };
}

export function compileConditional(node: ConditionalNode, v: string, path: string[], ctx: CompileContext): Compiled {
  const always = { test: "true", cost: "cheap" as const };
  const parts = [
    ctx.test(node.if, v, [...path, "if"]),
    node.thenNode ? ctx.test(node.thenNode, v, [...path, "then"]) : always,
    node.elseNode ? ctx.test(node.elseNode, v, [...path, "else"]) : always,
  ];
  const [test, then, otherwise] = parts.map((part) => part.test);
  return { lines: [failUnless(`${test} ? ${then} : ${otherwise}`)], cost: parts.every((part) => part.cost === "cheap") ? "cheap" : "walk" };
}
