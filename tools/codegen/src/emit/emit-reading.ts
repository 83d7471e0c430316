// schemas/<vendor>/reading.json compiled: the umbrella's src/generated/reading-<vendor>.ts reads a body the way the runtime's
// interpreter (packages/runtime/src/read-by-rules.ts) reads /core's `errorReading`, as generated
// JavaScript instead of data. A `commerce-errors/<vendor>` entry then holds its vendor's rules as a
// little code and the runtime's small helpers they call (compiled-rules.ts), not the whole
// interpreter (issue 21's size figures). The root entry, which also weighs every vendor's marks,
// keeps the data and the interpreter: twenty vendors' rules are smaller as data. The data stays exported.
//
// Exactly the interpreter's behaviour: the same operands evaluated in the same order, lazily where it
// is lazy (first, or, and, if, sum, concat, firstNonEmpty, within), the same results; a rule that
// throws reads nothing (`{ details: [] }`). tools/codegen/test/compiled-reading.test.ts holds
// the two side by side on every vendor's fixtures and examples.
import type { VendorModel } from "../model/vendor-model.js";

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict => typeof value === "object" && value !== null;
const own = (record: unknown, key: string): unknown => (isDict(record) && Object.hasOwn(record, key) ? record[key] : undefined);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** The operations of read-by-rules.ts: an object's first own key that is one names its operation. */
const OPERATIONS = new Set([
  "const",
  "use",
  "first",
  "or",
  "and",
  "not",
  "if",
  "test",
  "each",
  "find",
  "some",
  "values",
  "keys",
  "entries",
  "count",
  "last",
  "sum",
  "concat",
  "join",
  "split",
  "match",
  "string",
  "text",
  "pointer",
  "lastToken",
  "of",
  "object",
  "merge",
  "firstNonEmpty",
  "retry",
  "call",
  "read",
  "within",
]);

/** A JavaScript literal of a JSON primitive (NaN and the infinities included). */
function literal(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
  return JSON.stringify(value);
}

interface Env {
  /** The current value `@`, a JavaScript identifier. */
  it: string;
  /** `@name` -> identifier. */
  vars: Map<string, string>;
}

/** One generated function's compiler: its temporaries, hoisted constants and the runtime helpers it calls. */
class Compiler {
  temps: string[] = [];
  /** Whether a `read` operation reads a value inside the body as its own envelope. */
  readsInner = false;
  private names = 0;
  readonly helpers: Set<string>;
  /** How often each definition is used: one used more than once becomes a function of its own. */
  private readonly uses = new Map<string, number>();
  private readonly defined = new Map<string, { id: string; free: string[]; reads: boolean }>();
  constructor(
    readonly defs: unknown,
    readonly functions: ReadonlySet<string>,
    helpers: Set<string>,
    readonly hoisted: string[],
    rules: unknown,
  ) {
    this.helpers = helpers;
    const count = (value: unknown): void => {
      if (Array.isArray(value)) for (const item of value) count(item);
      else if (isDict(value))
        for (const [key, item] of Object.entries(value)) {
          if (key === "use") this.uses.set(String(item), (this.uses.get(String(item)) ?? 0) + 1);
          count(item);
        }
    };
    count(rules);
  }

  /** The `@names` a definition reads (and those of the definitions it uses), which its function takes. */
  private freeNames(name: string, seen = new Set<string>()): string[] {
    if (seen.has(name)) return [];
    seen.add(name);
    const names = new Set<string>();
    const scan = (value: unknown): void => {
      if (typeof value === "string" && value.startsWith("@")) {
        const slash = value.indexOf("/");
        const each = value.slice(1, slash < 0 ? undefined : slash);
        if (each !== "") names.add(each);
      } else if (Array.isArray(value)) for (const item of value) scan(item);
      else if (isDict(value))
        for (const [key, item] of Object.entries(value)) {
          if (key === "use") for (const each of this.freeNames(String(item), seen)) names.add(each);
          scan(item);
        }
    };
    scan(own(this.defs, name));
    return [...names].sort();
  }

  /** A definition used more than once, as a module function of the current value and the names it reads. */
  private definition(name: string, using: readonly string[]): { id: string; free: string[]; reads: boolean } {
    const known = this.defined.get(name);
    if (known) return known;
    const free = this.freeNames(name);
    const id = this.name("d");
    const saved = { temps: this.temps, readsInner: this.readsInner };
    this.temps = [];
    this.readsInner = false;
    const params = free.map((_, index) => `p${index}`);
    const body = this.expr(own(this.defs, name), { it: "it", vars: new Map(free.map((each, index) => [each, `p${index}`])) }, [
      ...using,
      name,
    ]);
    const reads = this.readsInner;
    const temps = this.temps.length > 0 ? `let ${this.temps.map((t) => `${t}: unknown`).join(", ")};\n` : "";
    this.temps = saved.temps;
    this.readsInner = saved.readsInner;
    const signature = [
      ...(reads ? ["read: (value: unknown) => RuleReading | undefined"] : []),
      "it: unknown",
      ...params.map((p) => `${p}: unknown`),
    ];
    this.hoisted.push(
      `/** The definition "${name}" of the reading rules. */\nfunction ${id}(${signature.join(", ")}): unknown {\n${temps}return ${body};\n}`,
    );
    const made = { id, free, reads };
    this.defined.set(name, made);
    return made;
  }

  temp(): string {
    const name = `t${this.temps.length}`;
    this.temps.push(name);
    return name;
  }

  name(prefix: string): string {
    return `${prefix}${this.names++}`;
  }

  helper(name: string): string {
    this.helpers.add(name);
    return name;
  }

  /** A `const` that is an object or a list: one value, as the interpreter's rule data is one. */
  constant(value: unknown): string {
    const name = `c${this.hoisted.length}`;
    this.hoisted.push(`const ${name}: unknown = ${JSON.stringify(value)};`);
    return name;
  }

  reference(text: string, env: Env): string {
    if (text.startsWith("/")) return `${this.helper("valueAt")}(${env.it}, ${literal(text)})`;
    if (!text.startsWith("@")) return literal(text);
    const slash = text.indexOf("/");
    const name = text.slice(1, slash < 0 ? undefined : slash);
    const base = name === "" ? env.it : (env.vars.get(name) ?? "undefined");
    return slash < 0 ? base : `${this.helper("valueAt")}(${base}, ${literal(text.slice(slash))})`;
  }

  /** An expression that evaluates `expr` as read-by-rules.ts's `evaluate` does. */
  expr(expr: unknown, env: Env, using: readonly string[] = []): string {
    if (typeof expr === "string") return this.reference(expr, env);
    if (Array.isArray(expr)) return `[${expr.map((item) => this.expr(item, env, using)).join(", ")}]`;
    if (!isDict(expr)) return literal(expr);
    for (const key of Object.keys(expr)) if (OPERATIONS.has(key)) return this.operation(key, expr, env, using);
    return "undefined";
  }

  /** `listOf(evaluate(expr))` when `expr` is a list written out: its items' expressions. */
  private listExpr(expr: unknown, env: Env, using: readonly string[]): string {
    return Array.isArray(expr)
      ? `(${this.expr(expr, env, using)} as unknown[])`
      : `${this.helper("ruleList")}(${this.expr(expr, env, using)})`;
  }

  /** The scope inside a list: the item and its position, by their names. */
  private inside(expr: Dict, env: Env): { env: Env; params: string } {
    const item = this.name("_i");
    const index = this.name("_n");
    const vars = new Map(env.vars);
    if (typeof expr.as === "string") vars.set(expr.as, item);
    vars.set(typeof expr.index === "string" ? expr.index : "index", index);
    return { env: { it: item, vars }, params: `(${item}: unknown, ${index}: number)` };
  }

  private thunks(parts: unknown, env: Env, using: readonly string[]): string {
    return `[${listOf(parts)
      .map((part) => `() => ${this.expr(part, env, using)}`)
      .join(", ")}]`;
  }

  private test(expr: Dict, env: Env, using: readonly string[]): string {
    const t = this.temp();
    const parts = [`(${t} = ${this.expr(expr.test, env, using)}) !== undefined`];
    const operand = (key: string) => this.expr(expr[key], env, using);
    if ("equals" in expr) parts.push(`${t} === ${operand("equals")}`);
    if ("oneOf" in expr) parts.push(`${this.listExpr(expr.oneOf, env, using)}.includes(${t})`);
    if ("notOneOf" in expr) parts.push(`!${this.listExpr(expr.notOneOf, env, using)}.includes(${t})`);
    // Reading rules have no lists (only marks do): `in` never holds.
    if ("in" in expr) parts.push("false");
    if ("prefix" in expr) parts.push(`${this.helper("ruleStartsWith")}(${t}, ${operand("prefix")})`);
    if ("suffix" in expr) parts.push(`${this.helper("ruleEndsWith")}(${t}, ${operand("suffix")})`);
    if ("includes" in expr) parts.push(`${this.helper("ruleIncludes")}(${t}, ${operand("includes")})`);
    if ("regex" in expr) parts.push(`typeof ${t} === "string" && ${String(new RegExp(String(expr.regex)))}.test(${t})`);
    if ("type" in expr) parts.push(`${this.helper("ruleType")}(${t}) === ${literal(typeof expr.type === "string" ? expr.type : null)}`);
    if ("min" in expr) parts.push(`typeof ${t} === "number" && ${t} >= ${literal(Number(expr.min))}`);
    if ("max" in expr) parts.push(`typeof ${t} === "number" && ${t} <= ${literal(Number(expr.max))}`);
    return `(${parts.join(" && ")})`;
  }

  private operation(op: string, expr: Dict, env: Env, using: readonly string[]): string {
    const x = (key: string, scope: Env = env) => this.expr(expr[key], scope, using);
    const unary = (helper: string) => `${this.helper(helper)}(${x(op)})`;
    switch (op) {
      case "const": {
        const value = expr.const;
        return isDict(value) ? this.constant(value) : literal(value);
      }
      case "use": {
        const name = String(expr.use);
        if (using.includes(name)) throw new Error(`emit-reading: definition "${name}" uses itself`);
        if ((this.uses.get(name) ?? 0) < 2) return this.expr(own(this.defs, name), env, [...using, name]);
        const { id, free, reads } = this.definition(name, using);
        if (reads) this.readsInner = true;
        return `${id}(${[...(reads ? ["read"] : []), env.it, ...free.map((each) => env.vars.get(each) ?? "undefined")].join(", ")})`;
      }
      case "first": {
        const items = listOf(expr.first);
        if (items.length === 0) return "undefined";
        // Pointers into the current value, tried in turn; anything else, each evaluated in turn.
        if (items.every((item) => typeof item === "string" && item.startsWith("/")))
          return `${this.helper("ruleFirstAt")}(${env.it}, ${JSON.stringify(items)})`;
        return `${this.helper("ruleFirst")}(${this.thunks(expr.first, env, using)})`;
      }
      case "or": {
        const items = listOf(expr.or);
        return items.length === 0 ? "undefined" : `(${items.map((item) => `(${this.expr(item, env, using)})`).join(" || ")})`;
      }
      case "and": {
        const items = listOf(expr.and);
        return items.length === 0 ? "true" : `(${items.map((item) => `(${this.expr(item, env, using)})`).join(" && ")})`;
      }
      case "not":
        return `!(${x("not")})`;
      case "if":
        return `((${x("if")}) ? ${x("then")} : ${x("else")})`;
      case "test":
        return this.test(expr, env, using);
      case "each": {
        const inner = this.inside(expr, env);
        const where = "where" in expr ? `${inner.params} => ${x("where", inner.env)}` : "undefined";
        const map = "map" in expr ? `${inner.params} => ${x("map", inner.env)}` : "undefined";
        return `${this.helper("ruleEach")}(${x("each")}, ${where}, ${map})`;
      }
      case "find":
      case "some": {
        const list = `${this.helper("ruleList")}(${x(op)})`;
        const inner = this.inside(expr, env);
        return `${list}.${op}(${inner.params} => ${this.expr(expr.where ?? "@", inner.env, using)})`;
      }
      case "values":
        return unary("ruleValues");
      case "keys":
        return unary("ruleKeys");
      case "entries":
        return unary("ruleEntries");
      case "count":
        return unary("ruleCount");
      case "last":
        return unary("ruleLast");
      case "sum":
        return `${this.helper("ruleSum")}(${this.thunks(expr.sum, env, using)})`;
      case "concat":
        return `${this.helper("ruleConcat")}(${this.thunks(expr.concat, env, using)})`;
      case "firstNonEmpty":
        return `${this.helper("ruleFirstNonEmpty")}(${this.thunks(expr.firstNonEmpty, env, using)})`;
      case "join":
        return `${this.helper("ruleJoin")}(${x("join")}, ${literal(String(expr.with ?? ""))})`;
      case "split":
        return `${this.helper("ruleSplit")}(${x("split")}, ${literal(String(expr.by))})`;
      case "match": {
        const groups = listOf(expr.group ?? 0).map((group) => literal(Number(group)));
        return `${this.helper("ruleMatch")}(${x("match")}, ${String(new RegExp(String(expr.regex)))}, [${groups.join(", ")}])`;
      }
      case "string":
        return unary("ruleString");
      case "text":
        return unary("ruleText");
      case "pointer":
        return `${this.helper("rulePointer")}(${x("pointer")}, ${literal(expr.from === undefined || isDict(expr.from) ? undefined : expr.from)})`;
      case "lastToken":
        return unary("ruleLastToken");
      case "of": {
        let value = x("of");
        if ("key" in expr) value = `${this.helper("ruleKey")}(${value}, ${x("key")})`;
        return typeof expr.at === "string" ? `${this.helper("valueAt")}(${value}, ${literal(expr.at)})` : value;
      }
      case "object": {
        if (!isDict(expr.object)) return "{}";
        const members = Object.entries(expr.object).flatMap(([key, each]) => [literal(key), this.expr(each, env, using)]);
        return `${this.helper("ruleObject")}([${members.join(", ")}])`;
      }
      case "merge":
        return `${this.helper("ruleMerge")}([${listOf(expr.merge)
          .map((each) => this.expr(each, env, using))
          .join(", ")}])`;
      case "retry":
        if (expr.retry === "after-refetch") return `${this.helper("ruleRefetch")}(${x("currentVersion")})`;
        if (expr.retry === "with-backoff") return `${this.helper("ruleBackoff")}(${x("afterSeconds")}, ${x("afterMs")})`;
        return "undefined";
      case "call": {
        const name = String(expr.call);
        if (!this.functions.has(name)) return "undefined";
        const fn = `(${name} as unknown as (...args: unknown[]) => unknown)`;
        if (!("args" in expr)) return `${fn}(${env.it})`;
        return Array.isArray(expr.args)
          ? `${fn}(${expr.args.map((arg) => this.expr(arg, env, using)).join(", ")})`
          : `${fn}(...${this.helper("ruleList")}(${x("args")}))`;
      }
      case "read":
        this.readsInner = true;
        return `read(${x("read")})`;
      case "within": {
        const t = this.temp();
        return `((${t} = ${x("within")}) === undefined || ${t} === null ? ${t} : ${this.expr(expr.do, { it: t, vars: env.vars }, using)})`;
      }
      default:
        throw new Error(`emit-reading: no operation "${op}"`);
    }
  }
}

/** Envelope names grouped by the rule they read with (an entry naming another envelope reads with its rule). */
function rulesByEnvelope(envelopes: unknown): { names: string[]; rule: unknown }[] {
  const groups: { names: string[]; rule: unknown }[] = [];
  if (!isDict(envelopes)) return groups;
  for (const name of Object.keys(envelopes)) {
    const entry = own(envelopes, name);
    const rule = typeof entry === "string" ? own(envelopes, entry) : entry;
    const group = groups.find((each) => each.rule === rule);
    if (group) group.names.push(name);
    else groups.push({ names: [name], rule });
  }
  return groups;
}

const cases = (names: readonly string[]) => names.map((name) => `case ${literal(name)}:`).join(" ");

function readingFunction(model: VendorModel, helpers: Set<string>, hoisted: string[]): { source: string; readsInner: boolean } {
  const rules = model.reading.reading as unknown as Dict;
  const compiler = new Compiler(own(rules, "definitions"), new Set(model.reading.readingFunctions), helpers, hoisted, rules);
  const branches: string[] = [];
  for (const { names, rule } of rulesByEnvelope(own(rules, "envelopes"))) {
    if (!isDict(rule)) continue;
    const lines: string[] = [];
    const body = typeof rule.at === "string" ? `${compiler.helper("valueAt")}(body, ${literal(rule.at)})` : "body";
    lines.push(`const it = ${body};`);
    const env: Env = { it: "it", vars: new Map([["root", "body"]]) };
    if (isDict(rule.let))
      for (const [name, expr] of Object.entries(rule.let)) {
        const id = compiler.name("v");
        lines.push(`const ${id} = ${compiler.expr(expr, env)};`);
        env.vars = new Map(env.vars).set(name, id);
      }
    // A part the rule leaves out reads as the interpreter's wrapper makes of undefined.
    const part = (key: string, wrapper: string, absent: string) =>
      `${key}: ${rule[key] === undefined ? absent : `${compiler.helper(wrapper)}(${compiler.expr(rule[key], env)})`}`;
    const reading = [
      part("code", "ruleOptionalString", "undefined"),
      part("message", "ruleOptionalString", "undefined"),
      part("details", "ruleDetails", "[]"),
      part("requestId", "ruleOptionalString", "undefined"),
      part("retry", "ruleRetry", "undefined"),
    ];
    lines.push(`return { ${reading.join(", ")} };`);
    branches.push(`${cases(names)} {\n${lines.join("\n")}\n}`);
  }
  const source = branches.join("\n");
  const { readsInner } = compiler;
  const temps = compiler.temps.length > 0 ? `let ${compiler.temps.map((t) => `${t}: unknown`).join(", ")};\n` : "";
  const read = readsInner
    ? "const read = (value: unknown): RuleReading | undefined => {\n  const inner = matchErrorEnvelope(value);\n  return inner === undefined || inner === envelope ? undefined : readErrorEnvelope(value, inner);\n};\n"
    : "";
  const text = [
    `/**\n * What the rules of \`envelope\` read off a body that envelope accepted (schemas/${model.name}/reading.json, compiled): code,\n * message, details, request id, retry advice. What the runtime's readByRules(errorReading, body, envelope, matchErrorEnvelope)\n * returns, without its interpreter. Never throws: a rule that fails reads nothing.\n */`,
    "export function readErrorEnvelope(body: unknown, envelope: string): RuleReading {",
    `${temps}${read}try {`,
    branches.length > 0 ? `switch (envelope) {\n${source}\n}` : "",
    "return { details: [] };",
    "} catch {\nreturn { details: [] };\n}",
    "}",
  ]
    .filter((line) => line !== "")
    .join("\n");
  return { source: text, readsInner };
}

/**
 * The umbrella's module of one vendor's compiled reading rules (src/generated/reading-<vendor>.ts), which
 * its `commerce-errors/<vendor>` entry reads with: it imports the envelope match and the package
 * functions the rules call from the vendor package's /core, and the helpers from the runtime.
 */
export function readerModule(model: VendorModel, header: string): string {
  const helpers = new Set<string>();
  const hoisted: string[] = [];
  const reading = readingFunction(model, helpers, hoisted);
  const retryHeaders = (model.reading.reading as { retryHeaders?: unknown }).retryHeaders;
  const fromCore = [...(reading.readsInner ? ["matchErrorEnvelope"] : []), ...model.reading.readingFunctions];
  const runtimeNames = [...[...helpers].sort(), "type RetryHeaderRule", "type RuleReading"];
  return [
    header,
    `// ${model.displayName}'s reading rules (schemas/${model.name}/reading.json) compiled: what readByRules(errorReading, body, envelope,`,
    "// matchErrorEnvelope) of the runtime returns, without the interpreter (tools/codegen/src/emit/emit-reading.ts).",
    `import { ${runtimeNames.join(", ")} } from "@commerce-errors/runtime";`,
    ...(fromCore.length > 0 ? [`import { ${fromCore.join(", ")} } from "${model.packageName}/core";`] : []),
    "",
    ...hoisted.flatMap((statement) => [statement, ""]),
    reading.source,
    "",
    `/** The headers in which the server says whether a retry can succeed (errorReading.retryHeaders), for retryHeaderAdvice. */`,
    `export const errorRetryHeaders: readonly RetryHeaderRule[] = ${JSON.stringify(listOf(retryHeaders))};`,
    "",
  ].join("\n");
}
