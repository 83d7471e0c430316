// The built package as users load it: ESM through import, CJS through require.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { example } from "./fixtures.js";

const require = createRequire(import.meta.url);
type Api = typeof import("../src/index.js");

/** What the root entry and every `commerce-errors/<vendor>` entry export. */
const entryFunctions = [
  "CommerceApiError",
  "assertOk",
  "axiosRetryOptions",
  "backoffMs",
  "detectVendor",
  "fromError",
  "fromErrorAsync",
  "gotRetryOptions",
  "isCommerceApiError",
  "kyRetryOptions",
  "normalizeError",
  "ofetchRetryOptions",
  "pRetryOptions",
  "retryDelayMs",
  "retryOnConflict",
  "shouldRetry",
  // classification guards
  "isAuthenticationError",
  "isConflict",
  "isExpectedError",
  "isIdempotencyError",
  "isNotFound",
  "isOutOfStock",
  "isPaymentDeclined",
  "isPermissionDenied",
  "isRateLimited",
  "isServerError",
  "isTransportError",
  "isUnavailable",
  "isValidation",
];

describe("dist", () => {
  it("ESM and CJS export the same API and agree", async () => {
    const esm = (await import("../dist/esm/index.js")) as Api;
    const cjs = require("../dist/cjs/index.js") as Api;
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(Object.keys(esm).sort()).toEqual([...entryFunctions, "vendorNames"].sort());
    const input = { status: 409, body: example("commercetools", "StandardErrorResponse", 0) };
    expect(cjs.normalizeError(input)).toEqual(esm.normalizeError(input));
    expect(new cjs.CommerceApiError(cjs.normalizeError(input))).toBeInstanceOf(Error);
  });

  it.each(["commercetools", "stripe", "woocommerce"])(
    "commerce-errors/%s resolves through the exports map, ESM and CJS alike, limited to its vendor",
    async (vendor) => {
      const esm = (await import(`commerce-errors/${vendor}`)) as Api;
      const cjs = require(`commerce-errors/${vendor}`) as Api;
      expect(Object.keys(esm).sort()).toEqual([...entryFunctions].sort());
      expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
      const input = { status: 409, body: example("commercetools", "StandardErrorResponse", 0) };
      // Every response is the entry's vendor's; another vendor's body is one it does not recognise.
      expect(esm.fromError(input)).toMatchObject(
        vendor === "commercetools"
          ? { vendor, envelope: "StandardErrorResponse" }
          : { vendor, envelope: "unrecognized", reason: "invalid" },
      );
      expect(cjs.fromError(input).toJSON()).toEqual(esm.fromError(input).toJSON());
      // One brand across the two module systems: each copy recognises the other's errors.
      expect(esm.isCommerceApiError(cjs.fromError(input))).toBe(true);
    },
  );

  it("the library build uses no Node-only module", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const files = readdirSync(new URL("../dist/esm/", import.meta.url), { recursive: true, encoding: "utf8" }).filter(
      (file) => file.endsWith(".js") && !file.startsWith("cli"),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files)
      expect(readFileSync(new URL(`../dist/esm/${file}`, import.meta.url), "utf8"), file).not.toMatch(
        /from "node:|require\("node:|\bprocess\./,
      );
  });
});
