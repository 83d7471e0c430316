// Validators: AJV standalone code. AJV emits `require("ajv/dist/runtime/...")` for its runtime
// helpers even in ESM mode (ajv#2209); we make it inline them instead, so the package has no
// dependency and no require.
import standaloneModule from "ajv/dist/standalone/index.js";
import equalModule from "ajv/dist/runtime/equal.js";
import ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";
import { createVendorAjv } from "../ajv.js";
import type { JsonSchema } from "../load/types.js";
import { walkSchema } from "../load/walk-schema.js";
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader } from "./generated-file.js";

// AJV writes a helper into standalone code as the helper's `.code`. Both helpers are self-contained
// functions (no closure), so their own source can stand in for the require (toolchain.md, P1).
const standaloneCode = standaloneModule.default; // a CommonJS module: its default export is a property

type Helper = { code: string; toString(): string };
for (const module of [ucs2lengthModule, equalModule] as unknown as (Helper & { default?: Helper })[]) {
  const helper = module.default ?? module; // CommonJS default export, as the loader presents it
  helper.code = `(${helper.toString()})`;
}

const ANNOTATIONS = ["title", "description", "examples", "$comment"];

/** Name of the raw AJV validator exported for an envelope or a code union. */
export function rawValidatorName(title: string): string {
  return `raw${title}`;
}

export function emitValidators(model: VendorModel): GeneratedFile[] {
  const ajv = createVendorAjv();
  for (const envelope of model.envelopes) ajv.addSchema(withoutAnnotations(envelope.schema));
  const refs: Record<string, string> = {};
  for (const envelope of model.envelopes) refs[rawValidatorName(envelope.title)] = envelope.id;
  for (const union of model.codeUnions) refs[rawValidatorName(union.title)] = union.ref;
  const code = standaloneCode(ajv, refs);
  assertSelfContained(code, model.name);
  const header = `${generatedHeader(model)}\n// AJV standalone code, precompiled at generation time: nothing is compiled at runtime (CSP- and edge-safe).\n// @ts-nocheck\n/* eslint-disable */\n`;
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
