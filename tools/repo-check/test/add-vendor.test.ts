// Adding a vendor is data (schemas/README.md, "Adding a vendor"): in a fresh copy of the repository,
// a vendor written only for this test (test/zenmart/, errors as plain as {"error": "<sentence>"}) is
// copied to schemas/zenmart/, then the documented commands run: pnpm generate, pnpm install, pnpm
// build. Every place that must know a vendor then knows it, and nothing hand-written was touched.
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshClone, run } from "./clone.js";

const vendorFolder = fileURLToPath(new URL("./zenmart/", import.meta.url));
const fixture = JSON.parse(readFileSync(join(vendorFolder, "fixtures/cart-locked.json"), "utf8")) as { status: number; body: unknown };

/** What `pnpm generate` may write besides schemas/zenmart/: generated files only, never a hand-written module. */
const generated = [
  /^packages\/zenmart\//,
  /^packages\/commerce-errors\/src\/generated\//,
  /^packages\/commerce-errors\/src\/entries\/zenmart\.ts$/,
  /^packages\/commerce-errors\/zenmart\/package\.json$/,
  /^(packages\/commerce-errors|tools\/[a-z-]+|site)\/package\.json$/,
  /^README\.md$/,
  /^\.changeset\/zenmart-/,
  /^pnpm-lock\.yaml$/,
];

describe("a vendor added as data: schemas/zenmart/ and the documented commands", () => {
  let clone: ReturnType<typeof freshClone>;
  let changed: string[];
  /** Runs an ES module in the umbrella's folder (which resolves `commerce-errors` to itself) and parses what it prints. */
  const evaluate = (source: string): unknown => {
    writeFileSync(join(clone.dir, "packages/commerce-errors/probe.tmp.mjs"), source);
    return JSON.parse(run(join(clone.dir, "packages/commerce-errors"), process.execPath, ["probe.tmp.mjs"]));
  };

  beforeAll(() => {
    clone = freshClone("add-vendor");
    cpSync(vendorFolder, join(clone.dir, "schemas/zenmart"), { recursive: true });
    run(clone.dir, "pnpm", ["generate"]);
    changed = run(clone.dir, "git", ["status", "--porcelain", "--untracked-files=all"])
      .split("\n")
      .filter(Boolean)
      .map((line) => line.slice(3));
    run(clone.dir, "pnpm", ["install", "--no-frozen-lockfile", "--prefer-offline"]);
    // `pnpm build`, limited to what the checks below use (the umbrella, the site and their dependencies).
    run(clone.dir, "pnpm", [
      "exec",
      "turbo",
      "run",
      "build",
      "--filter=commerce-errors...",
      "--filter=@commerce-errors/site...",
      "--output-logs=errors-only",
    ]);
  });
  afterAll(() => clone?.remove());

  it("pnpm generate touched only generated files besides the vendor's folder", () => {
    expect(changed.some((path) => path.startsWith("schemas/zenmart/"))).toBe(true);
    expect(changed.filter((path) => !path.startsWith("schemas/zenmart/") && !generated.some((pattern) => pattern.test(path)))).toEqual([]);
    expect(run(clone.dir, "pnpm", ["generate", "--check"])).toContain("up to date");
  });

  it("the new package passes the conformance suite", () => {
    expect(run(clone.dir, "pnpm", ["--filter", "@commerce-errors/zenmart", "test"])).toMatch(/passed/);
  });

  it("detectVendor ranks it first on its own fixture, with its documented message as a reason", () => {
    const [first] = evaluate(
      `import { detectVendor } from "commerce-errors";\nconsole.log(JSON.stringify(detectVendor(${JSON.stringify(fixture.body)})));`,
    ) as { vendor: string; envelope: string; reasons: string[] }[];
    expect(first).toMatchObject({ vendor: "zenmart", envelope: "ZenmartErrorResponse" });
    expect(first!.reasons.join("\n")).toContain("documented Zenmart message");
  });

  it("normalizeError, fromError and fromErrorAsync read it, named or detected", () => {
    const body = JSON.stringify(fixture.body);
    const results = evaluate(
      [
        'import { normalizeError, fromError, fromErrorAsync } from "commerce-errors";',
        `const body = ${body};`,
        "const pick = (e) => ({ vendor: e.vendor, envelope: e.envelope, message: e.message, status: e.status });",
        "const axiosLike = Object.assign(new Error('Request failed with status code 409'), { isAxiosError: true, response: { status: 409, data: body, headers: { 'x-zenmart-request': 'zr_1' } }, config: { method: 'post' } });",
        "const response = new Response(JSON.stringify(body), { status: 409, headers: { 'content-type': 'application/json' } });",
        "console.log(JSON.stringify([",
        "  pick(normalizeError({ status: 409, body }, { vendor: 'zenmart' })),",
        "  pick(normalizeError({ status: 409, body })),",
        "  pick(fromError(axiosLike)),",
        "  pick(await fromErrorAsync(response)),",
        "]));",
      ].join("\n"),
    );
    const want = { vendor: "zenmart", envelope: "ZenmartErrorResponse", message: "The cart is locked by another checkout", status: 409 };
    expect(results).toEqual([want, want, want, want]);
  });

  it("commerce-errors/zenmart and commerce-errors/catalog know it", () => {
    const result = evaluate(
      [
        'import { fromError } from "commerce-errors/zenmart";',
        'import { describeStatus, displayNameOf, documentedStatuses } from "commerce-errors/catalog";',
        `const e = fromError({ status: 409, body: ${JSON.stringify(fixture.body)} });`,
        "console.log(JSON.stringify({ vendor: e.vendor, retry: e.statusInfo?.retry, name: displayNameOf('zenmart'), meaning: describeStatus('zenmart', 409)?.meaning, statuses: documentedStatuses('zenmart') }));",
      ].join("\n"),
    );
    expect(result).toEqual({
      vendor: "zenmart",
      retry: "with-backoff",
      name: "Zenmart",
      meaning: "The cart is locked by another checkout.",
      statuses: [400, 409, 429],
    });
  });

  it("the CLI explains its statuses and validates its bodies with --vendor", () => {
    const umbrella = join(clone.dir, "packages/commerce-errors");
    expect(run(umbrella, process.execPath, ["bin/commerce-errors.mjs", "explain", "zenmart", "409"])).toContain("Conflict");
    writeFileSync(join(umbrella, "body.tmp.json"), JSON.stringify(fixture.body));
    expect(run(umbrella, process.execPath, ["bin/commerce-errors.mjs", "validate", "--vendor", "zenmart", "body.tmp.json"])).toContain(
      "ZenmartErrorResponse",
    );
  });

  it("the playground has its reference page", () => {
    const page = join(clone.dir, "site/dist/vendors/zenmart.html");
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, "utf8")).toContain("The cart is locked by another checkout");
  });
});
