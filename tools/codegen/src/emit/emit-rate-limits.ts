// `src/rate-limits.ts`: the vendor's rate-limit rules as data and `readRateLimit`, which hands them to the
// runtime's interpreter; and a test that reads every fixture of schemas/<vendor>/rate-limits.json.
import { buildRetryWaits } from "../model/build-retry-waits.js";
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader, runtimeModule } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export function emitRateLimits(model: VendorModel): GeneratedFile[] {
  return [emitModule(model), ...emitTest(model)];
}

function emitModule(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  file.addImportDeclaration({
    moduleSpecifier: runtimeModule,
    namedImports: [
      "readRateLimitWith",
      { name: "RateLimitRules", isTypeOnly: true },
      { name: "RetryWaitRules", isTypeOnly: true },
      "retryWaitMs",
      { name: "WaitResponse", isTypeOnly: true },
      { name: "RateLimitState", isTypeOnly: true },
      { name: "ReadRateLimitOptions", isTypeOnly: true },
    ],
  });
  file.addStatements(`/** Where ${model.displayName} states its rate-limit budget, each rule with its source (schemas/${model.name}/rate-limits.json). */
export const rateLimitRules: RateLimitRules = ${JSON.stringify(model.rateLimits.rules, null, 2)};

/** The waits an error response may ask for beyond Retry-After, derived from the rules above: what retry advice reads. */
export const retryWaits: RetryWaitRules = ${JSON.stringify(buildRetryWaits(model.rateLimits.rules), null, 2)};

/** The longest wait an error response asks for by \`retryWaits\`, or \`undefined\`. Never throws. */
export function readRetryWait(response: WaitResponse, now?: number): number | undefined {
  return retryWaitMs(retryWaits, response, now);
}

/**
 * ${model.displayName}'s rate-limit state from a response, success or error: limit, remaining, reset or
 * restore rate, cost, whether it was throttled, and where each came from; \`undefined\` when the
 * response says nothing. Takes a fetch Response (headers only; pass \`{status, headers, body}\` with the
 * parsed body for values in the body), an axios, got or ofetch response, or \`{status, headers, body}\`.
 * Never throws.
 */
export function readRateLimit(response: unknown, options?: ReadRateLimitOptions): RateLimitState | undefined {
  return readRateLimitWith(rateLimitRules, response, options);
}`);
  return { path: "src/rate-limits.ts", content: printSourceFile(file, generatedHeader(model)) };
}

function emitTest(model: VendorModel): GeneratedFile[] {
  const file = createSourceFile();
  file.addImportDeclaration({ moduleSpecifier: "vitest", namedImports: ["expect", "test"] });
  file.addImportDeclaration({ moduleSpecifier: "../src/core.js", namedImports: ["readRateLimit"] });
  const rows = model.rateLimits.fixtures.map(({ title, source, now, given, want }) => ({ title, source, now, given, want }));
  file.addStatements(`// Captured responses and the state each reads as, with their public sources (schemas/${model.name}/rate-limits.json).
const fixtures: { title: string; source: string; now?: string; given: unknown; want: unknown }[] = ${JSON.stringify(rows, null, 2)};

test.each(fixtures)("readRateLimit: $title", ({ now, given, want }) => {
  expect(readRateLimit(given, now === undefined ? {} : { now: Date.parse(now) }) ?? null).toEqual(want);
});`);
  const content = printSourceFile(file, generatedHeader(model));
  return rows.length === 0 ? [] : [{ path: "test/rate-limits.gen.test.ts", content }];
}
