// Strings, numbers, booleans, null, several types, const, enum and open enums.
import type {
  EnumNode,
  JsonType,
  JsonValue,
  LiteralNode,
  OpenEnumNode,
  ScalarNode,
  StringNode,
  TypesNode,
} from "../../model/schema-node.js";
import type { CompileContext, Compiled } from "./context.js";
import { and, equals, fail, failUnless, literal, or, read, typeTest, whenType } from "./js.js";

/** More values than this: one Set lookup instead of comparisons. */
export const SET_THRESHOLD = 8;

export function compileString(node: StringNode, v: string, path: string[], ctx: CompileContext, knownType?: JsonType): Compiled {
  const rules: string[] = [];
  if (node.minLength !== undefined || node.maxLength !== undefined) ctx.useLength();
  if (node.minLength !== undefined) rules.push(fail(`ucs2length(${v}) < ${node.minLength}`));
  if (node.maxLength !== undefined) rules.push(fail(`ucs2length(${v}) > ${node.maxLength}`));
  if (node.pattern !== undefined)
    rules.push(failUnless(`${ctx.constant([...path, "pattern"], "RegExp", `${literal(node.pattern)}, "u"`)}.test(${v})`));
  if (!node.typed) return { lines: whenType("string", v, rules), cost: rules.length === 0 ? "cheap" : "walk" };
  const lines = knownType === "string" ? rules : [failUnless(typeTest("string", v)), ...rules];
  return { lines, cost: rules.length === 0 ? "cheap" : "walk" };
}

/** The bounds of a number, each a condition that holds when the value is within it. */
export function numberBounds(node: ScalarNode, v: string): string[] {
  const bounds: string[] = [];
  if (node.minimum !== undefined) bounds.push(`${v} >= ${node.minimum}`);
  if (node.maximum !== undefined) bounds.push(`${v} <= ${node.maximum}`);
  if (node.exclusiveMinimum !== undefined) bounds.push(`${v} > ${node.exclusiveMinimum}`);
  if (node.exclusiveMaximum !== undefined) bounds.push(`${v} < ${node.exclusiveMaximum}`);
  if (node.multipleOf !== undefined) bounds.push(`isMultipleOf(${v}, ${node.multipleOf})`);
  return bounds;
}

/** The node as one expression (a type test and its bounds). */
export function scalarTest(node: ScalarNode, v: string): string {
  const bounds = numberBounds(node, v);
  // Comparisons and calls bind tighter than &&: the bounds need no parentheses of their own.
  if (node.typed === false) return bounds.length === 0 ? "true" : `(typeof ${v} !== "number" || (${bounds.join(" && ")}))`;
  return bounds.length === 0 ? typeTest(node.kind, v) : `(${[typeTest(node.kind, v), ...bounds].join(" && ")})`;
}

export function compileScalar(node: ScalarNode, v: string, knownType?: JsonType): Compiled {
  const rules = numberBounds(node, v).map(failUnless);
  if (node.typed === false) return { lines: whenType("number", v, rules), cost: "cheap" };
  return { lines: knownType === node.kind ? rules : [failUnless(typeTest(node.kind, v)), ...rules], cost: "cheap" };
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

const isPrimitive = (value: JsonValue): value is string | number | boolean | null => typeof value !== "object" || value === null;

/** Structured values of at most this many parts (containers and leaves) are compared inline. */
const INLINE_PARTS = 12;

const partsOf = (value: JsonValue): number =>
  isPrimitive(value) ? 1 : 1 + (Array.isArray(value) ? value : Object.values(value)).reduce<number>((sum, item) => sum + partsOf(item), 0);

/**
 * `v` equals a JSON value: `===` for a primitive; a small array or object part by part (its type,
 * its length or values, then its key count: the key list is made only for a value that matched
 * so far); a larger one by a deep comparison with a shared constant.
 */
export function equalsValue(v: string, value: JsonValue, path: string[], ctx: CompileContext): string {
  if (isPrimitive(value)) return equals(v, value);
  return partsOf(value) <= INLINE_PARTS ? `(${equalsInline(v, value)})` : `jsonEqual(${v}, ${ctx.value(path, value)})`;
}

function equalsInline(v: string, value: JsonValue): string {
  if (isPrimitive(value)) return equals(v, value);
  if (Array.isArray(value))
    return and([typeTest("array", v), `${v}.length === ${value.length}`, ...value.map((item, i) => equalsInline(`${v}[${i}]`, item))]);
  const keys = Object.keys(value);
  // Own keys, as jsonEqual reads them: the same count, and each of the value's keys has an equal value.
  return and([
    typeTest("object", v),
    ...keys.map((key) => equalsInline(read(v, key), value[key]!)),
    `Object.keys(${v}).length === ${keys.length}`,
  ]);
}

export function compileLiteral(node: LiteralNode, v: string, path: string[], ctx: CompileContext): Compiled {
  return { lines: [failUnless(equalsValue(v, node.value, [...path, "const"], ctx))], cost: "cheap" };
}

export function enumTest(node: EnumNode, v: string, path: string[], ctx: CompileContext): string {
  if (node.values.length > SET_THRESHOLD && node.values.every(isPrimitive))
    return `${ctx.constant([...path, "values"], "Set<unknown>", literal(node.values))}.has(${v})`;
  if (node.values.length === 0) return "false";
  return or(node.values.map((value, i) => equalsValue(v, value, [...path, `value${i}`], ctx)));
}

export function compileEnum(node: EnumNode, v: string, path: string[], ctx: CompileContext): Compiled {
  return { lines: [failUnless(enumTest(node, v, path, ctx))], cost: "cheap" };
}

/** Known values of an open string accept any string: one typeof. */
export function compileOpenEnum(_node: OpenEnumNode, v: string): Compiled {
  return { lines: [failUnless(typeTest("string", v))], cost: "cheap" };
}
