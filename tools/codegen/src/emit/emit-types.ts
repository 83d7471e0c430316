// Types: json-schema-to-typescript per envelope, then ts-morph adds the unions the model knows.
import { compile } from "json-schema-to-typescript";
import type { JsonSchema } from "../load/types.js";
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export async function emitTypes(model: VendorModel): Promise<GeneratedFile[]> {
  const chunks: string[] = [];
  for (const envelope of model.envelopes) {
    const text = await compile(toTypeSchema(envelope.schema) as never, envelope.title, {
      bannerComment: "",
      format: false,
      additionalProperties: false, // validation stays open; the emitted types stay closed
      declareExternallyReferenced: true,
      enableConstEnums: false,
      unknownAny: true,
      strictIndexSignatures: true,
      cwd: process.cwd(),
    });
    chunks.push(text);
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

/**
 * Rewrites what json-schema-to-typescript cannot type well:
 * - an open discriminated union (`if` known code `then` union `else` catch-all) becomes `then | else`;
 * - known values of an open string (`anyOf: [{enum}, {type: string}]`) keep their literals.
 */
export function toTypeSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toTypeSchema);
  if (typeof schema !== "object" || schema === null) return schema;
  const node = { ...(schema as JsonSchema) };
  delete node.examples;
  if (node.if !== undefined && node.then !== undefined && node.else !== undefined) {
    node.anyOf = [node.then, node.else];
    delete node.if;
    delete node.then;
    delete node.else;
  }
  // A free-form object (no declared properties) is a map, not `{}`.
  if (node.type === "object" && node.properties === undefined && node.patternProperties === undefined && node.additionalProperties === undefined) {
    node.additionalProperties = true;
  }
  const knownValues = openEnumValues(node);
  if (knownValues) {
    node.tsType = `${knownValues.map((value) => JSON.stringify(value)).join(" | ")} | (string & {})`;
    delete node.anyOf;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== "tsType" && key !== "const" && key !== "enum") node[key] = toTypeSchema(value);
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
