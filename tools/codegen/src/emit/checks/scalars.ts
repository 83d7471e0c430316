// Strings, numbers, booleans, null, several types, const, enum and open enums.
import type { EnumNode, JsonType, LiteralNode, OpenEnumNode, ScalarNode, StringNode, TypesNode } from "../../model/schema-node.js";
import type { CompileContext, Compiled } from "./context.js";
import { equals, fail, failUnless, literal, or, typeTest, whenType } from "./js.js";

/** More values than this: one Set lookup instead of comparisons. */
export const SET_THRESHOLD = 8;

export function compileString(node: StringNode, v: string, path: string[], ctx: CompileContext, knownType?: JsonType): Compiled {
  const rules: string[] = [];
  if (node.minLength !== undefined) {
    ctx.useLength();
    rules.push(fail(`ucs2length(${v}) < ${node.minLength}`));
  }
  if (node.pattern !== undefined)
    rules.push(failUnless(`${ctx.constant([...path, "pattern"], "RegExp", `${literal(node.pattern)}, "u"`)}.test(${v})`));
  if (!node.typed) return { lines: whenType("string", v, rules), cost: rules.length === 0 ? "cheap" : "walk" };
  const lines = knownType === "string" ? rules : [failUnless(typeTest("string", v)), ...rules];
  return { lines, cost: rules.length === 0 ? "cheap" : "walk" };
}

export function compileScalar(node: ScalarNode, v: string, knownType?: JsonType): Compiled {
  const lines = knownType === node.kind ? [] : [failUnless(typeTest(node.kind, v))];
  if (node.minimum !== undefined) lines.push(fail(`${v} < ${node.minimum}`));
  return { lines, cost: "cheap" };
}

/** `"type": [a, b]`: one test of the types, then the rules of the value's own type. */
export function compileTypes(node: TypesNode, v: string, path: string[], ctx: CompileContext): Compiled {
  const types = node.options.map((option) => option.kind as JsonType);
  const lines = [failUnless(or(types.map((type) => typeTest(type, v))))];
  let cost: Compiled["cost"] = "cheap";
  for (const option of node.options) {
    const type = option.kind as JsonType;
    const rules = ctx.compile(option, v, [...path, type], type);
    if (rules.lines.length === 0) continue;
    lines.push(...whenType(type, v, rules.lines));
    cost = "walk";
  }
  return { lines, cost };
}

export function compileLiteral(node: LiteralNode, v: string): Compiled {
  return { lines: [failUnless(equals(v, node.value))], cost: "cheap" };
}

export function compileEnum(node: EnumNode, v: string, path: string[], ctx: CompileContext): Compiled {
  if (node.values.length <= SET_THRESHOLD) return { lines: [failUnless(or(node.values.map((value) => equals(v, value))))], cost: "cheap" };
  return { lines: [failUnless(`${ctx.constant([...path, "values"], "Set<unknown>", literal(node.values))}.has(${v})`)], cost: "cheap" };
}

/** Known values of an open string accept any string: one typeof. */
export function compileOpenEnum(_node: OpenEnumNode, v: string): Compiled {
  return { lines: [failUnless(typeTest("string", v))], cost: "cheap" };
}
