// fromSdkError / fromSdkErrorSync: what the vendor's SDK (or any HTTP client) threw -> ParsedErrorResponse.
// The recognition is runtime/sdk-error.ts; this module only wires in the vendor's rules (vendor.json "sdkErrors").
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader, runtimeModule } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export function emitSdkError(model: VendorModel): GeneratedFile[] {
  return [emitSdkErrorRules(model), emitSdkErrorModule(model), emitSdkErrorTest(model)];
}

/** The rules alone, for /core: the umbrella's fromError reads them with the runtime's matchSdkError. */
function emitSdkErrorRules(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  file.addImportDeclaration({ moduleSpecifier: runtimeModule, isTypeOnly: true, namedImports: ["SdkErrorRule"] });
  const rules = model.sdkErrors.map((entry) => entry.rule);
  const sdks = model.sdkErrors.map((entry) => ` * - ${entry.sdk}: ${entry.source}`);
  file.addStatements([
    `/**\n * Where ${model.displayName}'s SDKs keep an error response (schemas/${model.name}/vendor.json "sdkErrors"), tried before the generic shapes.${sdks.length > 0 ? `\n${sdks.join("\n")}` : ""}\n */`,
    `export const sdkErrorRules: readonly SdkErrorRule[] = ${JSON.stringify(rules)};`,
  ]);
  return { path: "src/sdk-error-rules.ts", content: printSourceFile(file, generatedHeader(model)) };
}

function emitSdkErrorModule(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  const hasBatches = model.batches.length > 0;
  file.addImportDeclaration({ moduleSpecifier: "./types.js", isTypeOnly: true, namedImports: ["ErrorResponse"] });
  file.addImportDeclaration({ moduleSpecifier: "./guards.js", namedImports: ["validateErrorResponse"] });
  file.addImportDeclaration({ moduleSpecifier: "./catalog.js", namedImports: ["describeStatus"] });
  file.addImportDeclaration({ moduleSpecifier: "./core.js", isTypeOnly: true, namedImports: ["EnvelopeName"] });
  file.addImportDeclaration({
    moduleSpecifier: "./parse.js",
    namedImports: [
      ...(hasBatches ? ["batchRules"] : []),
      "parseErrorResponse",
      { name: "FailedItemError", isTypeOnly: true },
      { name: "ParsedErrorResponse", isTypeOnly: true },
    ],
  });
  if (hasBatches) file.addImportDeclaration({ moduleSpecifier: runtimeModule, namedImports: ["readBatch"] });
  file.addImportDeclaration({
    moduleSpecifier: runtimeModule,
    namedImports: ["createHeldBodyParser", { name: "ParseOptions", isTypeOnly: true }],
  });
  file.addImportDeclaration({ moduleSpecifier: runtimeModule, namedImports: ["createSdkErrorParser", "createSdkErrorParserSync"] });
  file.addImportDeclaration({ moduleSpecifier: "./sdk-error-rules.js", namedImports: ["sdkErrorRules"] });
  file.addExportDeclaration({ moduleSpecifier: "./sdk-error-rules.js", namedExports: ["sdkErrorRules"] });
  const batches = hasBatches ? ", { rules: batchRules, read: readBatch }" : "";
  file.addStatements([
    `const parseHeldBody = /* @__PURE__ */ createHeldBodyParser<ErrorResponse, FailedItemError, EnvelopeName>(validateErrorResponse, describeStatus${batches});`,
    `/**\n * What a ${model.displayName} SDK or an HTTP client threw (or returned) -> this vendor's ParsedErrorResponse, recognised by\n * shape: the SDK's own layout, then \`response.{status, data|body}\`, \`{statusCode, result|data|body|error}\`, JSON in the\n * message, an \`errors\` array kept alone, or the bare body. Uses only what the value holds: a body still in an unread\n * Response is \`unrecognized\` (\`unreadable\`); use fromSdkError for those. \`status\` is 0 when the value carries none. Never throws.\n */`,
    "export const fromSdkErrorSync: (value: unknown, options?: ParseOptions) => ParsedErrorResponse = /* @__PURE__ */ createSdkErrorParserSync(parseHeldBody, sdkErrorRules);",
    "/** fromSdkErrorSync, and an unread fetch Response the value holds (SFCC ResponseError, ky 1, a Response) is read, once. Never rejects. */",
    "export const fromSdkError: (value: unknown, options?: ParseOptions) => Promise<ParsedErrorResponse> = /* @__PURE__ */ createSdkErrorParser(parseHeldBody, parseErrorResponse, sdkErrorRules);",
  ]);
  return { path: "src/sdk-error.ts", content: printSourceFile(file, generatedHeader(model)) };
}

/**
 * given/want rows: each rule's captured example, and every envelope's first example as the common
 * clients hold it (axios, got, APIMatic, a message, a fetch Response, the bare body).
 */
function emitSdkErrorTest(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  file.addImportDeclaration({ moduleSpecifier: "vitest", namedImports: ["describe", "expect", "it"] });
  file.addImportDeclaration({ moduleSpecifier: "../src/index.js", namedImports: ["fromSdkError", "fromSdkErrorSync"] });
  const captured = model.sdkErrors.flatMap((entry) =>
    entry.example
      ? [
          {
            sdk: entry.sdk,
            source: entry.source,
            given: entry.example.given,
            want: {
              kind: "error",
              envelope: entry.example.envelope,
              ...(entry.example.status !== undefined && { status: entry.example.status }),
            },
          },
        ]
      : [],
  );
  const bodies = model.envelopes.flatMap((envelope) =>
    envelope.examples.length > 0 ? [{ envelope: envelope.title, body: envelope.examples[0] }] : [],
  );
  file.addStatements([
    `const captured: { sdk: string; source: string; given: Record<string, unknown>; want: Record<string, unknown> }[] = ${JSON.stringify(captured, null, 2)};`,
    `const bodies: { envelope: string; body: unknown }[] = ${JSON.stringify(bodies, null, 2)};`,
    `const headers = { "content-type": "application/json" };
/** How common clients hold an error response with status 400. */
const heldBy: Record<string, (body: unknown) => unknown> = {
  "axios (response.status, response.data)": (body) => ({ isAxiosError: true, message: "Request failed with status code 400", response: { status: 400, headers, data: body } }),
  "got (response.statusCode, response.body as text)": (body) => Object.assign(new Error("Response code 400 (Bad Request)"), { name: "HTTPError", response: { statusCode: 400, headers, body: JSON.stringify(body) } }),
  "APIMatic (statusCode, result)": (body) => Object.assign(new Error("HTTP 400"), { statusCode: 400, headers, result: body, body: JSON.stringify(body), request: { method: "POST" } }),
  "an Error with the JSON in its message": (body) => Object.assign(new Error(JSON.stringify(body)), { statusCode: 400 }),
  "{ status, headers, body }": (body) => ({ status: 400, headers, body }),
};`,
    // A vendor whose SDK needs no rebuild has no captured rows: no empty suite for it.
    ...(captured.length === 0
      ? []
      : [
          `describe("fromSdkError: captured SDK errors (schemas/${model.name}/vendor.json sdkErrors)", () => {
  it.each(captured)("$sdk", async ({ given, want }) => {
    expect(fromSdkErrorSync(given)).toMatchObject(want);
    expect(await fromSdkError(given)).toMatchObject(want);
  });
});`,
        ]),
    `describe.each(bodies)("fromSdkError: the $envelope example as clients hold it", ({ envelope, body }) => {
  it.each(Object.entries(heldBy))("%s", async (_client, hold) => {
    const want = { kind: "error", status: 400, envelope };
    expect(fromSdkErrorSync(hold(body))).toMatchObject(want);
    expect(await fromSdkError(hold(body))).toMatchObject(want);
  });

  it("an unread fetch Response: fromSdkError reads it, fromSdkErrorSync cannot", async () => {
    const thrown = Object.assign(new Error("400 Bad Request"), { response: new Response(JSON.stringify(body), { status: 400, headers }) });
    expect(fromSdkErrorSync(thrown)).toMatchObject({ kind: "unrecognized", status: 400, reason: "unreadable" });
    expect(await fromSdkError(thrown)).toMatchObject({ kind: "error", status: 400, envelope });
  });

  it("the bare body (Elastic Path's js-sdk rejects with it)", async () => {
    expect(await fromSdkError(body)).toMatchObject({ kind: "error", envelope });
  });
});`,
    `describe("fromSdkError: values that hold no response", () => {
  it.each([
    ["a network failure", new TypeError("fetch failed")],
    ["undefined", undefined],
    ["a hostile getter", Object.defineProperty({}, "response", { get() { throw new Error("no"); } })],
  ])("%s -> unrecognized, unreadable, status 0", async (_name, given) => {
    const want = { kind: "unrecognized", status: 0, reason: "unreadable" };
    expect(fromSdkErrorSync(given)).toMatchObject(want);
    expect(await fromSdkError(given)).toMatchObject(want);
  });
});`,
  ]);
  return { path: "test/sdk-error.gen.test.ts", content: printSourceFile(file, generatedHeader(model)) };
}
