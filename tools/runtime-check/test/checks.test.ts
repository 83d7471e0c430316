// The shared check script fails what it should: a package that accepts everything, one that
// throws, one whose parser misreads a Response, a missing module, and a /core or umbrella entry
// that disagrees with the package.
import { describe, expect, it } from "vitest";
import { buildCases } from "../src/cases.js";
import { runChecks } from "../src/checks.js";

const cases = await buildCases();
const stripe = cases.vendors.find((v) => v.vendor === "stripe")!;
const oneVendor = { umbrella: cases.umbrella, vendors: [stripe] };
const real = await import("@commerce-errors/stripe");
const realCore = await import("@commerce-errors/stripe/core");
const realEntry = await import("commerce-errors/stripe");

async function failedChecks(
  pkg: Record<string, unknown> | undefined,
  core: Record<string, unknown> = realCore,
  entry: Record<string, unknown> = realEntry,
): Promise<string[]> {
  const modules = { [`${stripe.package}/core`]: core, [`${cases.umbrella}/stripe`]: entry, ...(pkg && { [stripe.package]: pkg }) };
  const results = await runChecks(modules, oneVendor);
  return results
    .find((r) => r.package === stripe.package)!
    .checks.filter((c) => !c.pass)
    .map((c) => c.name);
}

describe("checks.js", () => {
  const rows: { given: string; pkg: Record<string, unknown> | undefined; want: RegExp }[] = [
    { given: "a guard that accepts everything", pkg: { ...real, isErrorResponse: () => true }, want: /is rejected$/ },
    {
      given: "a validator that says valid to everything",
      pkg: { ...real, validateErrorResponse: (value: unknown) => ({ valid: true, value }) },
      want: /broken body/,
    },
    {
      given: "a guard that throws",
      pkg: {
        ...real,
        isErrorResponse: () => {
          throw new EvalError("Code generation from strings disallowed");
        },
      },
      want: /is accepted$/,
    },
    {
      given: "a parser that calls every body unrecognized",
      pkg: { ...real, parseErrorResponse: async () => ({ kind: "unrecognized", status: 400 }) },
      want: /parsed from a Response/,
    },
    { given: "a module that did not load", pkg: undefined, want: /^loads$/ },
  ];
  for (const { given, pkg, want } of rows) {
    it(`fail ${given}`, async () => {
      const failed = await failedChecks(pkg);
      expect(failed.some((name) => want.test(name))).toBe(true);
    });
  }

  it("fail a /core that matches no envelope", async () => {
    const failed = await failedChecks(real, { ...realCore, matchErrorEnvelope: () => undefined });
    expect(failed.some((name) => /read example 0 as the package does$/.test(name))).toBe(true);
  });

  it("fail an umbrella entry that attributes bodies to no vendor", async () => {
    const fromError = (value: unknown) => ({ ...(realEntry.fromError(value) as object), vendor: undefined });
    const failed = await failedChecks(real, realCore, { ...realEntry, fromError });
    expect(failed.some((name) => /read example 0 as the package does$/.test(name))).toBe(true);
  });

  it("pass the real package, its /core and its umbrella entry", async () => {
    expect(await failedChecks(real)).toEqual([]);
  });
});
