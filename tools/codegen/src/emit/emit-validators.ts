// Validators: AJV standalone code, with its runtime helpers bundled in (AJV still emits
// `require("ajv/dist/runtime/...")` in ESM mode; ajv#2209), so the package has no dependency.
import { fileURLToPath } from "node:url";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";
import { createVendorAjv } from "../ajv.js";
import type { JsonSchema } from "../load/types.js";
import { walkSchema } from "../load/walk-schema.js";
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader } from "./generated-file.js";

const codegenDir = fileURLToPath(new URL("../..", import.meta.url));

const ANNOTATIONS = ["title", "description", "examples", "$comment"];

/** Name of the raw AJV validator exported for an envelope or a code union. */
export function rawValidatorName(title: string): string {
  return `raw${title}`;
}

export async function emitValidators(model: VendorModel): Promise<GeneratedFile[]> {
  const ajv = createVendorAjv();
  for (const envelope of model.envelopes) ajv.addSchema(withoutAnnotations(envelope.schema));
  const refs: Record<string, string> = {};
  for (const envelope of model.envelopes) refs[rawValidatorName(envelope.title)] = envelope.id;
  for (const union of model.codeUnions) refs[rawValidatorName(union.title)] = union.ref;
  const standalone = standaloneCode(ajv, refs);

  const bundled = await build({
    stdin: { contents: standalone, resolveDir: codegenDir, loader: "js", sourcefile: "validators.js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["main"],
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const code = bundled.outputFiles[0]!.text
    .split("\n")
    .filter((line) => !/^\s*\/\/ .*(node_modules|validators\.js)/.test(line)) // esbuild's path comments: machine-specific noise
    .join("\n");
  assertSelfContained(code, model.name);
  const header = `${generatedHeader(model)}\n// AJV standalone code (precompiled at generation time: no eval, no new Function at runtime).\n// @ts-nocheck\n/* eslint-disable */\n`;
  return [{ path: "src/validators.ts", content: `${header}${code}` }];
}

/** Annotations do not affect validation; AJV would copy them into the shipped code. */
function withoutAnnotations(schema: JsonSchema): JsonSchema {
  const copy = structuredClone(schema);
  walkSchema(copy, (node) => {
    for (const keyword of ANNOTATIONS) delete node[keyword];
  });
  return copy;
}

function assertSelfContained(code: string, vendor: string): void {
  for (const forbidden of ["require(", "eval(", "new Function", "Function("]) {
    if (code.includes(forbidden)) throw new Error(`validators for ${vendor} contain "${forbidden}": the package must be self-contained and CSP-safe`);
  }
}
