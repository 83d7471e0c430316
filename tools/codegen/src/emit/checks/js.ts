// The small vocabulary the check compiler writes JavaScript with, so each node kind's module says
// what it tests, not how to spell it. `v` is always a JavaScript expression naming the value.
import type { JsonType, Primitive } from "../../model/schema-node.js";

/** Wraps an expression in parentheses unless it is one already, or a name, a call or a member read. */
export function group(expression: string): string {
  if (/^[\w$.]+(\[[^\]]*\])*(\([^()]*\))?$/.test(expression) || isParenthesised(expression)) return expression;
  return `(${expression})`;
}

function isParenthesised(expression: string): boolean {
  if (!expression.startsWith("(") || !expression.endsWith(")")) return false;
  let depth = 0;
  for (let i = 0; i < expression.length; i++) {
    if (expression[i] === "(") depth++;
    else if (expression[i] === ")") depth--;
    if (depth === 0 && i < expression.length - 1) return false;
  }
  return true;
}

/** The negation; of a negation, what it negates. */
export function not(expression: string): string {
  const negated = expression.startsWith("!") ? expression.slice(1) : undefined;
  if (negated !== undefined && !negated.startsWith("=") && group(negated) === negated) return negated;
  return `!${group(expression)}`;
}
export const or = (parts: string[]): string => (parts.length === 1 ? parts[0]! : parts.map(group).join(" || "));
export const and = (parts: string[]): string => (parts.length === 1 ? parts[0]! : parts.map(group).join(" && "));
export const literal = (value: unknown): string => JSON.stringify(value);
/** Names every object inherits (`constructor`, `toString`, `__proto__`...): only an own one counts. */
const INHERITED = new Set(["__proto__", ...Object.getOwnPropertyNames(Object.prototype)]);

/**
 * An own property's value, or undefined. JSON Schema means own properties; a plain read is one for
 * every name Object.prototype lacks (JSON objects inherit nothing else), so only those names pay
 * for a hasOwn test.
 */
export const read = (v: string, key: string): string =>
  INHERITED.has(key) ? `(hasOwn(${v}, ${JSON.stringify(key)}) ? ${v}[${JSON.stringify(key)}] : undefined)` : `${v}[${JSON.stringify(key)}]`;
export const equals = (v: string, value: Primitive): string => `${v} === ${literal(value)}`;

/** A statement that returns false unless the condition holds. */
export const failUnless = (condition: string): string => fail(not(condition));
export const fail = (condition: string): string => `if (${isParenthesised(condition) ? condition.slice(1, -1) : condition}) return false;`;

export function typeTest(type: JsonType, v: string): string {
  switch (type) {
    case "object":
      return `isObject(${v})`;
    case "array":
      return `Array.isArray(${v})`;
    case "string":
      return `typeof ${v} === "string"`;
    case "integer":
      return `Number.isInteger(${v})`; // AJV's strict integer: finite, no fraction (NaN and Infinity fail)
    case "number":
      return `(typeof ${v} === "number" && isFinite(${v}))`;
    case "boolean":
      return `typeof ${v} === "boolean"`;
    case "null":
      return `${v} === null`;
  }
}

/** Rules that apply only to values of one type (a schema without `type`), as one guarded block. */
export const whenType = (type: JsonType, v: string, lines: string[]): string[] =>
  lines.length === 0 ? [] : [`if (${typeTest(type, v)}) {`, ...lines, "}"];

export const checkFunction = (name: string, body: string[]): string => `function ${name}(x: any): boolean {\n${body.join("\n")}\n}`;
export const pureConstant = (name: string, type: string, initializer: string): string =>
  `const ${name} = /* @__PURE__ */ new ${type}(${initializer});`;

/** A JavaScript identifier made from a definition key and a path inside it. */
export function identifier(...parts: string[]): string {
  return parts
    .map((part) => part.replace(/[^A-Za-z0-9_]/g, "_"))
    .join("_")
    .replace(/_+/g, "_");
}

/** The runtime/is.ts helper that tests an optional property of a type, for the types that have one. */
const optionalHelpers: Partial<Record<JsonType, string>> = {
  string: "isOptionalString",
  object: "isOptionalObject",
  integer: "isOptionalInteger",
  number: "isOptionalNumber",
  boolean: "isOptionalBoolean",
  array: "isOptionalArray",
};

/** The JSON type whose bare type test `test` is (of `v`), if it is one. */
export function bareTypeTest(test: string, v: string): JsonType | undefined {
  return (Object.keys(optionalHelpers) as JsonType[]).find((type) => group(typeTest(type, v)) === group(test));
}

/** `read` is absent or of the type: one helper call, so the property needs no local. */
export const optionalOfType = (type: JsonType, read: string): string => `${optionalHelpers[type]}(${read})`;

/** Every runtime helper the compiled code may call (imported when it does). */
export const typeHelpers = [
  "isObject",
  ...Object.values(optionalHelpers),
  "hasOwn",
  "jsonEqual",
  "hasUniqueItems",
  "isMultipleOf",
] as string[];

/** Statements that declare locals are wrapped in a block, so two of them can share a function body. */
export function scoped(lines: string[]): string[] {
  return lines.some((line) => /^(const|let) /.test(line)) ? ["{", ...lines, "}"] : lines;
}
