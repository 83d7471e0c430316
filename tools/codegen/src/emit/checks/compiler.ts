// Compiles an envelope's schema IR into allocation-free boolean checks: the code a person would
// write by hand, so `isErrorResponse` runs at hand-written speed. Semantics mirror the AJV options
// in src/ajv.ts (strict numbers, own property reads, discriminator dispatch);
// test/engine.test.ts and the property tests prove the two agree. This module declares functions
// and constants and names them after the definition and path they check; each node kind's rules
// live in their own module.
import type { JsonType, ObjectNode, SchemaNode } from "../../model/schema-node.js";
import { compileArray } from "./array.js";
import type { CompileContext, Compiled, Noting, Test } from "./context.js";
import { compileDiscriminated, compileOpenUnion } from "./dispatch.js";
import { and, checkFunction, failUnless, group, identifier, not, or, pureConstant, read, scoped, typeTest } from "./js.js";
import { compileAnyOf, compileConditional, compileNot, compileOneOf } from "./logic.js";
import { compileObject } from "./object.js";
import {
  SET_THRESHOLD,
  compileEnum,
  compileLiteral,
  compileOpenEnum,
  compileScalar,
  compileString,
  compileTypes,
  enumTest,
  equalsValue,
  scalarTest,
} from "./scalars.js";

export interface CompiledChecks {
  /** Module-level declarations (functions, constant sets, maps and regexes), in a stable order. */
  declarations: string[];
  /** Whether the code point length helper (runtime/length.ts) is needed. */
  needsLength: boolean;
}

export class CheckCompiler implements CompileContext {
  private readonly declarations: string[] = [];
  private readonly names = new Set<string>();
  /** Identical bodies (the same field in many error kinds) share one function. */
  private readonly functionByBody = new Map<string, string>();
  private readonly constantByInitializer = new Map<string, string>();
  private readonly definitionNames = new Map<string, string>();
  private needsLength = false;

  constructor(
    private readonly prefix: string,
    readonly definitions: Readonly<Record<string, SchemaNode>>,
    readonly noting?: Noting,
  ) {}

  /** Compiles the root (and every definition it reaches); returns the root function's name. */
  compileRoot(root: SchemaNode): string {
    const name = this.reserve(identifier(this.prefix, "root"));
    this.declarations.push(checkFunction(name, this.body(root, ["root"])));
    return name;
  }

  definition(key: string): string {
    const known = this.definitionNames.get(key);
    if (known) return known;
    const node = this.definitions[key];
    if (!node) throw new Error(`no definition "${key}"`);
    const name = this.reserve(identifier(this.prefix, key));
    this.definitionNames.set(key, name); // before compiling the body: a recursive $ref finds it
    this.declarations.push(checkFunction(name, this.body(node, [key])));
    return name;
  }

  /** Definition key -> function name, for every definition a check calls (the issue collector skips what they accept). */
  compiledDefinitions(): Record<string, string> {
    return Object.fromEntries([...this.definitionNames].sort(([a], [b]) => a.localeCompare(b)));
  }

  afterTag(key: string, tag: string): string {
    const node = this.definitions[key];
    if (node?.kind !== "object") return this.definition(key);
    const rest: ObjectNode = {
      ...node,
      properties: node.properties.filter((p) => p.name !== tag),
      required: node.required.filter((name) => name !== tag),
    };
    return this.shared(this.body(rest, [key, "afterTag"], "object"), [key, "afterTag"]);
  }

  constant(path: string[], type: string, initializer: string): string {
    const key = `${type}(${initializer})`;
    let name = this.constantByInitializer.get(key);
    if (!name) {
      name = this.reserve(identifier(this.prefix, ...path));
      this.constantByInitializer.set(key, name);
      this.declarations.push(pureConstant(name, type, initializer));
    }
    return name;
  }

  value(path: string[], json: unknown): string {
    const initializer = JSON.stringify(json);
    const key = `value(${initializer})`;
    let name = this.constantByInitializer.get(key);
    if (!name) {
      name = this.reserve(identifier(this.prefix, ...path));
      this.constantByInitializer.set(key, name);
      this.declarations.push(`const ${name}: unknown = ${initializer};`);
    }
    return name;
  }

  useLength(): void {
    this.needsLength = true;
  }

  result(): CompiledChecks {
    return { declarations: this.declarations, needsLength: this.needsLength };
  }

  compile(node: SchemaNode, v: string, path: string[], knownType?: JsonType): Compiled {
    switch (node.kind) {
      case "any":
        return { lines: [], cost: "cheap" };
      case "never":
        return { lines: ["return false;"], terminal: true, cost: "cheap" };
      case "object":
        return compileObject(node, v, path, this, knownType);
      case "array":
        return compileArray(node, v, path, this, knownType);
      case "string":
        return compileString(node, v, path, this, knownType);
      case "integer":
      case "number":
      case "boolean":
      case "null":
        return compileScalar(node, v, knownType);
      case "types":
        return compileTypes(node, v, path, this);
      case "literal":
        return compileLiteral(node, v, path, this);
      case "enum":
        return compileEnum(node, v, path, this);
      case "openEnum":
        return compileOpenEnum(node, v);
      case "ref":
        return { lines: [failUnless(`${this.definition(node.key)}(${v})`)], cost: "walk" };
      case "anyOf":
        return compileAnyOf(node, v, path, this);
      case "oneOf":
        return compileOneOf(node, v, path, this);
      case "not":
        return compileNot(node, v, path, this);
      case "conditional":
        return compileConditional(node, v, path, this);
      case "discriminated":
        return compileDiscriminated(node, v, path, this);
      case "openUnion":
        return compileOpenUnion(node, v, path, this);
      case "all":
        return this.compileAll(node.nodes, v, path, knownType);
    }
  }

  test(node: SchemaNode, v: string, path: string[]): Test {
    const inline = this.inlineTest(node, v, path);
    if (inline) return inline;
    return { test: `${this.shared(this.body(node, path), path)}(${v})`, cost: "walk" };
  }

  /** The node as one test, when it is one (no function is declared for it); undefined otherwise. */
  oneTest(node: SchemaNode, v: string, path: string[]): string | undefined {
    const inline = this.inlineTest(node, v, path);
    return inline?.cost === "cheap" ? inline.test : undefined;
  }

  /** Nodes that are one comparison need no function. */
  private inlineTest(node: SchemaNode, v: string, path: string[]): Test | undefined {
    switch (node.kind) {
      case "any":
        return { test: "true", cost: "cheap" };
      case "never":
        return { test: "false", cost: "cheap" };
      case "ref":
        return { test: `${this.definition(node.key)}(${v})`, cost: "walk" };
      case "integer":
      case "number":
      case "boolean":
      case "null":
        return { test: scalarTest(node, v), cost: "cheap" };
      case "openEnum":
        return { test: typeTest("string", v), cost: "cheap" };
      case "string":
        return node.typed && node.minLength === undefined && node.maxLength === undefined && node.pattern === undefined
          ? { test: typeTest("string", v), cost: "cheap" }
          : undefined;
      case "object": {
        // Nothing but its type and required keys (a `not` or `if` naming keys): one expression.
        const { kind: _kind, typed, properties, required, ...rules } = node;
        if (Object.keys(rules).length > 0 || properties.some((p) => p.node.kind !== "any")) return undefined;
        const present = required.map((name) => `${read(v, name)} !== undefined`);
        if (typed)
          return { test: present.length === 0 ? typeTest("object", v) : `(${and([typeTest("object", v), ...present])})`, cost: "cheap" };
        return present.length === 0
          ? { test: "true", cost: "cheap" }
          : { test: `(!${typeTest("object", v)} || ${and(present)})`, cost: "cheap" };
      }
      case "not": {
        const inner = this.inlineTest(node.node, v, [...path, "not"]);
        return inner?.cost === "cheap" ? { test: not(inner.test), cost: "cheap" } : undefined;
      }
      case "conditional": {
        const parts = [node.if, node.thenNode, node.elseNode].map((part, i) =>
          part ? this.inlineTest(part, v, [...path, ["if", "then", "else"][i]!]) : { test: "true", cost: "cheap" as const },
        );
        if (!parts.every((part) => part?.cost === "cheap")) return undefined;
        const [test, then, otherwise] = parts.map((part) => group(part!.test));
        return { test: `(${test} ? ${then} : ${otherwise})`, cost: "cheap" };
      }
      case "array": {
        const { kind: _kind, typed, items, ...rules } = node;
        return typed && (!items || items.kind === "any") && Object.keys(rules).length === 0
          ? { test: typeTest("array", v), cost: "cheap" }
          : undefined;
      }
      case "types":
        return node.options.every((o) => this.compile(o, v, [], o.kind as JsonType).lines.length === 0)
          ? { test: `(${or(node.options.map((o) => typeTest(o.kind as JsonType, v)))})`, cost: "cheap" }
          : undefined;
      case "literal":
        return { test: equalsValue(v, node.value, [...path, "const"], this), cost: "cheap" };
      case "enum": {
        const test = enumTest(node, v, path, this);
        return node.values.length <= SET_THRESHOLD ? { test: node.values.length > 1 ? `(${test})` : test, cost: "cheap" } : undefined;
      }
      case "anyOf": {
        // Branches that are each one test (types, a reference) are one expression.
        const tests = node.branches.map((branch, i) => this.inlineTest(branch, v, [...path, `anyOf${i}`]));
        if (tests.length === 0) return { test: "false", cost: "cheap" };
        if (!tests.every((t): t is Test => t !== undefined)) return undefined;
        return { test: `(${or(tests.map((t) => t.test))})`, cost: tests.every((t) => t.cost === "cheap") ? "cheap" : "walk" };
      }
      default:
        return undefined;
    }
  }

  /** Several rules of one schema: cheap ones (a required-keys `not`, a type test) before walks. */
  private compileAll(nodes: SchemaNode[], v: string, path: string[], knownType?: JsonType): Compiled {
    const parts = nodes.map((node, i) => ({ node, compiled: this.compile(node, v, [...path, `all${i}`], knownType) }));
    const ordered = [...parts.filter((p) => p.compiled.cost === "cheap"), ...parts.filter((p) => p.compiled.cost === "walk")];
    const lines: string[] = [];
    // Two parts that declare locals (two objects of an allOf) each get a block of their own.
    const declaring = parts.filter((p) => !p.compiled.terminal && scoped(p.compiled.lines) !== p.compiled.lines).length;
    for (const { node, compiled } of ordered) {
      // A dispatch returns on every path: inside a larger body it is called, not inlined.
      if (compiled.terminal) lines.push(failUnless(this.test(node, v, path).test));
      else lines.push(...(declaring > 1 ? scoped(compiled.lines) : compiled.lines));
    }
    return { lines, cost: parts.every((p) => p.compiled.cost === "cheap") ? "cheap" : "walk" };
  }

  /** A function body that returns false on the first failed rule, true at the end. */
  private body(node: SchemaNode, path: string[], knownType?: JsonType): string[] {
    const compiled = this.compile(node, "x", path, knownType);
    return compiled.terminal ? compiled.lines : [...compiled.lines, "return true;"];
  }

  private shared(body: string[], path: string[]): string {
    const key = body.join("\n");
    let name = this.functionByBody.get(key);
    if (!name) {
      name = this.reserve(identifier(this.prefix, ...path));
      this.functionByBody.set(key, name);
      this.declarations.push(checkFunction(name, body));
    }
    return name;
  }

  /** Names come from the definition and path; a clash (rare) gets a suffix. */
  private reserve(base: string): string {
    let name = base;
    for (let n = 2; this.names.has(name); n++) name = `${base}_${n}`;
    this.names.add(name);
    return name;
  }
}
