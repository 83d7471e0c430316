// Compiles the issue collector of an envelope's shipped IR (runtime/explain.ts walks the same IR):
// objects, arrays, plain strings and scalars, references and unions of simple branches become
// straight code that builds a JSON Pointer only where it reports an issue; every other node is
// handed to the runtime's walk (`collectNode`) with its place in the IR. The issues, their order
// and their marks are the walk's own (test/suite and the vendors' compiled-collector tests compare
// them), so the nearest envelope is chosen alike either way; only the speed differs.
import type { AnyOfNode, ArrayNode, ObjectNode, SchemaGraph, SchemaNode, TypesNode, UnionCase } from "../model/schema-node.js";
import { pointerToken } from "../load/schema-error.js";
import { arraySite } from "./array-sites.js";
import { type TypeGate, disjointGates, typeGate, typeOf } from "./type-gates.js";
import { CheckCompiler } from "./checks/compiler.js";
import { identifier, literal, not, or, read, typeHelpers, typeTest } from "./checks/js.js";

export interface CompiledCollectors {
  /** Function declarations, in a stable order. */
  declarations: string[];
  /** The root's collector; undefined when the root is handed to the walk whole. */
  root: string | undefined;
  /** Definition key -> its collector, for each definition that has one. */
  definitions: Record<string, string>;
  /** Whether a compiled check needs the code point length helper. */
  needsLength: boolean;
}

/** The runtime helpers compiled collectors call (imported when they do). */
export const collectorHelpers = [
  ...typeHelpers,
  "collectNode",
  "issueAt",
  "typeIssueAt",
  "enumIssueAt",
  "sinkFull",
  "childPointer",
  "branchSink",
  "nearestBranch",
  "resumeAt",
];

/** `schema`: the expression naming the envelope's ExplainableSchema, which holds the IR and the checks. */
export function compileCollectors(prefix: string, graph: SchemaGraph, schema: string): CompiledCollectors {
  const compiler = new CollectorCompiler(prefix, graph, schema);
  const root = compiler.compileRoot();
  const checks = compiler.accepts.result();
  return {
    declarations: [...checks.declarations, ...compiler.declarations],
    root,
    definitions: compiler.compiledDefinitions(),
    needsLength: checks.needsLength,
  };
}

/** `path` with a constant token appended, as an expression. */
const pathPlus = (path: string, name: string): string => `${path} + ${literal(`/${pointerToken(name)}`)}`;

const isPlainString = (node: SchemaNode): boolean =>
  node.kind === "string" && node.minLength === undefined && node.maxLength === undefined && node.pattern === undefined;
const isPlainScalar = (node: SchemaNode): boolean =>
  (node.kind === "integer" || node.kind === "number" || node.kind === "boolean" || node.kind === "null") &&
  node.minimum === undefined &&
  node.maximum === undefined &&
  node.exclusiveMinimum === undefined &&
  node.exclusiveMaximum === undefined &&
  node.multipleOf === undefined;

/** A container's rules (`inside`), for values of its type; of another type, a type issue when it is `typed`. */
function typed(isTyped: boolean, type: "object" | "array", v: string, p: string, inside: string[]): string[] {
  const test = typeTest(type, v);
  if (!isTyped) return inside.length === 0 ? [] : [`if (${test}) {`, ...inside, "}"];
  const issue = `typeIssueAt(out, ${p}, ${literal(type)});`;
  return inside.length === 0 ? [`if (!${test}) ${issue}`] : [`if (!${test}) {`, issue, "} else {", ...inside, "}"];
}

/** An object or array node that says nothing but its type: it passes exactly the values of that type. */
function bareContainer(node: SchemaNode): "object" | "array" | undefined {
  if (
    node.kind === "object" &&
    node.typed &&
    Object.keys(node).every(
      (key) => key === "kind" || key === "typed" || ((key === "properties" || key === "required") && node[key].length === 0),
    )
  )
    return "object";
  if (node.kind === "array" && node.typed && Object.keys(node).every((key) => key === "kind" || key === "typed")) return "array";
  return undefined;
}

class CollectorCompiler {
  readonly declarations: string[] = [];
  private readonly names = new Map<string, string>();
  private readonly reserved = new Set<string>();
  /** Definition collectors by body: equal ones are one function. */
  private readonly byBody = new Map<string, string>();
  /** Case tables by initializer: a union reached twice shares one. */
  private readonly tables = new Map<string, string>();
  private locals = 0;
  /** The function being compiled (its union branches are named after it). */
  private current = "";

  /** Boolean checks of the nodes whose verdict a collector needs (an `if`), declared beside the collectors. */
  readonly accepts: CheckCompiler;

  constructor(
    private readonly prefix: string,
    private readonly graph: SchemaGraph,
    private readonly schema: string,
  ) {
    this.accepts = new CheckCompiler(`accepts_${prefix}`, graph.definitions);
  }

  compileRoot(): string | undefined {
    return this.compiledFunction("root", this.graph.root, `${this.schema}.root`);
  }

  compiledDefinitions(): Record<string, string> {
    return Object.fromEntries([...this.names].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** A definition's collector, compiled on first use; undefined when the walk takes it whole. */
  private definition(key: string): string | undefined {
    if (this.names.has(key)) return this.names.get(key);
    const node = this.graph.definitions[key];
    if (!node || this.delegatesWhole(node)) return undefined;
    const name = this.reserve(identifier("collect", this.prefix, key));
    this.names.set(key, name); // before the body: a recursive reference finds it
    const before = this.declarations.length;
    const declaration = this.collectorFunction(name, node, `${this.schema}.definitions[${literal(key)}]`);
    // Definitions with the same rules (many error kinds: a message and nothing more) share one
    // collector (one that declared functions of its own, for its unions, keeps them and its own).
    const body = declaration.slice(declaration.indexOf("): void {"));
    const same = this.byBody.get(body);
    if (same !== undefined && !body.includes(name) && this.declarations.length === before) {
      this.names.set(key, same);
      this.reserved.delete(name);
      return same;
    }
    this.byBody.set(body, name);
    this.declarations.push(declaration);
    return name;
  }

  private compiledFunction(label: string, node: SchemaNode, ir: string): string | undefined {
    if (this.delegatesWhole(node)) return undefined;
    const name = this.reserve(identifier("collect", this.prefix, label));
    this.declarations.push(this.collectorFunction(name, node, ir));
    return name;
  }

  private collectorFunction(name: string, node: SchemaNode, ir: string): string {
    const outer = this.locals; // a definition compiled on first use, in the middle of another function's body
    const outerName = this.current;
    this.locals = 0;
    this.current = name;
    const body = this.collect(node, "x", "p", `(${ir} as any)`);
    this.locals = outer;
    this.current = outerName;
    return `function ${name}(x: any, p: string, out: IssueSink): void {\n${body.join("\n")}\n}`;
  }

  private reserve(base: string): string {
    let name = base;
    for (let i = 2; this.reserved.has(name); i++) name = `${base}_${i}`;
    this.reserved.add(name);
    return name;
  }

  /** Nodes the walk would take whole anyway: a compiled function adds a call and nothing else. */
  private delegatesWhole(node: SchemaNode): boolean {
    const lines = this.collect(node, "x", "p", "ir", true);
    return lines.length === 1 && lines[0]!.startsWith("collectNode(");
  }

  private local(base: string): string {
    return `${base}${this.locals++}`;
  }

  /** The walk, handed one node: `ir` is the node's place in the IR. */
  private walk(ir: string, v: string, p: string, sink = "out"): string {
    return `collectNode(${this.schema}, ${ir}, ${v}, ${p}, ${sink});`;
  }

  /** A node as a function of its own (a union branch collects into a sink of its own, and stops when that one is full). */
  private nodeFunction(node: SchemaNode, ir: string, label: string): string | undefined {
    if (this.delegatesWhole(node)) return undefined;
    const name = this.reserve(`${this.current}_${label}`);
    this.declarations.push(this.collectorFunction(name, node, ir));
    return name;
  }

  /** Statements that collect the issues of `v` against `node` (as runtime `collect` does). `dry`: only the shape matters. */
  private collect(node: SchemaNode, v: string, p: string, ir: string, dry = false): string[] {
    switch (node.kind) {
      case "any":
        return [];
      case "object":
        if (!node.names && !node.patterns && !node.dependencies) return dry ? ["object"] : this.object(node, v, p, ir);
        break;
      case "array":
        if (!node.tuple && !node.contains && !node.uniqueItems) return dry ? ["array"] : this.array(node, v, p, ir);
        break;
      case "string":
        if (isPlainString(node)) return node.typed ? [`if (typeof ${v} !== "string") typeIssueAt(out, ${p}, "string");`] : [];
        break;
      case "integer":
      case "number":
      case "boolean":
      case "null":
        if (isPlainScalar(node))
          return node.typed === false ? [] : [`if (!(${typeTest(node.kind, v)})) typeIssueAt(out, ${p}, ${literal(node.kind)});`];
        break;
      case "ref":
        if (dry) return ["ref"];
        return [`if (!${this.schema}.checks[${literal(node.key)}]?.(${v})) ${this.rejected(node.key, v, p)}`];
      case "anyOf":
        // Each branch's quick test first (compiled `anyOf`): a value that fails them all is explained by compiled branches too.
        return dry ? ["anyOf"] : this.anyOf(node, v, p, ir);
      case "all": {
        if (dry) return ["all"];
        // runtime `collect`: a `not`, `anyOf` or `oneOf` beside other rules only when nothing more precise is found.
        const deferred = (part: SchemaNode) => part.kind === "not" || part.kind === "anyOf" || part.kind === "oneOf";
        const before = this.local("before");
        const parts = (wanted: boolean) =>
          node.nodes.flatMap((part, index) => (deferred(part) === wanted ? this.collect(part, v, p, `${ir}.nodes[${index}]`) : []));
        const first = parts(false);
        const last = parts(true);
        if (last.length === 0) return first;
        return [`const ${before} = out.issues.length;`, ...first, `if (out.issues.length === ${before}) {`, ...last, "}"];
      }
      case "conditional": {
        if (dry) return ["conditional"];
        const then = node.thenNode ? this.collect(node.thenNode, v, p, `${ir}.thenNode`) : [];
        const otherwise = node.elseNode ? this.collect(node.elseNode, v, p, `${ir}.elseNode`) : [];
        if (then.length === 0 && otherwise.length === 0) return [];
        // The walk's own verdict on `if` is the compiled check's (valid exactly when no issues): a check compiled here.
        const test = this.accepts.test(node.if, v, [this.current, "if"]).test;
        return otherwise.length === 0 ? [`if (${test}) {`, ...then, "}"] : [`if (${test}) {`, ...then, "} else {", ...otherwise, "}"];
      }
      case "types":
        if (node.options.every((option) => typeOf(option) !== undefined)) return dry ? ["types"] : this.types(node, v, p, ir);
        break;
      case "enum": {
        const test = dry ? undefined : this.accepts.oneTest(node, v, [this.current, "enum"]);
        if (test !== undefined) return [`if (!(${test})) enumIssueAt(out, ${p}, ${v}, ${ir}.values);`];
        break;
      }
      case "discriminated":
        return dry ? ["discriminated"] : this.union(node.tag, node.cases, v, p, ir);
      case "openUnion": {
        const union = this.graph.definitions[node.union];
        if (union?.kind !== "discriminated") break;
        return dry ? ["openUnion"] : this.union(node.tag, union.cases, v, p, ir, node.catchAll);
      }
    }
    if (dry) return [this.walk(ir, v, p)];
    // The walk finds no issue exactly when the check passes: a one-test check skips it for a valid value.
    const check = this.accepts.oneTest(node, v, [this.current, "walked"]);
    return check !== undefined && check !== "false" ? [`if (${not(check)}) ${this.walk(ir, v, p)}`] : [this.walk(ir, v, p)];
  }

  /** runtime `collectAnyOf`: each branch into a sink of its own until one passes; none did: the nearest explains it. */
  private anyOf(node: AnyOfNode, v: string, p: string, ir: string): string[] {
    const label = this.local("anyOf");
    // A value that passes any branch's quick test passes the union: those tests first, before any sink.
    const quick = node.branches.map((branch) => this.quick(branch, v)).filter((test) => test !== undefined);
    const lines = [`${label}: {`, ...(quick.length > 0 ? [`if (${or(quick)}) break ${label};`] : [])];
    const gates = node.branches.map((branch) => typeGate(branch, this.graph.definitions));
    if (gates.every((gate) => gate !== undefined) && disjointGates(gates)) return [...lines, ...this.byType(node, gates, v, p, ir), "}"];
    const failed = this.local("failed");
    lines.push(`const ${failed}: IssueSink[] = [];`);
    node.branches.forEach((branch, index) => {
      const sink = this.local("sink");
      // A reference whose compiled check rejected the value fails, whatever its walk finds.
      const passed = branch.kind === "ref" ? ` && !${this.schema}.checks[${literal(branch.key)}]` : "";
      lines.push(
        `const ${sink} = branchSink(out);`,
        this.branch(branch, index, v, p, ir, sink),
        `if (${sink}.issues.length === 0${passed}) break ${label};`,
        `${failed}.push(${sink});`,
      );
    });
    lines.push(`nearestBranch(${this.schema}, ${ir}.branches, ${failed}, ${v}, ${p}, out);`, "}");
    return lines;
  }

  /**
   * An anyOf whose branches each take values of their own types (type-gates.ts): the branch that
   * takes the value's type explains it, into `out` (what `collectNearest` adopts when one branch
   * alone takes it); when none does, one type issue names the types they want.
   */
  private byType(node: AnyOfNode, gates: readonly TypeGate[], v: string, p: string, ir: string): string[] {
    const lines = node.branches.flatMap((branch, index) => {
      const tests = gates[index]!.types.map((type) => typeTest(type, v));
      return [`${index === 0 ? "if" : "} else if"} (${or(tests)}) {`, this.branch(branch, index, v, p, ir, "out")];
    });
    const wanted = [...new Set(gates.map((gate) => gate.wanted))].join(",");
    return [...lines, "} else {", `typeIssueAt(out, ${p}, ${literal(wanted)});`, "}"];
  }

  /** A union branch's issues into `sink`: its compiled collector (a reference's: its definition's), or the walk. */
  private branch(branch: SchemaNode, index: number, v: string, p: string, ir: string, sink: string): string {
    const branchIr = `${ir}.branches[${index}]`;
    const compiled = branch.kind === "ref" ? this.definition(branch.key) : this.nodeFunction(branch, branchIr, `branch${index}`);
    if (compiled) return `${compiled}(${v}, ${p}, ${sink});`;
    return this.walk(branch.kind === "ref" ? `(${this.schema}.definitions[${literal(branch.key)}] as any)` : branchIr, v, p, sink);
  }

  /**
   * runtime `collectDiscriminated` and the open union: a known tag's case explains the value (its
   * compiled collector, from a table of the cases); else the catch-all, or the walk (which reports
   * the missing, mistyped or unknown tag).
   */
  private union(tag: string, cases: readonly UnionCase[], v: string, p: string, ir: string, catchAll?: SchemaNode): string[] {
    const table = this.caseTable(cases);
    const found = this.local("t");
    const collector = this.local("c");
    const otherwise = catchAll ? this.collect(catchAll, v, p, `${ir}.catchAll`) : [this.walk(ir, v, p)];
    return [
      `if (!isObject(${v})) {`,
      `typeIssueAt(out, ${p}, "object");`,
      "} else {",
      `const ${found} = hasOwn(${v}, ${literal(tag)}) ? ${v}[${literal(tag)}] : undefined;`,
      `const ${collector} = typeof ${found} === "string" ? ${table}.get(${found}) : undefined;`,
      `if (${collector} !== undefined) ${collector}(${v}, ${p}, out);`,
      ...(otherwise.length > 0 ? ["else {", ...otherwise, "}"] : []),
      "}",
    ];
  }

  /** A module constant: each case's tag value to its definition's collector (compiled, or the walk of it). */
  private caseTable(cases: readonly UnionCase[]): string {
    const entries = cases.map(({ code, key }) => {
      const compiled = this.definition(key);
      const walked = `(x: any, p: string, out: IssueSink) => ${this.walk(`(${this.schema}.definitions[${literal(key)}] as any)`, "x", "p").slice(0, -1)}`;
      return `[${literal(code)}, ${compiled ?? walked}]`;
    });
    const initializer = `new Map<string, (x: any, p: string, out: IssueSink) => void>([${entries.join(", ")}])`;
    let name = this.tables.get(initializer);
    if (!name) {
      name = this.reserve(`${this.current}_cases`);
      this.tables.set(initializer, name);
      this.declarations.push(`const ${name} = /* @__PURE__ */ ${initializer};`);
    }
    return name;
  }

  /** runtime `collect` of several types: the first option of the value's type explains it; none: one type issue. */
  private types(node: TypesNode, v: string, p: string, ir: string): string[] {
    const issue = `typeIssueAt(out, ${p}, ${literal(node.options.map(typeOf).join(","))});`;
    // Of the option's type: a plain string or scalar has nothing more to say.
    const rules = node.options.map((option, index) =>
      isPlainString(option) || isPlainScalar(option) ? [] : this.collect(option, v, p, `${ir}.options[${index}]`),
    );
    const tests = node.options.map((option) => typeTest(typeOf(option)!, v));
    if (rules.every((lines) => lines.length === 0)) return [`if (!(${or(tests)})) ${issue}`];
    const lines = tests.flatMap((test, index) => [`${index === 0 ? "if" : "} else if"} (${test}) {`, ...rules[index]!]);
    lines.push("} else {", issue, "}");
    return lines;
  }

  /** A definition whose compiled check rejected `v`: its collector, without running the check again. */
  private rejected(key: string, v: string, p: string): string {
    const compiled = this.definition(key);
    return compiled ? `${compiled}(${v}, ${p}, out);` : this.walk(`(${this.schema}.definitions[${literal(key)}] as any)`, v, p);
  }

  /** runtime `quickAccepts` as an expression, for the nodes where it is one test; undefined otherwise. */
  private quick(node: SchemaNode, v: string): string | undefined {
    if (node.kind === "any") return "true";
    const container = bareContainer(node);
    if (container) return typeTest(container, v); // the walk finds no issue exactly then (a shortcut the walk does not take)
    if (node.kind === "ref") return `${this.schema}.checks[${literal(node.key)}]?.(${v}) === true`;
    if (node.kind === "string" && node.typed && isPlainString(node)) return `typeof ${v} === "string"`;
    if (isPlainScalar(node) && (node as { typed?: false }).typed !== false)
      return typeTest(node.kind as "integer" | "number" | "boolean" | "null", v);
    if (node.kind === "literal" && (node.value === null || typeof node.value !== "object")) return `${v} === ${literal(node.value)}`;
    return undefined;
  }

  /** A present child (runtime `collectChild`): nothing when it passes its quick test, else its issues. */
  private child(node: SchemaNode, v: string, p: string, ir: string): string[] {
    if (node.kind === "ref") {
      return [`if (!(${this.quick(node, v)})) ${this.rejected(node.key, v, p)}`];
    }
    const literalTest = node.kind === "literal" ? this.quick(node, v) : undefined;
    if (literalTest) return [`if (!(${literalTest})) ${this.walk(ir, v, p)}`];
    return this.collect(node, v, p, ir);
  }

  private object(node: ObjectNode, v: string, p: string, ir: string): string[] {
    const inside: string[] = [];
    for (const name of node.required)
      inside.push(
        `if (${read(v, name)} === undefined) issueAt(out, ${pathPlus(p, name)}, "required", { missingProperty: ${literal(name)} });`,
      );
    if (node.minProperties !== undefined || node.maxProperties !== undefined) {
      const count = this.local("n");
      inside.push(`const ${count} = Object.keys(${v}).length;`);
      if (node.minProperties !== undefined)
        inside.push(`if (${count} < ${node.minProperties}) issueAt(out, ${p}, "minProperties", { limit: ${node.minProperties} });`);
      if (node.maxProperties !== undefined)
        inside.push(`if (${count} > ${node.maxProperties}) issueAt(out, ${p}, "maxProperties", { limit: ${node.maxProperties} });`);
    }
    node.properties.forEach((property, index) => {
      const item = this.local("v");
      const lines = this.child(property.node, item, pathPlus(p, property.name), `${ir}.properties[${index}].node`);
      if (lines.length === 0) return;
      // No test of a full sink between properties (there are few): once full, adding is a no-op; loops test it, to bound the work.
      inside.push(`const ${item} = ${read(v, property.name)};`, `if (${item} !== undefined) {`, ...lines, "}");
    });
    if (node.additional) {
      const key = this.local("k");
      const item = this.local("v");
      const declared = node.properties.map((property) => `${key} === ${literal(property.name)}`);
      const lines = this.child(node.additional, item, `childPointer(${p}, ${key})`, `${ir}.additional`);
      if (lines.length > 0)
        inside.push(
          `for (const ${key} of Object.keys(${v})) {`,
          "if (sinkFull(out)) return;",
          ...(declared.length > 0 ? [`if (${or(declared)}) continue;`] : []),
          `const ${item} = ${v}[${key}];`,
          ...lines,
          "}",
        );
    }
    return typed(node.typed, "object", v, p, inside);
  }

  private array(node: ArrayNode, v: string, p: string, ir: string): string[] {
    const inside: string[] = [];
    if (node.minItems !== undefined)
      inside.push(`if (${v}.length < ${node.minItems}) issueAt(out, ${p}, "minItems", { limit: ${node.minItems} });`);
    if (node.maxItems !== undefined)
      inside.push(`if (${v}.length > ${node.maxItems}) issueAt(out, ${p}, "maxItems", { limit: ${node.maxItems} });`);
    if (node.items) {
      const index = this.local("i");
      const item = this.local("v");
      const lines = this.child(node.items, item, `${p} + "/" + ${index}`, `${ir}.items`);
      // Where validateErrorResponse's check stopped in this array: the items before passed (runtime/check-stops.ts),
      // and the item there failed: a definition's collector takes it without checking it again.
      const site = arraySite(this.graph, this.prefix, node);
      const items = node.items;
      const stop = site === undefined ? undefined : this.local("stop");
      const body =
        stop !== undefined && items.kind === "ref"
          ? [`if (${index} === ${stop} && ${stop} > 0) ${this.rejected(items.key, item, `${p} + "/" + ${index}`)}`, "else {", ...lines, "}"]
          : lines;
      if (lines.length > 0)
        inside.push(
          ...(stop !== undefined ? [`const ${stop} = resumeAt(${literal(site)}, ${v});`] : []),
          `for (let ${index} = ${stop ?? "0"}; ${index} < ${v}.length; ${index}++) {`,
          "if (sinkFull(out)) return;",
          `const ${item} = ${v}[${index}];`,
          ...body,
          "}",
        );
    }
    return typed(node.typed, "array", v, p, inside);
  }
}
