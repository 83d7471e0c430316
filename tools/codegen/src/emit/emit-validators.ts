// The `/ajv` subpath: AJV standalone validators, for users of AJV's error tooling (ajv-i18n,
// better-ajv-errors). The main entry never imports them. AJV emits `require("ajv/dist/runtime/...")` for its runtime
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

/** Name of the AJV validator the `/ajv` subpath exports for an envelope or a code union. */
export function ajvValidatorName(title: string): string {
  return `ajv${title}`;
}

export function emitValidators(model: VendorModel): GeneratedFile[] {
  const ajv = createVendorAjv();
  for (const envelope of model.envelopes) ajv.addSchema(withoutAnnotations(envelope.schema));
  const refs: Record<string, string> = {};
  const titles = [...model.envelopes.map((e) => e.title), ...model.codeUnions.map((u) => u.title)];
  for (const envelope of model.envelopes) refs[standaloneName(envelope.title)] = envelope.id;
  for (const union of model.codeUnions) refs[standaloneName(union.title)] = union.ref;
  const code = standaloneCode(ajv, refs);
  assertSelfContained(code, model.name);
  const header = `${generatedHeader(model)}\n// AJV standalone code, precompiled at generation time: nothing is compiled at runtime (CSP- and edge-safe).\n// @ts-nocheck\n/* eslint-disable */\n`;
  const entry = [
    generatedHeader(model),
    `/**`,
    ` * ${model.packageName}/ajv: the envelopes' AJV validators (standalone code, precompiled; first error only), for`,
    ` * tools that read AJV's \`ErrorObject\` (ajv-i18n, better-ajv-errors). The main entry does not import them.`,
    ` */`,
    `import { ${titles.map((t) => `${standaloneName(t)} as ${standaloneName(t)}Untyped`).join(", ")} } from "./validators.js";`,
    "",
    "/** AJV's error object (ajv's `ErrorObject`), as the validators leave it in `.errors`. */",
    "export interface AjvErrorObject {",
    "  instancePath: string;",
    "  schemaPath: string;",
    "  keyword: string;",
    "  params: Record<string, unknown>;",
    "  message?: string;",
    "}",
    "",
    "/** A precompiled AJV validate function: returns the verdict and leaves the errors in `.errors`. */",
    "export interface AjvValidateFunction {",
    "  (data: unknown): boolean;",
    "  errors?: AjvErrorObject[] | null;",
    "}",
    "",
    ...titles.map(
      (t) =>
        `/** AJV validator of ${t}. */\nexport const ${ajvValidatorName(t)}: AjvValidateFunction = ${standaloneName(t)}Untyped as AjvValidateFunction;`,
    ),
    "",
  ].join("\n");
  return [
    { path: "src/validators.ts", content: `${header}${code}` },
    { path: "src/ajv.ts", content: entry },
  ];
}

function standaloneName(title: string): string {
  return `validate${title}`;
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
    if (code.includes(forbidden))
      throw new Error(`validators for ${vendor} contain "${forbidden}": the package must be self-contained and CSP-safe`);
  }
}
