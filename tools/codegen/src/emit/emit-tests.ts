// Tests every package gets: the shared conformance suite, and type tests proving the guards narrow.
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export function emitTests(model: VendorModel): GeneratedFile[] {
  return [emitConformanceTest(model), emitTypeTest(model)];
}

function emitConformanceTest(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  file.addImportDeclaration({ moduleSpecifier: "@commerce-errors/testkit", namedImports: ["runConformanceSuite"] });
  file.addImportDeclaration({ moduleSpecifier: "../src/index.js", namespaceImport: "pkg" });
  file.addImportDeclaration({ moduleSpecifier: "../src/core.js", namespaceImport: "core" });
  file.addStatements(`runConformanceSuite(pkg, ${JSON.stringify(model.name)}, core);`);
  return { path: "test/conformance.gen.test.ts", content: printSourceFile(file, generatedHeader(model)) };
}

function emitTypeTest(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  const envelopeTitles = model.envelopes.map((e) => e.title);
  const kinds = model.errorKinds;
  file.addImportDeclaration({ moduleSpecifier: "vitest", namedImports: ["expectTypeOf", "test"] });
  file.addImportDeclaration({
    moduleSpecifier: "../src/index.js",
    namedImports: [
      "isErrorResponse",
      "validateErrorResponse",
      "assertErrorResponse",
      "parseErrorResponse",
      "errorResponseSchema",
      ...envelopeTitles.map((t) => `is${t}`),
      ...kinds.map((k) => `is${k.title}`),
      ...["ErrorResponse", "EnvelopeName", "StandardSchemaV1", ...envelopeTitles, ...kinds.map((k) => k.title)].map((name) => ({
        name,
        isTypeOnly: true,
      })),
    ],
  });
  const statements = [
    `test("isErrorResponse and assertErrorResponse narrow unknown to ErrorResponse", () => {
  const value: unknown = undefined;
  if (isErrorResponse(value)) expectTypeOf(value).toEqualTypeOf<ErrorResponse>();
  const asserted: unknown = undefined;
  expectTypeOf(assertErrorResponse).parameter(0).toBeUnknown();
  expectTypeOf<typeof asserted>().toBeUnknown();
});`,
    `test("validateErrorResponse narrows on valid", () => {
  const result = validateErrorResponse(undefined);
  if (result.valid) expectTypeOf(result.value).toEqualTypeOf<ErrorResponse>();
  else expectTypeOf(result.issues[0]!.path).toBeString();
});`,
    `test("errorResponseSchema is a Standard Schema of ErrorResponse", () => {
  expectTypeOf<StandardSchemaV1.InferOutput<typeof errorResponseSchema>>().toEqualTypeOf<ErrorResponse>();
});`,
    `test("parseErrorResponse gives a typed body when it recognises the envelope", async () => {
  const parsed = await parseErrorResponse({ status: 400, body: null });
  if (parsed.kind === "error") expectTypeOf(parsed.body).toEqualTypeOf<ErrorResponse>();
});`,
    `test("envelope is the union of this vendor's envelope names, not string", async () => {
  expectTypeOf<EnvelopeName>().toEqualTypeOf<${envelopeTitles.map((t) => JSON.stringify(t)).join(" | ")}>();
  const parsed = await parseErrorResponse({ status: 400, body: null });
  if (parsed.kind === "error" || parsed.kind === "partial") expectTypeOf(parsed.envelope).toEqualTypeOf<EnvelopeName>();
  const result = validateErrorResponse(undefined);
  if (result.valid) expectTypeOf(result.envelope).toEqualTypeOf<EnvelopeName>();
});`,
    `test("every envelope guard narrows to its envelope", () => {
  const value: unknown = undefined;
${envelopeTitles.map((t) => `  if (is${t}(value)) expectTypeOf(value).toEqualTypeOf<${t}>();`).join("\n")}
});`,
  ];
  if (kinds.length > 0) {
    statements.push(`test("every error-code guard narrows to its type, with the code as a literal", () => {
  const value: unknown = undefined;
${kinds.map((k) => `  if (is${k.title}(value)) expectTypeOf(value.${k.discriminant}).toEqualTypeOf<${JSON.stringify(k.code)}>();`).join("\n")}
});`);
  }
  file.addStatements(statements);
  return { path: "test/guards.gen.test-d.ts", content: printSourceFile(file, generatedHeader(model)) };
}
