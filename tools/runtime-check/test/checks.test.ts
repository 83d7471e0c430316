// The shared check script fails what it should: a package that accepts everything, one that
// throws, one whose parser misreads a Response, and a missing module.
import { describe, expect, it } from "vitest";
import { buildCases } from "../src/cases.js";
import { runChecks } from "../src/checks.js";

const cases = await buildCases();
const stripe = cases.vendors.find((v) => v.vendor === "stripe")!;
const oneVendor = { umbrella: cases.umbrella, vendors: [stripe] };
const real = await import("@commerce-errors/stripe");

async function failedChecks(pkg: Record<string, unknown> | undefined): Promise<string[]> {
  const results = await runChecks(pkg ? { [stripe.package]: pkg } : {}, oneVendor);
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

  it("pass the real package", async () => {
    expect(await failedChecks(real)).toEqual([]);
  });
});
