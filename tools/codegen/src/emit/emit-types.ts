// Types: json-schema-to-typescript per envelope, then ts-morph adds the unions the model knows.
import { compile } from "json-schema-to-typescript";
import type { JsonSchema } from "../load/types.js";
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

const OPTIONS = {
  bannerComment: "",
  format: false,
  additionalProperties: false, // validation stays open; the emitted types stay closed
  declareExternallyReferenced: true,
  enableConstEnums: false,
  unknownAny: true,
  strictIndexSignatures: true,
  cwd: process.cwd(),
};

export async function emitTypes(model: VendorModel): Promise<GeneratedFile[]> {
  const chunks: string[] = [];
  for (const envelope of model.envelopes) {
    const text = await compile(toTypeSchema(envelope.schema) as never, envelope.title, OPTIONS);
    chunks.push(text);
  }
  // A definition reached only through `not` or `if` (e.g. "a payload whose errors list is not empty")
  // has no place in another type, but it is a type of the surface all the same: declare it on its own.
  for (const envelope of model.envelopes) {
    for (const definition of Object.values(envelope.schema.definitions ?? {})) {
      const title = String(definition.title);
      if (new RegExp(`export (?:interface|type) ${title}\\b`).test(chunks.join("\n"))) continue;
      const standalone = {
        ...(toTypeSchema(definition) as JsonSchema),
        definitions: toTypeSchema(envelope.schema.definitions) as JsonSchema,
      };
      chunks.push(await compile(standalone as never, title, { ...OPTIONS, declareExternallyReferenced: false }));
    }
  }
  const file = createSourceFile(chunks.join("\n"));
  file.addTypeAlias({
    isExported: true,
    name: "ErrorResponse",
    type: model.envelopes.map((envelope) => envelope.title).join(" | "),
    docs: [`Every error envelope of ${model.displayName}: ${model.envelopes.map((e) => e.title).join(", ")}.`],
  });
  if (model.errorKinds.length > 0) {
    file.addTypeAlias({
      isExported: true,
      name: "ErrorCode",
      type: [...new Set(model.errorKinds.map((kind) => JSON.stringify(kind.code)))].join(" | "),
      docs: ["Every documented error code with a type of its own."],
    });
  }
  return [{ path: "src/types.ts", content: printSourceFile(file, generatedHeader(model)) }];
}

const SCHEMA_MAPS = ["properties", "patternProperties", "definitions", "dependencies"];
const SCHEMA_LISTS = ["anyOf", "allOf", "oneOf"];
const SCHEMA_SINGLES = ["items", "additionalItems", "additionalProperties", "contains", "propertyNames", "not", "if", "then", "else"];
const ANNOTATIONS = new Set(["title", "description", "$comment", "$id", "$schema", "examples", "default"]);

/**
 * Rewrites what json-schema-to-typescript cannot type well (walking schema positions only):
 * - an open discriminated union (`if` known code `then` union `else` catch-all) becomes `then | else`;
 * - known values of an open string (`anyOf: [{enum}, {type: string}]`) keep their literals;
 * - a schema without constraints (any JSON value) is `unknown`, not an object;
 * - a free-form object (no declared properties) is a map, not `{}`;
 * - maxItems is dropped (an array, not a union of tuples) and pattern properties become one index signature.
 */
export function toTypeSchema(schema: unknown): unknown {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  const node = { ...(schema as JsonSchema) };
  delete node.examples;
  // A $ref with its own description would become a numbered copy of the target type
  // (ResourceIdentifier1...); wrapped in a one-branch allOf, it documents the property instead.
  if (typeof node.$ref === "string") {
    return typeof node.description === "string" ? { description: node.description, allOf: [{ $ref: node.$ref }] } : { $ref: node.$ref };
  }
  // A discriminated union is the union of its cases, not (cases & { tag: string }).
  if (node.discriminator !== undefined && Array.isArray(node.oneOf)) {
    for (const key of ["type", "properties", "required", "discriminator"]) delete node[key];
  }
  if (node.if !== undefined && node.then !== undefined && node.else !== undefined) {
    node.anyOf = [node.then, node.else];
    delete node.if;
    delete node.then;
    delete node.else;
  }
  if (Object.keys(node).every((key) => ANNOTATIONS.has(key))) return { ...node, tsType: "unknown" };
  if (
    node.type === "object" &&
    node.properties === undefined &&
    node.patternProperties === undefined &&
    node.additionalProperties === undefined
  ) {
    node.additionalProperties = true;
  }
  // A length bound is a rule, not a shape: `string[]`, not a union of every tuple up to maxItems.
  delete node.maxItems;
  // Pattern properties are an index signature of their values' union (no per-pattern comment).
  const patterns = node.patternProperties;
  if (typeof patterns === "object" && patterns !== null && Object.keys(patterns).length > 0) {
    const values = Object.values(patterns);
    if (typeof node.additionalProperties === "object") values.push(node.additionalProperties);
    node.additionalProperties = values.length === 1 ? values[0] : { anyOf: values };
    delete node.patternProperties;
  }
  const knownValues = openEnumValues(node);
  if (knownValues) {
    node.tsType = `(${knownValues.map((value) => JSON.stringify(value)).join(" | ")} | (string & {}))`;
    delete node.anyOf;
  }
  for (const key of SCHEMA_MAPS) {
    const map = node[key];
    if (typeof map === "object" && map !== null)
      node[key] = Object.fromEntries(Object.entries(map).map(([name, sub]) => [name, toTypeSchema(sub)]));
  }
  for (const key of SCHEMA_LISTS) if (Array.isArray(node[key])) node[key] = (node[key] as unknown[]).map(toTypeSchema);
  for (const key of SCHEMA_SINGLES) {
    if (key in node) node[key] = Array.isArray(node[key]) ? (node[key] as unknown[]).map(toTypeSchema) : toTypeSchema(node[key]);
  }
  return node;
}

function openEnumValues(node: JsonSchema): string[] | undefined {
  const anyOf = node.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return undefined;
  const enumBranch = anyOf.find((branch: JsonSchema) => Array.isArray(branch.enum)) as JsonSchema | undefined;
  const stringBranch = anyOf.find((branch: JsonSchema) => branch.type === "string" && Object.keys(branch).length === 1);
  if (!enumBranch || !stringBranch) return undefined;
  const values = enumBranch.enum as unknown[];
  return values.every((value) => typeof value === "string") ? (values as string[]) : undefined;
}
