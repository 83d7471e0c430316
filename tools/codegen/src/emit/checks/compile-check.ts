// Compiles a JSON Schema (the draft-07 subset schemas/ use) into allocation-free boolean checks:
// the code a person would write by hand, so `isErrorResponse` runs at hand-written speed.
// Semantics mirror the AJV options in src/ajv.ts exactly (strict numbers, own-or-inherited
// property reads, discriminator dispatch); property tests prove the two agree.
import type { JsonSchema } from "../../load/types.js";
import { definitionKey } from "../../load/walk-schema.js";

/** A schema feature the compiler does not handle: the caller falls back to the AJV validator. */
export class UnsupportedSchema extends Error {}

const IGNORED = new Set(["$schema", "$id", "$comment", "title", "description", "examples", "definitions", "default", "format", "readOnly", "writeOnly"]);
const TYPE_TESTS: Record<string, (v: string) => string> = {
  object: (v) => `(${v} !== null && typeof ${v} === "object" && !Array.isArray(${v}))`,
  array: (v) => `Array.isArray(${v})`,
  string: (v) => `typeof ${v} === "string"`,
  integer: (v) => `Number.isInteger(${v})`, // AJV's strict integer: finite, no fraction (NaN and Infinity fail)
  number: (v) => `(typeof ${v} === "number" && isFinite(${v}))`,
  boolean: (v) => `typeof ${v} === "boolean"`,
  null: (v) => `${v} === null`,
};
const ENUM_SET_THRESHOLD = 8;

export interface CompiledChecks {
  /** Module-level declarations (functions, constant sets and regexes), in a stable order. */
  declarations: string[];
  /** Whether the ucs2length helper is needed. */
  needsLength: boolean;
}

/** Compiles every definition of an envelope schema plus its root; returns function names by pointer. */
export class CheckCompiler {
  private readonly declarations: string[] = [];
  private readonly names = new Map<string, string>();
  private readonly bodies = new Map<string, string>();
  private readonly emitted = new Set<string>();
  private definitions: Record<string, JsonSchema> = {};
  private counter = 0;
  needsLength = false;

  constructor(private readonly prefix: string) {}

  /** Compiles the schema's root and definitions; returns the root function's name. */
  compileRoot(schema: JsonSchema): string {
    const definitions = schema.definitions ?? {};
    this.definitions = definitions;
    for (const key of Object.keys(definitions)) this.names.set(`#/definitions/${key}`, this.fresh(String(definitions[key]!.title ?? key)));
    const root = this.fresh(String(schema.title ?? "root"));
    this.emitFunction(root, schema);
    return root;
  }

  /** The function name of a definition compiled by compileRoot. */
  definitionFunction(key: string): string {
    return this.ref(`#/definitions/${key}`);
  }

  /** Definition key -> function name, for every definition a check calls (the issue collector skips what they accept). */
  emittedDefinitions(): Record<string, string> {
    const emitted: Record<string, string> = {};
    for (const [pointer, name] of this.names) if (this.emitted.has(name)) emitted[pointer.slice("#/definitions/".length)] = name;
    return emitted;
  }

  result(): CompiledChecks {
    return { declarations: this.declarations, needsLength: this.needsLength };
  }

  private fresh(hint: string): string {
    this.counter += 1;
    return `${this.prefix}${hint.replace(/[^A-Za-z0-9_]/g, "")}_${this.counter}`;
  }

  private emitFunction(name: string, schema: unknown): void {
    const body = this.statements(schema, "x");
    this.declarations.push(`function ${name}(x: any): boolean {\n${body}\n}`);
  }

  /** Statements that return false on the first failed rule, true at the end. */
  private statements(schema: unknown, v: string, knownObject = false): string {
    if (schema === true || (typeof schema === "object" && schema !== null && Object.keys(schema).every((k) => IGNORED.has(k)))) return "return true;";
    if (schema === false) return "return false;";
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) throw new UnsupportedSchema("not a schema");
    const s = schema as JsonSchema;
    const lines: string[] = [];
    const fail = (condition: string) => lines.push(`if (!(${condition})) return false;`);

    for (const key of Object.keys(s)) {
      if (!IGNORED.has(key) && !HANDLED.has(key)) throw new UnsupportedSchema(`keyword "${key}"`);
    }
    const types = typeof s.type === "string" ? [s.type] : (s.type as string[] | undefined);
    if (types && !knownObject) fail(types.map((t) => this.typeTest(t, v)).join(" || "));
    const only = types?.length === 1 ? types[0] : undefined;

    if ("const" in s) fail(this.equals(v, s.const));
    if (Array.isArray(s.enum)) fail(this.oneOfValues(v, s.enum));

    // A `not` that only names required keys is one property read: test it before walking the value.
    const cheapNot = "not" in s && isRequiredOnly(s.not);
    if (cheapNot) fail(`!${this.call(s.not, v)}`);
    const openUnion = this.openUnion(s, v);
    if (openUnion) {
      lines.push(openUnion);
      return lines.join("\n");
    }

    const objectRules = this.objectRules(s, v);
    if (objectRules.length > 0) lines.push(only === "object" ? objectRules.join("\n") : `if (${TYPE_TESTS.object!(v)}) {\n${objectRules.join("\n")}\n}`);
    const arrayRules = this.arrayRules(s, v);
    if (arrayRules.length > 0) lines.push(only === "array" ? arrayRules.join("\n") : `if (Array.isArray(${v})) {\n${arrayRules.join("\n")}\n}`);
    const stringRules = this.stringRules(s, v);
    if (stringRules.length > 0) lines.push(only === "string" ? stringRules.join("\n") : `if (typeof ${v} === "string") {\n${stringRules.join("\n")}\n}`);
    const numberRules = this.numberRules(s, v);
    if (numberRules.length > 0) lines.push(`if (typeof ${v} === "number") {\n${numberRules.join("\n")}\n}`);

    if (typeof s.$ref === "string") fail(`${this.ref(s.$ref)}(${v})`);
    if (Array.isArray(s.allOf)) for (const branch of s.allOf) fail(this.call(branch, v));
    if (Array.isArray(s.anyOf)) fail(this.anyOf(s.anyOf as JsonSchema[], v));
    if (Array.isArray(s.oneOf) && !s.discriminator) fail(`(${s.oneOf.map((branch) => `(${this.call(branch, v)} ? 1 : 0)`).join(" + ")}) === 1`);
    if (s.discriminator) fail(`${this.discriminator(s)}(${v})`);
    if ("not" in s && !cheapNot) fail(`!${this.call(s.not, v)}`);
    if ("if" in s) {
      const test = this.call(s.if, v);
      const then = "then" in s ? this.call(s.then, v) : "true";
      const otherwise = "else" in s ? this.call(s.else, v) : "true";
      fail(`${test} ? ${then} : ${otherwise}`);
    }
    lines.push("return true;");
    return lines.join("\n");
  }

  /** Known values of an open string (`anyOf: [{enum}, {type: "string"}]`) accept any string: one typeof. */
  private anyOf(branches: JsonSchema[], v: string): string {
    const bare = branches.find((b) => typeof b.type === "string" && Object.keys(b).every((k) => k === "type" || IGNORED.has(k)));
    const subsumed = (b: JsonSchema) =>
      b === bare ||
      (Array.isArray(b.enum) && Object.keys(b).every((k) => k === "enum" || IGNORED.has(k)) && b.enum.every((value) => jsonTypeOf(value) === bare?.type));
    if (bare && branches.every(subsumed)) return this.typeTest(bare.type as string, v);
    return branches.map((branch) => this.call(branch, v)).join(" || ");
  }

  private typeTest(type: string, v: string): string {
    const test = TYPE_TESTS[type];
    if (!test) throw new UnsupportedSchema(`type "${type}"`);
    return test(v);
  }

  /** A call of a compiled subschema: named definitions by name, others as a new function. */
  private call(schema: unknown, v: string): string {
    if (schema === true) return "true";
    if (schema === false) return "false";
    const s = schema as JsonSchema;
    const inline = this.inlineExpression(s, v);
    if (inline) return inline;
    // Identical subschemas (the same field in many error kinds) share one function.
    const body = this.statements(s, "x");
    let name = this.bodies.get(body);
    if (!name) {
      name = this.fresh("sub");
      this.bodies.set(body, name);
      this.declarations.push(`function ${name}(x: any): boolean {\n${body}\n}`);
    }
    return `${name}(${v})`;
  }

  /** Schemas that are one expression (a $ref, a type or types, known values of a type) need no function. */
  private inlineExpression(s: JsonSchema, v: string): string | undefined {
    const only = (...keys: string[]) => Object.keys(s).every((k) => keys.includes(k) || IGNORED.has(k));
    if (typeof s.$ref === "string" && only("$ref")) return `${this.ref(s.$ref)}(${v})`;
    if (typeof s.type === "string" && only("type")) return this.typeTest(s.type, v);
    if (Array.isArray(s.type) && only("type")) return `(${(s.type as string[]).map((t) => this.typeTest(t, v)).join(" || ")})`;
    if (Array.isArray(s.anyOf) && only("anyOf")) {
      return `(${this.anyOf(s.anyOf as JsonSchema[], v)})`;
    }
    return undefined;
  }

  /** A definition's function, emitted on first use (so unreferenced kinds cost nothing). */
  private ref(ref: string): string {
    const key = definitionKey(ref);
    const name = key === undefined ? undefined : this.names.get(`#/definitions/${key}`);
    if (!name || key === undefined) throw new UnsupportedSchema(`$ref ${ref}`);
    if (!this.emitted.has(name)) {
      this.emitted.add(name); // before compiling the body: a recursive $ref finds it
      this.emitFunction(name, this.definitions[key]);
    }
    return name;
  }

  private objectRules(s: JsonSchema, v: string): string[] {
    const rules: string[] = [];
    const required = new Set((s.required as string[] | undefined) ?? []);
    const properties = (s.properties as Record<string, unknown> | undefined) ?? {};
    const constrained = (sub: unknown) => !(sub === true || (typeof sub === "object" && sub !== null && Object.keys(sub).every((k) => IGNORED.has(k))));
    for (const name of required) if (!constrained(properties[name] ?? true)) rules.push(`if (${v}[${JSON.stringify(name)}] === undefined) return false;`);
    // Fail fast: presence of every required key first, then cheap scalar checks, then nested walks.
    let local = 0;
    const checks = Object.entries(properties)
      .filter(([, sub]) => constrained(sub))
      .map(([name, sub]) => {
        const read = `p${local++}`; // each property is read once
        const test = this.call(sub, read);
        return { name, read, test, cheap: !/_\d+\(/.test(test) }; // no call of a generated function: a type test

      });
    for (const { name, cheap } of checks) if (required.has(name) && !cheap) rules.push(`if (${v}[${JSON.stringify(name)}] === undefined) return false;`);
    for (const { name, read, test } of [...checks.filter((c) => c.cheap), ...checks.filter((c) => !c.cheap)]) {
      const missing = required.has(name) ? `${read} === undefined || ` : `${read} !== undefined && `;
      rules.push(`const ${read} = ${v}[${JSON.stringify(name)}];`, `if (${missing}!(${test})) return false;`);
    }
    const additional = s.additionalProperties;
    const patterns = s.patternProperties as Record<string, unknown> | undefined;
    if ((additional !== undefined && additional !== true) || patterns) {
      const known = Object.keys(properties);
      const checks: string[] = [];
      let matched = known.length > 0 ? `(${known.map((k) => `key === ${JSON.stringify(k)}`).join(" || ")})` : "false";
      for (const [pattern, sub] of Object.entries(patterns ?? {})) {
        const regex = this.regex(pattern);
        checks.push(`if (${regex}.test(key) && !(${this.call(sub, `${v}[key]`)})) return false;`);
        matched = `${matched} || ${regex}.test(key)`;
      }
      if (additional !== undefined && additional !== true) checks.push(`if (!(${matched}) && !(${this.call(additional, `${v}[key]`)})) return false;`);
      rules.push(`for (const key in ${v}) {\n${checks.join("\n")}\n}`);
    }
    if (typeof s.minProperties === "number") rules.push(`if (Object.keys(${v}).length < ${s.minProperties}) return false;`);
    if (typeof s.maxProperties === "number") rules.push(`if (Object.keys(${v}).length > ${s.maxProperties}) return false;`);
    return rules;
  }

  private arrayRules(s: JsonSchema, v: string): string[] {
    const rules: string[] = [];
    if (typeof s.minItems === "number") rules.push(`if (${v}.length < ${s.minItems}) return false;`);
    if (typeof s.maxItems === "number") rules.push(`if (${v}.length > ${s.maxItems}) return false;`);
    if (s.items !== undefined && s.items !== true) {
      if (Array.isArray(s.items)) throw new UnsupportedSchema("tuple items");
      rules.push(`for (let i = 0, n = ${v}.length; i < n; i++) if (!(${this.call(s.items, `${v}[i]`)})) return false;`);
    }
    return rules;
  }

  private stringRules(s: JsonSchema, v: string): string[] {
    const rules: string[] = [];
    if (typeof s.minLength === "number" || typeof s.maxLength === "number") this.needsLength = true;
    if (typeof s.minLength === "number") rules.push(`if (ucs2length(${v}) < ${s.minLength}) return false;`);
    if (typeof s.maxLength === "number") rules.push(`if (ucs2length(${v}) > ${s.maxLength}) return false;`);
    if (typeof s.pattern === "string") rules.push(`if (!${this.regex(s.pattern)}.test(${v})) return false;`);
    return rules;
  }

  private numberRules(s: JsonSchema, v: string): string[] {
    const rules: string[] = [];
    const bound = (keyword: string, op: string) => {
      if (typeof s[keyword] === "number") rules.push(`if (!(${v} ${op} ${s[keyword]})) return false;`);
    };
    bound("minimum", ">=");
    bound("maximum", "<=");
    bound("exclusiveMinimum", ">");
    bound("exclusiveMaximum", "<");
    return rules;
  }

  /**
   * The open discriminated union of schemas/README.md (`if` known tag `then` discriminated union
   * `else` catch-all) as one switch on the tag: known tags go straight to their branch, others to
   * the catch-all. Undefined when the schema is not exactly that pattern.
   */
  private openUnion(s: JsonSchema, v: string): string | undefined {
    if (!("if" in s && "then" in s && "else" in s) || !Object.keys(s).every((k) => IGNORED.has(k) || k === "if" || k === "then" || k === "else")) return undefined;
    const condition = s.if as JsonSchema;
    const [tag, rule] = Object.entries((condition.properties as Record<string, JsonSchema> | undefined) ?? {})[0] ?? [];
    if (!tag || !rule || !Array.isArray(rule.enum) || !Object.keys(condition).every((k) => ["type", "required", "properties"].includes(k))) return undefined;
    if (Object.keys(condition.properties as object).length !== 1 || JSON.stringify(condition.required) !== JSON.stringify([tag]) || (condition.type ?? "object") !== "object") return undefined;
    const thenKey = typeof (s.then as JsonSchema).$ref === "string" ? definitionKey((s.then as JsonSchema).$ref as string) : undefined;
    const union = thenKey === undefined ? undefined : this.definitions[thenKey];
    if (!union || (union.discriminator as { propertyName?: string } | undefined)?.propertyName !== tag || union.type !== "object") return undefined;
    if (!Object.keys(union).every((k) => IGNORED.has(k) || ["type", "required", "properties", "discriminator", "oneOf"].includes(k))) return undefined;
    const unionProperties = Object.keys((union.properties as object | undefined) ?? {});
    if (unionProperties.some((name) => name !== tag) || JSON.stringify(union.required ?? [tag]) !== JSON.stringify([tag])) return undefined;
    const elseSchema = s.else as JsonSchema;
    const elseKey = typeof elseSchema.$ref === "string" ? definitionKey(elseSchema.$ref) : undefined;
    if ((elseKey === undefined ? elseSchema.type : this.definitions[elseKey]?.type) !== "object") return undefined; // both sides must reject non-objects
    const cases = (union.oneOf as JsonSchema[]).map((branch) => {
      const key = typeof branch.$ref === "string" ? definitionKey(branch.$ref) : undefined;
      if (!key) throw new UnsupportedSchema("discriminator branch without $ref");
      return { code: this.constOf(key, tag), target: this.branchAfterTag(key, tag) };
    });
    const codes = cases.map((c) => c.code);
    if (codes.length !== rule.enum.length || !rule.enum.every((code) => codes.includes(code as string))) return undefined;
    return [
      `if (!${TYPE_TESTS.object!(v)}) return false;`,
      this.dispatch(`${v}[${JSON.stringify(tag)}]`, cases, v, `return ${this.call(s.else, v)};`),
    ].join("\n");
  }

  /** A switch on the tag; one Set lookup when every known tag has the same shape (e.g. all Commerce Layer codes). */
  private dispatch(read: string, cases: { code: string; target: string }[], v: string, otherwise: string): string {
    const targets = [...new Set(cases.map((c) => c.target))];
    if (targets.length === 1 && cases.length > ENUM_SET_THRESHOLD) {
      const name = this.fresh("tags");
      this.declarations.push(`const ${name} = /* @__PURE__ */ new Set<unknown>(${JSON.stringify(cases.map((c) => c.code))});`);
      return `if (${name}.has(${read})) return ${targets[0]}(${v});\n${otherwise}`;
    }
    if (cases.length <= ENUM_SET_THRESHOLD) {
      const lines = [`switch (${read}) {`];
      for (const target of targets) {
        const codes = cases.filter((c) => c.target === target).map((c) => `case ${JSON.stringify(c.code)}:`);
        lines.push(`${codes.join(" ")} return ${target}(${v});`);
      }
      lines.push(`default: ${otherwise}`, "}");
      return lines.join("\n");
    }
    // Many tags: one hash lookup to the branch's number, then a jump table, instead of comparing
    // the tag with every documented code in turn.
    const entries = JSON.stringify(cases.map((c) => [c.code, targets.indexOf(c.target)]));
    let table = this.bodies.get(entries);
    if (!table) {
      table = this.fresh("branchOf");
      this.bodies.set(entries, table);
      this.declarations.push(`const ${table} = /* @__PURE__ */ new Map<unknown, number>(${entries});`);
    }
    const lines = [`switch (${table}.get(${read})) {`];
    targets.forEach((target, index) => lines.push(`case ${index}: return ${target}(${v});`));
    lines.push(`default: ${otherwise}`, "}");
    return lines.join("\n");
  }

  private discriminator(s: JsonSchema): string {
    const tag = (s.discriminator as { propertyName: string }).propertyName;
    const cases = (s.oneOf as JsonSchema[]).map((branch) => {
      const key = typeof branch.$ref === "string" ? definitionKey(branch.$ref) : undefined;
      if (!key) throw new UnsupportedSchema("discriminator branch without $ref");
      return { ref: branch.$ref as string, key };
    });
    const targets = cases.map(({ key }) => ({ code: this.constOf(key, tag), target: this.branchAfterTag(key, tag) }));
    const body = this.dispatch(`x[${JSON.stringify(tag)}]`, targets, "x", "return false;");
    let name = this.bodies.get(body);
    if (!name) {
      name = this.fresh("dispatch");
      this.bodies.set(body, name);
      this.declarations.push(`function ${name}(x: any): boolean {\n${body}\n}`);
    }
    return name;
  }

  /**
   * A branch as the switch reaches it: its tag already matched, so the tag's own rules are
   * skipped, and kinds that differ only by their code share one function.
   */
  private branchAfterTag(key: string, tag: string): string {
    const branch = this.definitions[key]!;
    const { [tag]: _matched, ...properties } = (branch.properties as Record<string, JsonSchema> | undefined) ?? {};
    const required = ((branch.required as string[] | undefined) ?? []).filter((name) => name !== tag);
    const rest: JsonSchema = { ...branch, properties, required };
    const knownObject = rest.type === "object"; // the union's own type check already ran
    const body = this.statements(rest, "x", knownObject);
    let name = this.bodies.get(body);
    if (!name) {
      name = this.fresh(`after_${String(branch.title ?? key)}`);
      this.bodies.set(body, name);
      this.declarations.push(`function ${name}(x: any): boolean {\n${body}\n}`);
    }
    return name;
  }

  /** Filled by the caller: the discriminant value of a definition. */
  constOf: (definitionKey: string, tag: string) => string = () => {
    throw new UnsupportedSchema("discriminator without definitions");
  };

  private equals(v: string, value: unknown): string {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) return `${v} === ${JSON.stringify(value)}`;
    throw new UnsupportedSchema("const of an object or array");
  }

  private oneOfValues(v: string, values: unknown[]): string {
    if (values.some((value) => value !== null && typeof value === "object")) throw new UnsupportedSchema("enum of objects");
    if (values.length <= ENUM_SET_THRESHOLD) return values.map((value) => this.equals(v, value)).join(" || ");
    const name = this.fresh("values");
    this.declarations.push(`const ${name} = /* @__PURE__ */ new Set<unknown>(${JSON.stringify(values)});`);
    return `${name}.has(${v})`;
  }

  private regex(pattern: string): string {
    const name = this.fresh("pattern");
    this.declarations.push(`const ${name} = /* @__PURE__ */ new RegExp(${JSON.stringify(pattern)}, "u");`);
    return name;
  }
}

function isRequiredOnly(schema: unknown): boolean {
  return typeof schema === "object" && schema !== null && Object.keys(schema).every((key) => key === "required" || key === "properties" || IGNORED.has(key))
    && Object.values(((schema as JsonSchema).properties as object | undefined) ?? {}).every((sub) => sub === true || (typeof sub === "object" && sub !== null && Object.keys(sub).every((k) => IGNORED.has(k))));
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

const HANDLED = new Set([
  "type", "const", "enum", "required", "properties", "additionalProperties", "patternProperties", "minProperties", "maxProperties",
  "items", "minItems", "maxItems", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
  "$ref", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "discriminator",
]);
