// src/explain-data.ts: each envelope's schema IR as data (annotations dropped, repeated subtrees
// shared), with the compiled checks of its definitions: what runtime/explain.ts walks on failure;
// and src/collectors.ts, the same explanations compiled.
import type { SchemaGraph, SchemaNode } from "../model/schema-node.js";
import type { VendorModel } from "../model/vendor-model.js";
import { collectorHelpers, compileCollectors } from "./collectors.js";
import { definitionChecksName } from "./emit-checks.js";
import { type GeneratedFile, generatedHeader, runtimeModule } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

/** Name of an envelope's explainable schema in src/explain-data.ts. */
export function explainableName(title: string): string {
  return `explainable${title}`;
}

/** Subtrees this long (as JSON) or longer that occur twice or more become one shared constant. */
const SHARE_FROM_LENGTH = 24;

export function emitExplainData(model: VendorModel): GeneratedFile[] {
  const checks = model.envelopes.map((e) => definitionChecksName(e.title));
  const graphs = model.envelopes.map((e) => shippedGraph(e.graph));
  // One writer for the file: a subtree shared by two envelopes is one constant too.
  const writer = new NodeWriter("node");
  for (const graph of graphs) {
    writer.count(graph.root);
    for (const node of Object.values(graph.definitions)) writer.count(node);
  }
  const envelopes = model.envelopes.map((envelope, index) => {
    const graph = graphs[index]!;
    const root = writer.write(graph.root);
    const definitions = Object.entries(graph.definitions).map(([key, node]) => `${JSON.stringify(key)}: ${writer.write(node)}`);
    return [
      `/** ${envelope.title}: its schema IR and compiled definition checks, for the issue collector. */`,
      `export const ${explainableName(envelope.title)}: ExplainableSchema = {`,
      `  root: ${root},`,
      definitions.length === 0 ? "  definitions: {}," : `  definitions: {\n    ${definitions.join(",\n    ")},\n  },`,
      `  checks: ${definitionChecksName(envelope.title)},`,
      "};",
      "",
    ].join("\n");
  });
  const lines = [
    'import type { ExplainableSchema, SchemaNode } from "@commerce-errors/runtime";',
    `import { ${checks.join(", ")} } from "./checks.js";`,
    "",
    ...writer.shared,
    "",
    ...envelopes,
  ];
  const header = `${generatedHeader(model)}\n// The schemas as data for runtime/explain.ts, which reports every issue of a value a check rejected.`;
  return [{ path: "src/explain-data.ts", content: `${header}\n${lines.join("\n")}` }, emitCollectors(model, graphs)];
}

/** Name of an envelope's explainable schema with its compiled collectors, in src/collectors.ts. */
export function collectingName(title: string): string {
  return `collecting${title}`;
}

/**
 * src/collectors.ts: each envelope's issue collectors compiled (emit/collectors.ts), beside its IR.
 * Only the validate functions import it: parseErrorResponse explains by walking the IR, so the
 * compiled code is in no other bundle.
 */
function emitCollectors(model: VendorModel, graphs: SchemaGraph[]): GeneratedFile {
  const declarations: string[] = [];
  let needsLength = false;
  const envelopes = model.envelopes.map((envelope, index) => {
    const name = explainableName(envelope.title);
    const collectors = compileCollectors(envelope.title, graphs[index]!, name);
    declarations.push(...collectors.declarations);
    needsLength ||= collectors.needsLength;
    const compiled = Object.entries(collectors.definitions).map(([key, fn]) => `${JSON.stringify(key)}: ${fn}`);
    return [
      `/** ${envelope.title} with its compiled collectors: the issues the walk of its IR finds, at compiled speed. */`,
      `export const ${collectingName(envelope.title)}: ExplainableSchema = /* @__PURE__ */ withCollectors(${name}, ${collectors.root ?? "undefined"}, { ${compiled.join(", ")} });`,
      "",
    ].join("\n");
  });
  const code = declarations.join("\n");
  const helpers = collectorHelpers.filter((helper) => code.includes(`${helper}(`));
  if (needsLength) helpers.push("ucs2length");
  const lines = [
    `import type { ExplainableSchema${code ? ", IssueSink" : ""} } from "${runtimeModule}";`,
    `import { ${["withCollectors", ...helpers].join(", ")} } from "${runtimeModule}";`,
    `import { ${model.envelopes.map((e) => explainableName(e.title)).join(", ")} } from "./explain-data.js";`,
    "",
    ...envelopes,
    ...(code ? ["/* eslint-disable */", code, ""] : []),
  ];
  const header = `${generatedHeader(model)}\n// The issue collectors compiled from the schema IR (codegen's emit/collectors.ts): the same issues, in the same order, as runtime/explain.ts walking it.`;
  return { path: "src/collectors.ts", content: printSourceFile(createSourceFile(lines.join("\n")), header) };
}

/**
 * The graph as shipped, without what explains nothing at runtime: descriptions; the known values
 * of an open enum (any string passes it: a string node to the collector); and a union case's own
 * tag rule, when only its union reaches the case (the tag selected it, so the tag matches).
 */
function shippedGraph(graph: SchemaGraph): SchemaGraph {
  const strip = (node: SchemaNode): SchemaNode =>
    JSON.parse(
      JSON.stringify(node, (key, value) => {
        if (key === "description") return undefined;
        return value?.kind === "openEnum" ? { kind: "string", typed: true } : value;
      }),
    );
  const definitions = Object.fromEntries(Object.entries(graph.definitions).map(([key, node]) => [key, strip(node)]));
  const referenced = new Set<string>();
  JSON.stringify([graph.root, definitions], (_key, value) => {
    if (value?.kind === "ref") referenced.add(value.key);
    return value;
  });
  for (const union of Object.values(definitions)) {
    if (union.kind !== "discriminated") continue;
    for (const { key } of union.cases) {
      const node = definitions[key];
      if (referenced.has(key) || node?.kind !== "object") continue;
      definitions[key] = {
        ...node,
        properties: node.properties.filter((p) => p.name !== union.tag),
        required: node.required.filter((name) => name !== union.tag),
      };
    }
  }
  return { root: strip(graph.root), definitions };
}

class NodeWriter {
  private readonly seen = new Map<string, number>();
  private readonly names = new Map<string, string>();
  readonly shared: string[] = [];

  constructor(private readonly prefix: string) {}

  count(value: unknown): void {
    if (typeof value !== "object" || value === null) return;
    if (isNode(value)) {
      const json = JSON.stringify(value);
      this.seen.set(json, (this.seen.get(json) ?? 0) + 1);
      if (this.seen.get(json)! > 1) return; // its children were counted the first time
    }
    for (const item of Object.values(value)) this.count(item);
  }

  /** A literal, or the name of a shared constant (declared before its first use). */
  write(value: unknown): string {
    if (typeof value !== "object" || value === null) return JSON.stringify(value);
    if (Array.isArray(value)) return `[${value.map((item) => this.write(item)).join(", ")}]`;
    const literal = `{ ${Object.entries(value)
      .map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${this.write(item)}`)
      .join(", ")} }`;
    if (!isNode(value)) return literal;
    const json = JSON.stringify(value);
    if ((this.seen.get(json) ?? 0) < 2 || json.length < SHARE_FROM_LENGTH) return literal;
    let name = this.names.get(json);
    if (!name) {
      name = `${this.prefix}${this.names.size}`;
      this.names.set(json, name);
      this.shared.push(`const ${name}: SchemaNode = ${literal};`);
    }
    return name;
  }
}

function isNode(value: object): value is SchemaNode {
  return !Array.isArray(value) && typeof (value as { kind?: unknown }).kind === "string";
}
