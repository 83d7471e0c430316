// fast-check arbitraries of values that are valid by construction for an envelope schema, built
// from the generator's schema IR (the same reading of the schema the packages are generated
// from), including undocumented extra fields, which every schema must accept.
import { type JsonSchema, type SchemaGraph, type SchemaNode, explain, readSchemaGraph } from "@commerce-errors/codegen";
import fc from "fast-check";
import { readEnvelopeSchemas } from "./fixtures.js";

export class UnsupportedForGeneration extends Error {}

const EXTRA_KEY = fc.string({ minLength: 1, maxLength: 8 }).map((key) => `x_${key}`);

interface Context {
  graph: SchemaGraph;
  ref(key: string): fc.Arbitrary<unknown>;
  /** Whether a value passes a node: decides `not`, `if` and the parts of an `all` a value is filtered by. */
  accepts(node: SchemaNode, value: unknown): boolean;
}

export function arbitraryFromSchema(schema: JsonSchema): fc.Arbitrary<unknown> {
  const problems: { pointer: string; reason: string }[] = [];
  const graph = readSchemaGraph(schema, problems);
  if (problems.length > 0) throw new UnsupportedForGeneration(problems.map((p) => `${p.pointer}: ${p.reason}`).join("; "));
  const arbitraries = fc.letrec<Record<string, unknown>>((tie) => {
    // The generated package's own engine is not consulted: the collector here runs without compiled checks.
    const ctx: Context = {
      graph,
      ref: (key) => tie(key) as fc.Arbitrary<unknown>,
      accepts: (node, value) => explain({ root: node, definitions: graph.definitions, checks: {} }, value).length === 0,
    };
    const byKey: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, node] of Object.entries(graph.definitions)) byKey[key] = build(node, ctx);
    byKey.__root = build(graph.root, ctx);
    return byKey;
  });
  return arbitraries.__root as fc.Arbitrary<unknown>;
}

function build(node: SchemaNode, ctx: Context): fc.Arbitrary<unknown> {
  switch (node.kind) {
    case "any":
      return fc.jsonValue();
    case "never":
      throw new UnsupportedForGeneration("false schema");
    case "object":
      return object(node, ctx);
    case "array": {
      const tuple = (node.tuple ?? []).map((item) => build(item, ctx));
      const rest = fc.array(node.items ? build(node.items, ctx) : fc.jsonValue(), {
        minLength: Math.max(0, (node.minItems ?? 0) - tuple.length),
        maxLength: Math.max(0, Math.min(Math.max(3, node.minItems ?? 0), (node.maxItems ?? Number.POSITIVE_INFINITY) - tuple.length)),
      });
      const items = tuple.length === 0 ? rest : fc.tuple(fc.tuple(...tuple), rest).map(([head, tail]) => [...head, ...tail]);
      // contains and uniqueItems: values that happen to meet them.
      return node.contains || node.uniqueItems ? items.filter((value) => ctx.accepts(node, value)) : items;
    }
    case "string": {
      if (node.pattern !== undefined) return fc.stringMatching(new RegExp(node.pattern, "u")).filter((value) => ctx.accepts(node, value));
      const minLength = node.minLength ?? 0;
      return fc.string({ minLength, maxLength: node.maxLength ?? Math.max(10, minLength), unit: "grapheme" });
    }
    case "integer":
    case "number": {
      const min = node.minimum ?? node.exclusiveMinimum ?? -1e6;
      const max = node.maximum ?? node.exclusiveMaximum ?? Math.max(1e6, min);
      const numbers =
        node.kind === "integer"
          ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
          : fc.double({ noNaN: true, noDefaultInfinity: true, min, max });
      const bounded = node.exclusiveMinimum !== undefined || node.exclusiveMaximum !== undefined || node.multipleOf !== undefined;
      const values = bounded ? numbers.filter((value) => ctx.accepts(node, value)) : numbers;
      return node.typed === false
        ? fc.oneof(
            values,
            fc.jsonValue().filter((value) => typeof value !== "number"),
          )
        : values;
    }
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "types":
      return fc.oneof(...node.options.map((option) => build(option, ctx)));
    case "literal":
      return fc.constant(node.value);
    case "enum":
      return fc.constantFrom(...node.values);
    case "openEnum":
      return fc.oneof(fc.constantFrom(...node.known), fc.string({ maxLength: 10 }));
    case "ref":
      return ctx.ref(node.key);
    case "anyOf":
      return fc.oneof(...node.branches.map((branch) => build(branch, ctx)));
    case "oneOf":
      return fc.oneof(...node.branches.map((branch) => build(branch, ctx))).filter((value) => ctx.accepts(node, value));
    case "discriminated":
      return fc.oneof(...node.cases.map((c) => ctx.ref(c.key)));
    case "openUnion": {
      // A known code built by its case, or the catch-all with a code the union does not know.
      const union = ctx.graph.definitions[node.union];
      const known = new Set(union?.kind === "discriminated" ? union.cases.map((c) => c.code) : []);
      const unknown = build(node.catchAll, ctx).filter((value) => !known.has((value as Record<string, unknown>)?.[node.tag] as string));
      return fc.oneof(ctx.ref(node.union), unknown);
    }
    case "not":
      throw new UnsupportedForGeneration("a not alone (nothing to build values from)");
    case "conditional": {
      // The value's `if` verdict decides which branch it must pass.
      const thenNode = node.thenNode;
      const elseNode = node.elseNode;
      // Built from `then` where there is one: an `if` is often a `not` ("no code, then a message").
      const matching = (thenNode ? build(thenNode, ctx) : build(node.if, ctx)).filter(
        (value) => ctx.accepts(node.if, value) && (!thenNode || ctx.accepts(thenNode, value)),
      );
      const other = (elseNode ? build(elseNode, ctx) : fc.jsonValue()).filter((value) => !ctx.accepts(node.if, value));
      return fc.oneof(matching, other);
    }
    case "all": {
      // Values of the first part that builds values, kept when every part accepts them.
      const builds = (part: SchemaNode) => part.kind !== "not" && part.kind !== "conditional";
      const source = node.nodes.find(builds) ??
        node.nodes.find((part) => part.kind !== "not") ?? { kind: "object", typed: true, properties: [], required: [] };
      return build(source, ctx).filter((value) => ctx.accepts(node, value));
    }
  }
}

function object(node: Extract<SchemaNode, { kind: "object" }>, ctx: Context): fc.Arbitrary<unknown> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const property of node.properties) model[property.name] = build(property.node, ctx);
  for (const name of node.required) model[name] ??= fc.jsonValue();
  const declared = fc.record(model, { requiredKeys: node.required });
  const extraValue = node.additional ? build(node.additional, ctx) : fc.jsonValue();
  // Extra keys make up what minProperties asks beyond the declared ones (fc.record may omit optional keys).
  const minKeys = node.minProperties ?? 0;
  const extras = fc.dictionary(EXTRA_KEY, extraValue, { minKeys, maxKeys: Math.max(2, minKeys) });
  const objects = fc.tuple(declared, extras).map(([own, extra]) => ({ ...extra, ...own }));
  // Rules on the keys themselves: values that happen to meet them.
  const keyed = node.patterns || node.names || node.maxProperties !== undefined || node.dependencies;
  return keyed ? objects.filter((value) => ctx.accepts(node, value)) : objects;
}

/** Bodies that one of the vendor's envelopes accepts, generated from the envelope schemas. */
export function envelopeBodies(vendor: string): fc.Arbitrary<unknown> {
  return fc.oneof(...readEnvelopeSchemas(vendor).map((envelope) => arbitraryFromSchema(envelope.schema)));
}
