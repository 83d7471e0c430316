// The umbrella's modules that name vendors: the registry of all of them (the root entry's scope and
// detectVendor's) and one `commerce-errors/<vendor>` entry each. Both build every adapter from the
// vendor package's /core alone; what a vendor's bodies mean is data there, read by the umbrella's
// one generic adapter.
import { buildRetryWaits, hasRetryWaits } from "../../model/build-retry-waits.js";
import type { VendorModel } from "../../model/vendor-model.js";
import { identifier } from "./catalog-packages.js";
import { WORKSPACE_HEADER } from "./header.js";

/** The functions each entry binds to its scope, in export order. */
const BINDINGS: readonly [name: string, call: string][] = [
  ["normalizeError", "bindNormalizeError(vendors)"],
  ["detectVendor", "bindDetectVendor(detectable)"],
  ["assertOk", "bindAssertOk(vendors, readErrorBody)"],
  ["fromError", "bindFromError(vendors)"],
  ["fromErrorAsync", "bindFromErrorAsync(vendors, readErrorBody)"],
  ["shouldRetry", "bindShouldRetry(vendors)"],
  ["retryDelayMs", "bindRetryDelayMs(vendors)"],
  ["retryOnConflict", "bindRetryOnConflict(vendors)"],
  ["pRetryOptions", "bindPRetryOptions(vendors)"],
  ["axiosRetryOptions", "bindAxiosRetryOptions(vendors)"],
  ["gotRetryOptions", "bindGotRetryOptions(vendors)"],
  ["ofetchRetryOptions", "bindOfetchRetryOptions(vendors)"],
  ["kyRetryOptions", "bindKyRetryOptions(vendors, readErrorBody)"],
];

const binders = () => BINDINGS.map(([, call]) => call.slice(0, call.indexOf("("))).sort();

const coreName = (model: VendorModel) => `${identifier(model.name)}Core`;

/**
 * What a vendor entry's adapter reads: the reading rules compiled (readErrorEnvelope, in the
 * umbrella's src/generated/reading-<vendor>.ts), so that its bundle holds no interpreter. Detection among vendors (the root entry's adapters, and
 * detectVendor's) reads the rules as data (errorReading) with the interpreter, which it needs for the
 * marks anyway: twenty vendors' rules are smaller as data than as code.
 */
const READING_MEMBERS = [
  "vendorName",
  "requestIdHeaders",
  "envelopeNames",
  "matchErrorEnvelope",
  "summarizeStatus",
  "readErrorEnvelope",
  "errorRetryHeaders",
  "errorCategories",
];
const DETECTABLE_READING_MEMBERS = [
  "vendorName",
  "requestIdHeaders",
  "envelopeNames",
  "matchErrorEnvelope",
  "summarizeStatus",
  "errorReading",
  "errorCategories",
];
const DETECTION_MEMBERS = ["vendor", "errorMarks", "envelopeEvidence"];
/** What a vendor entry's adapter reads of the umbrella's compiled rules instead of /core. */
const COMPILED_MEMBERS = ["readErrorEnvelope", "errorRetryHeaders"];

/**
 * The /core members an adapter reads, each named: a namespace passed whole would keep every
 * known-value list of the package in the bundle.
 */
function coreMembers(model: VendorModel, detectable: boolean, indent: string): string {
  // Only a vendor with waits of its own (beyond Retry-After) brings their reader into the bundle.
  const waits = hasRetryWaits(buildRetryWaits(model.rateLimits.rules)) ? ["readRetryWait"] : [];
  const members = detectable ? [...DETECTABLE_READING_MEMBERS, ...waits, ...DETECTION_MEMBERS] : [...READING_MEMBERS, ...waits];
  // The compiled rules are the umbrella's own (src/generated/reading-<vendor>.ts), imported by name.
  const source = (member: string) => (COMPILED_MEMBERS.includes(member) ? member : `${coreName(model)}.${member}`);
  return ["{", ...members.map((member) => `${indent}  ${member}: ${source(member)},`), `${indent}}`].join("\n");
}

const hasSdkRules = (model: VendorModel) => model.sdkErrors.length > 0;

/** `{ vendor, rules }` of one vendor, from its /core. */
const sdkErrorsOf = (model: VendorModel) => `{ vendor: ${coreName(model)}.vendorName, rules: ${coreName(model)}.sdkErrorRules }`;

/** Every vendor's adapter, with the hints detection among vendors weighs, in tie-break order. */
export function vendorRegistryModule(models: readonly VendorModel[]): string {
  return [
    WORKSPACE_HEADER,
    "// Every vendor the umbrella knows, each adapter built from the vendor package's /core.",
    'import type { VendorSdkErrors } from "../from-error/sdks.js";',
    'import { type DetectableAdapter, detectableAdapterFromCore } from "../vendors/adapter.js";',
    'import type { EnvelopeName, VendorName } from "./vendor-names.js";',
    ...models.map((model) => `import * as ${coreName(model)} from "${model.packageName}/core";`),
    "",
    "export const vendorAdapters: readonly DetectableAdapter<VendorName, EnvelopeName>[] = [",
    ...models.map((model) => `  /* @__PURE__ */ detectableAdapterFromCore(${coreMembers(model, true, "  ")}),`),
    "];",
    "",
    "/** The SDK rules of every vendor that has any (/core `sdkErrorRules`), for fromError. */",
    "export const vendorSdkErrors: readonly VendorSdkErrors[] = [",
    ...models.filter(hasSdkRules).map((model) => `  ${sdkErrorsOf(model)},`),
    "];",
    "",
  ].join("\n");
}

/** `commerce-errors/<vendor>`: the root entry's functions, bound to one vendor. */
export function vendorEntryModule(model: VendorModel): string {
  const core = coreName(model);
  return [
    WORKSPACE_HEADER,
    `// \`commerce-errors/${model.name}\`: the root entry's functions, limited to one vendor (pay for one vendor's validators only).`,
    ["import {", ...binders().map((name) => `  ${name},`), '} from "./bind-vendors.js";'].join("\n"),
    ...(model.graphql ? ['import { graphqlRecognizers } from "../from-error/graphql-clients.js";'] : []),
    'import { vendorScope } from "../from-error/recognize.js";',
    'import { chooseOnly } from "../normalize/choose-vendor.js";',
    `import { decodeErrorBody, readErrorBody } from "${model.packageName}/core";`,
    `import { errorRetryHeaders, readErrorEnvelope } from "../generated/reading-${model.name}.js";`,
    `import * as ${core} from "${model.packageName}/core";`,
    'import { adapterFromCore, detectableAdapterFromCore } from "../vendors/adapter.js";',
    "",
    `const adapter = /* @__PURE__ */ adapterFromCore(${coreMembers(model, false, "")});`,
    "const vendors = /* @__PURE__ */ vendorScope({",
    "  decodeBody: decodeErrorBody,",
    "  choose: /* @__PURE__ */ chooseOnly(adapter),",
    ...(model.graphql ? ["  graphql: graphqlRecognizers,"] : []),
    "  adapters: [adapter],",
    `  sdkErrors: [${hasSdkRules(model) ? sdkErrorsOf(model) : ""}],`,
    "});",
    "// Only detection weighs a vendor's hints and marks; a scope of one vendor decides without them.",
    ["const detectable = [", `  /* @__PURE__ */ detectableAdapterFromCore(${coreMembers(model, true, "  ")}),`, "];"].join("\n"),
    "",
    'export { CommerceApiError, isCommerceApiError } from "../errors/commerce-api-error.js";',
    'export { backoffMs } from "../retry/retry-policy.js";',
    'export * from "../classify/public.js";',
    'export * from "./public-types.js";',
    "",
    ...BINDINGS.map(([name, call]) => `export const ${name} = /* @__PURE__ */ ${call};`),
    "",
  ].join("\n");
}

/** Each vendor's rate-limit rules from its /core, by name (`commerce-errors/rate-limit`). */
export function vendorRateLimitRulesModule(models: readonly VendorModel[]): string {
  return [
    WORKSPACE_HEADER,
    "// Every vendor's rate-limit rules (schemas/<vendor>/rate-limits.json), for createRateLimiter({vendor}) and readRateLimit.",
    ...models.map((model) => `import { rateLimitRules as ${identifier(model.name)} } from "${model.packageName}/core";`),
    "",
    [
      "export const vendorRateLimitRules = {",
      ...models.map((model) => `  ${JSON.stringify(model.name)}: ${identifier(model.name)},`),
      "} as const;",
    ].join("\n"),
    "",
  ].join("\n");
}
