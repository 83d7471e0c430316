// fast-check arbitraries of values that are valid by construction for a draft-07 schema (the
// subset schemas/ use), including undocumented extra fields, which every schema must accept.
import { Ajv } from "ajv";
import fc from "fast-check";

type Schema = boolean | Record<string, any>;

export class UnsupportedForGeneration extends Error {}

const IGNORED = new Set(["$schema", "$id", "$comment", "title", "description", "examples", "definitions", "default", "discriminator"]);
const EXTRA_KEY = fc.string({ minLength: 1, maxLength: 8 }).map((key) => `x_${key}`);

interface Context {
  ref(key: string): fc.Arbitrary<unknown>;
  /** The reference implementation (AJV, compiled at runtime) decides `not`: values it matches are dropped. */
  matcher(schema: Schema): (value: unknown) => boolean;
}

const reference = new Ajv({ strict: false, allowUnionTypes: true, discriminator: true, validateFormats: false });

export function arbitraryFromSchema(root: Record<string, any>): fc.Arbitrary<unknown> {
  const definitions: Record<string, Schema> = root.definitions ?? {};
  const arbitraries = fc.letrec<Record<string, unknown>>((tie) => {
    const ctx: Context = {
      ref: (key) => tie(key) as fc.Arbitrary<unknown>,
      matcher: (schema) => {
        const validate = reference.compile({ ...(schema as object), definitions });
        return (value) => validate(value) as boolean;
      },
    };
    const byKey: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, definition] of Object.entries(definitions)) byKey[key] = build(definition, ctx);
    byKey.__root = build(root, ctx);
    return byKey;
  });
  return arbitraries.__root as fc.Arbitrary<unknown>;
}

function build(schema: Schema, ctx: Context): fc.Arbitrary<unknown> {
  if (schema === true) return fc.jsonValue();
  if (schema === false) throw new UnsupportedForGeneration("false schema");
  for (const key of Object.keys(schema)) {
    if (!IGNORED.has(key) && !HANDLED.has(key)) throw new UnsupportedForGeneration(`keyword ${key}`);
  }
  if (typeof schema.$ref === "string") return ctx.ref(schema.$ref.replace("#/definitions/", "").replace(/~1/g, "/").replace(/~0/g, "~"));
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if ("if" in schema && "then" in schema && "else" in schema) return ifThenElse(schema, ctx);
  if ("if" in schema) {
    // An `if` with one branch (`else` only: "no code, then a message"): build the rest, keep what the pair accepts.
    const { if: _condition, then: _then, else: _else, ...rest } = schema;
    const accepts = ctx.matcher(schema);
    return build(rest, ctx).filter(accepts);
  }
  if (Array.isArray(schema.anyOf)) return fc.oneof(...schema.anyOf.map((branch: Schema) => build(branch, ctx)));
  if (Array.isArray(schema.oneOf)) {
    if (!schema.discriminator) throw new UnsupportedForGeneration("oneOf without discriminator");
    return fc.oneof(...schema.oneOf.map((branch: Schema) => build(branch, ctx)));
  }
  if ("allOf" in schema) throw new UnsupportedForGeneration("allOf");
  if ("not" in schema) {
    const { not, ...rest } = schema;
    const matchesNot = ctx.matcher(not);
    return build(rest, ctx).filter((value) => !matchesNot(value));
  }
  const types: string[] = typeof schema.type === "string" ? [schema.type] : (schema.type ?? ["object"]);
  return fc.oneof(...types.map((type) => ofType(type, schema, ctx)));
}

/** The `if` of an open discriminated union tests known codes: build a known one or an unknown one. */
function ifThenElse(schema: Record<string, any>, ctx: Context): fc.Arbitrary<unknown> {
  const [tag, rule] = Object.entries(schema.if.properties ?? {})[0] as [string, { enum: unknown[] }];
  const known = new Set(rule.enum);
  const otherwise = build(schema.else, ctx).filter((value) => !known.has((value as Record<string, unknown>)?.[tag]));
  return fc.oneof(build(schema.then, ctx), otherwise);
}

function ofType(type: string, schema: Record<string, any>, ctx: Context): fc.Arbitrary<unknown> {
  switch (type) {
    case "string":
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern, "u"));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: schema.maxLength ?? Math.max(10, schema.minLength ?? 0), unit: "grapheme" });
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 });
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(schema.items === undefined ? fc.jsonValue() : build(schema.items, ctx), {
        minLength: schema.minItems ?? 0,
        maxLength: schema.maxItems ?? Math.max(3, schema.minItems ?? 0),
      });
    case "object":
      return object(schema, ctx);
    default:
      throw new UnsupportedForGeneration(`type ${type}`);
  }
}

function object(schema: Record<string, any>, ctx: Context): fc.Arbitrary<unknown> {
  if (schema.patternProperties || schema.propertyNames) throw new UnsupportedForGeneration("patternProperties");
  const properties: Record<string, Schema> = schema.properties ?? {};
  const required: string[] = schema.required ?? [];
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(properties)) model[name] = build(sub, ctx);
  for (const name of required) model[name] ??= fc.jsonValue().filter((value) => value !== null || true);
  const declared = fc.record(model, { requiredKeys: required });
  const additional = schema.additionalProperties;
  if (additional === false) return declared;
  const extraValue = additional === undefined || additional === true ? fc.jsonValue() : build(additional, ctx);
  const minKeys = typeof schema.minProperties === "number" ? schema.minProperties : 0;
  const extras = fc.dictionary(EXTRA_KEY, extraValue, { minKeys, maxKeys: Math.max(2, minKeys) });
  return fc.tuple(declared, extras).map(([own, extra]) => ({ ...extra, ...own }));
}

const HANDLED = new Set([
  "type", "const", "enum", "required", "properties", "additionalProperties", "patternProperties", "propertyNames", "minProperties",
  "items", "minItems", "maxItems", "minLength", "maxLength", "pattern", "minimum", "maximum",
  "$ref", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
]);
