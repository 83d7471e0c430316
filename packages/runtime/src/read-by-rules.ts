// The interpreter of reading rules (reading-rules.ts): a body, and the rules of the envelope that
// accepted it -> code, message, details, request id, retry advice; or the marks that tell its vendor
// apart. Plain data in, plain data out: no eval, no dependencies, and it never throws.
import {
  ruleDetails as detailsOf,
  ruleList as listOf,
  ruleOptionalString as optionalString,
  ruleOwn as own,
  rulePointer as pointerFrom,
  ruleRetry as retryOf,
  ruleText as textOf,
} from "./compiled-rules.js";
import { lastPointerToken } from "./path-notation.js";
import { valueAt } from "./pointer.js";
import type {
  ErrorMarkRules,
  ErrorReadingRules,
  RuleReading,
  RuleRetryHint,
} from "./reading-rules.js";

type Dict = Record<string, unknown>;

interface Scope {
  it: unknown;
  vars: Map<string, unknown>;
  defs: Dict;
  lists: Dict;
  functions: Dict;
  /** Reads a value as whichever envelope accepts it (a batch's results), or undefined. */
  read(value: unknown): RuleReading | undefined;
}

type Operation = (expr: Dict, scope: Scope) => unknown;

function isDict(value: unknown): value is Dict {
  return typeof value === "object" && value !== null;
}

function finite(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

const compiled = /* @__PURE__ */ new Map<string, RegExp>();

function regex(source: unknown): RegExp {
  const text = String(source);
  let pattern = compiled.get(text);
  if (!pattern) compiled.set(text, (pattern = new RegExp(text)));
  return pattern;
}

/** `/pointer` into the current value, `@` itself, `@name/pointer` into a named value; any other string is itself. */
function reference(text: string, scope: Scope): unknown {
  if (text.startsWith("/")) return valueAt(scope.it, text);
  if (!text.startsWith("@")) return text;
  const slash = text.indexOf("/");
  const name = text.slice(1, slash < 0 ? undefined : slash);
  const base = name === "" ? scope.it : scope.vars.get(name);
  return slash < 0 ? base : valueAt(base, text.slice(slash));
}

function evaluate(expr: unknown, scope: Scope): unknown {
  if (typeof expr === "string") return reference(expr, scope);
  if (Array.isArray(expr)) return expr.map((item) => evaluate(item, scope));
  if (!isDict(expr)) return expr;
  for (const key of Object.keys(expr)) {
    const operation = own(operations, key) as Operation | undefined;
    if (operation) return operation(expr, scope);
  }
  return undefined;
}

/** The scope inside a list: the item is `@` (and `@<as>`), its position `@index` (or `@<index>`). */
function inside(scope: Scope, expr: Dict, item: unknown, index: number): Scope {
  const vars = new Map(scope.vars);
  if (typeof expr.as === "string") vars.set(expr.as, item);
  vars.set(typeof expr.index === "string" ? expr.index : "index", index);
  return { ...scope, it: item, vars };
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
}

function stringTest(value: unknown, operand: unknown, test: (value: string, operand: string) => boolean): boolean {
  return typeof value === "string" && typeof operand === "string" && test(value, operand);
}

/** Every given test holds of a defined value. */
function holds(value: unknown, expr: Dict, scope: Scope): boolean {
  if (value === undefined) return false;
  const operand = (key: string) => evaluate(expr[key], scope);
  if ("equals" in expr && value !== operand("equals")) return false;
  if ("oneOf" in expr && !listOf(operand("oneOf")).includes(value)) return false;
  if ("notOneOf" in expr && listOf(operand("notOneOf")).includes(value)) return false;
  if ("in" in expr && !listOf(own(scope.lists, String(expr.in))).includes(value)) return false;
  if ("prefix" in expr && !stringTest(value, operand("prefix"), (text, part) => text.startsWith(part))) return false;
  if ("suffix" in expr && !stringTest(value, operand("suffix"), (text, part) => text.endsWith(part))) return false;
  if ("includes" in expr && !stringTest(value, operand("includes"), (text, part) => text.includes(part))) return false;
  if ("regex" in expr && !(typeof value === "string" && regex(expr.regex).test(value))) return false;
  if ("type" in expr && typeName(value) !== expr.type) return false;
  if ("min" in expr && !(typeof value === "number" && value >= Number(expr.min))) return false;
  if ("max" in expr && !(typeof value === "number" && value <= Number(expr.max))) return false;
  return true;
}

function retryHint(expr: Dict, scope: Scope): RuleRetryHint | undefined {
  if (expr.retry === "after-refetch") {
    const currentVersion = finite(evaluate(expr.currentVersion, scope));
    return currentVersion === undefined ? { kind: "after-refetch" } : { kind: "after-refetch", currentVersion };
  }
  if (expr.retry !== "with-backoff") return undefined;
  const seconds = finite(evaluate(expr.afterSeconds, scope));
  const afterMs = finite(evaluate(expr.afterMs, scope)) ?? (seconds === undefined ? undefined : seconds * 1000);
  return afterMs === undefined ? { kind: "with-backoff" } : { kind: "with-backoff", afterMs };
}

const operations: Record<string, Operation> = {
  const: (expr) => expr.const,
  use: (expr, scope) => evaluate(own(scope.defs, String(expr.use)), scope),
  first: (expr, scope) => {
    for (const each of listOf(expr.first)) {
      const value = evaluate(each, scope);
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  },
  /** JavaScript's `||`: the first truthy value, else the last one. */
  or: (expr, scope) => {
    let value: unknown;
    for (const each of listOf(expr.or)) if ((value = evaluate(each, scope))) return value;
    return value;
  },
  and: (expr, scope) => {
    let value: unknown = true;
    for (const each of listOf(expr.and)) if (!(value = evaluate(each, scope))) return value;
    return value;
  },
  not: (expr, scope) => !evaluate(expr.not, scope),
  if: (expr, scope) => evaluate(evaluate(expr.if, scope) ? expr.then : expr.else, scope),
  test: (expr, scope) => holds(evaluate(expr.test, scope), expr, scope),
  each: (expr, scope) =>
    listOf(evaluate(expr.each, scope)).flatMap((item, index) => {
      const itemScope = inside(scope, expr, item, index);
      if ("where" in expr && !evaluate(expr.where, itemScope)) return [];
      const value = "map" in expr ? evaluate(expr.map, itemScope) : item;
      return (Array.isArray(value) ? value : [value]).filter((each) => each !== undefined && each !== null);
    }),
  find: (expr, scope) =>
    listOf(evaluate(expr.find, scope)).find((item, index) => evaluate(expr.where ?? "@", inside(scope, expr, item, index))),
  some: (expr, scope) =>
    listOf(evaluate(expr.some, scope)).some((item, index) => evaluate(expr.where ?? "@", inside(scope, expr, item, index))),
  values: (expr, scope) => {
    const value = evaluate(expr.values, scope);
    return isDict(value) ? Object.values(value) : [];
  },
  keys: (expr, scope) => {
    const value = evaluate(expr.keys, scope);
    return isDict(value) ? Object.keys(value) : [];
  },
  entries: (expr, scope) => {
    const value = evaluate(expr.entries, scope);
    return isDict(value) ? Object.entries(value).map(([key, entry]) => ({ key, value: entry })) : [];
  },
  count: (expr, scope) => {
    const value = evaluate(expr.count, scope);
    return Array.isArray(value) ? value.length : undefined;
  },
  last: (expr, scope) => {
    const value = evaluate(expr.last, scope);
    return Array.isArray(value) ? value[value.length - 1] : undefined;
  },
  sum: (expr, scope) => {
    let total = 0;
    for (const each of listOf(expr.sum)) {
      const value = finite(evaluate(each, scope));
      if (value === undefined) return undefined;
      total += value;
    }
    return total;
  },
  /** The parts as one string; undefined when a part is neither a string nor a number. */
  concat: (expr, scope) => {
    let text = "";
    for (const each of listOf(expr.concat)) {
      const value = evaluate(each, scope);
      if (typeof value !== "string" && finite(value) === undefined) return undefined;
      text += String(value);
    }
    return text;
  },
  join: (expr, scope) => {
    const value = evaluate(expr.join, scope);
    return Array.isArray(value) ? value.map(textOf).join(String(expr.with ?? "")) : undefined;
  },
  split: (expr, scope) => {
    const value = evaluate(expr.split, scope);
    return typeof value === "string" ? value.split(String(expr.by)) : undefined;
  },
  /** The first defined group of the given ones (0, the whole match, by default), or undefined. */
  match: (expr, scope) => {
    const value = evaluate(expr.match, scope);
    const found = typeof value === "string" ? regex(expr.regex).exec(value) : null;
    return found ? listOf(expr.group ?? 0).map((group) => found[Number(group)]).find((group) => group !== undefined) : undefined;
  },
  string: (expr, scope) => {
    const value = evaluate(expr.string, scope);
    return typeof value === "string" ? value : finite(value) === undefined ? undefined : String(value);
  },
  text: (expr, scope) => textOf(evaluate(expr.text, scope)),
  pointer: (expr, scope) => pointerFrom(evaluate(expr.pointer, scope), expr.from),
  lastToken: (expr, scope) => {
    const value = evaluate(expr.lastToken, scope);
    return typeof value === "string" ? lastPointerToken(value) : undefined;
  },
  /** A computed value, then the member a computed key names, then a pointer into it. */
  of: (expr, scope) => {
    let value = evaluate(expr.of, scope);
    if ("key" in expr) {
      const key = evaluate(expr.key, scope);
      value = typeof key === "string" || typeof key === "number" ? own(value, String(key)) : undefined;
    }
    return typeof expr.at === "string" ? valueAt(value, expr.at) : value;
  },
  /** An object of the defined values, keys in the order written. */
  object: (expr, scope) => {
    const object: Dict = {};
    if (isDict(expr.object))
      for (const [key, each] of Object.entries(expr.object)) {
        const value = evaluate(each, scope);
        if (value !== undefined) object[key] = value;
      }
    return object;
  },
  merge: (expr, scope) => Object.assign({}, ...listOf(expr.merge).map((each) => evaluate(each, scope)).filter(isDict)),
  firstNonEmpty: (expr, scope) => {
    for (const each of listOf(expr.firstNonEmpty)) {
      const value = evaluate(each, scope);
      if (Array.isArray(value) && value.length > 0) return value;
    }
    return [];
  },
  retry: retryHint,
  /** One of the vendor package's functions (rules.functions), applied to `args` (default: the current value). */
  call: (expr, scope) => {
    const fn = own(scope.functions, String(expr.call));
    return typeof fn === "function" ? fn(...listOf("args" in expr ? evaluate(expr.args, scope) : [scope.it])) : undefined;
  },
  read: (expr, scope) => scope.read(evaluate(expr.read, scope)),
  /** `do`, with a computed value as the current one; undefined when there is none. */
  within: (expr, scope) => {
    const value = evaluate(expr.within, scope);
    return value === undefined || value === null ? value : evaluate(expr.do, { ...scope, it: value });
  },
};

function scopeFor(body: unknown, defs: unknown, lists: unknown, functions: unknown, read: Scope["read"]): Scope {
  const dict = (value: unknown) => (isDict(value) ? value : {});
  return { it: body, vars: new Map([["root", body]]), defs: dict(defs), lists: dict(lists), functions: dict(functions), read };
}

/** An envelope's rule, or the rule of the envelope its entry names (envelopes that read alike). */
function ruleOf(rules: unknown, envelope: string): unknown {
  const envelopes = own(rules, "envelopes");
  const rule = own(envelopes, envelope);
  return typeof rule === "string" ? own(envelopes, rule) : rule;
}

/**
 * What the rules of `envelope` read off a body that envelope accepted. `matchEnvelope` names the
 * envelope of a value inside it (a batch's results); the body's own envelope is never read again
 * inside itself. Never throws: a rule that fails (a hostile getter, a bad rule) reads nothing.
 */
export function readByRules(
  rules: ErrorReadingRules,
  body: unknown,
  envelope: string,
  matchEnvelope?: (value: unknown) => string | undefined,
): RuleReading {
  try {
    const rule = ruleOf(rules, envelope);
    if (!isDict(rule)) return { details: [] };
    const read = (value: unknown) => {
      const inner = matchEnvelope?.(value);
      return inner === undefined || inner === envelope ? undefined : readByRules(rules, value, inner, matchEnvelope);
    };
    const base = typeof rule.at === "string" ? valueAt(body, rule.at) : body;
    const scope = scopeFor(base, own(rules, "definitions"), undefined, own(rules, "functions"), read);
    scope.vars.set("root", body);
    if (isDict(rule.let)) for (const [name, expr] of Object.entries(rule.let)) scope.vars.set(name, evaluate(expr, scope));
    const part = (key: string) => evaluate(rule[key], scope);
    return {
      code: optionalString(part("code")),
      message: optionalString(part("message")),
      details: detailsOf(part("details")),
      requestId: optionalString(part("requestId")),
      retry: retryOf(part("retry")),
    };
  } catch {
    return { details: [] };
  }
}

/** The reasons the mark rules of `envelope` give for a body that envelope accepted. Never throws. */
export function marksByRules(rules: ErrorMarkRules, body: unknown, envelope: string): string[] {
  try {
    const marks = ruleOf(rules, envelope);
    const scope = scopeFor(body, own(rules, "definitions"), own(rules, "lists"), own(rules, "functions"), () => undefined);
    const reasons: string[] = [];
    for (const mark of listOf(marks).filter(isDict)) {
      if ("when" in mark && !evaluate(mark.when, scope)) continue;
      const value = "value" in mark ? evaluate(mark.value, scope) : "";
      if (value !== undefined && value !== null) reasons.push(String(mark.reason).replace("{value}", String(value)));
    }
    return reasons;
  } catch {
    return [];
  }
}

// retryHeaderAdvice, which reads the rules' retry headers, is in compiled-rules.ts: the compiled readers use it too.
