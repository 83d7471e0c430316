// Every published package, packed and installed in a fresh project outside the workspace with only
// the tarballs it depends on: imports from ESM and CJS, type-checks a consumer under node16 and
// bundler, depends on nothing but the shared runtime (which itself has zero dependencies), and
// publint and attw find no problem.
import { buildModel, loadVendor } from "@commerce-errors/codegen";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsumerProject, pack, run } from "../src/consumer-project.js";
import { publishedPackages, repositoryRoot } from "../src/workspace-packages.js";

const bin = (name: string) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const RUNTIME = "@commerce-errors/runtime";
const packsDir = mkdtempSync(join(tmpdir(), "commerce-errors-packs-"));
const tarballs = new Map<string, string>();

beforeAll(() => {
  for (const pkg of publishedPackages()) tarballs.set(pkg.name, pack(pkg.dir, join(packsDir, pkg.name.replace("/", "__"))));
}, 120_000);
afterAll(() => rmSync(packsDir, { recursive: true, force: true }));

function firstExample(vendor: string): unknown {
  return buildModel(loadVendor(`${repositoryRoot}schemas`, vendor)).envelopes[0]!.examples[0];
}

/** A consumer that narrows an unknown body with the package's guards. */
function consumerSource(name: string, envelopeNames: string[]): string {
  const guards = envelopeNames.map((title) => `is${title}`);
  return [
    `import { isErrorResponse, validateErrorResponse, describeStatus, parseErrorResponse, ${guards.join(", ")} } from "${name}";`,
    `import type { ErrorResponse, ValidationIssue, ${envelopeNames.join(", ")} } from "${name}";`,
    "declare const body: unknown;",
    "if (isErrorResponse(body)) { const narrowed: ErrorResponse = body; void narrowed; }",
    ...envelopeNames.map((title) => `if (is${title}(body)) { const narrowed: ${title} = body; void narrowed; }`),
    "const result = validateErrorResponse(body);",
    "if (!result.valid) { const issue: ValidationIssue = result.issues[0]!; const path: string = issue.path; void path; }",
    'const retry: "no" | "with-backoff" | "after-refetch" | undefined = describeStatus(429)?.retry; void retry;',
    'export const parsed = parseErrorResponse({ status: 500, body: "<html></html>" }).then((p) => p.kind);',
    "",
  ].join("\n");
}

function typecheck(dir: string, file: string, options: Record<string, unknown>): void {
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, types: [], lib: ["ES2020", "DOM"], skipLibCheck: false, ...options },
      files: [file],
    }),
  );
  run(process.execPath, [bin("tsc").replace(/\.bin\/tsc$/, "typescript/bin/tsc"), "-p", "tsconfig.json"], dir);
}

for (const pkg of publishedPackages().filter((p) => p.vendor)) {
  describe(pkg.name, () => {
    let project: string;
    beforeAll(() => {
      project = createConsumerProject([tarballs.get(pkg.name)!, tarballs.get(RUNTIME)!]);
    }, 120_000);
    afterAll(() => rmSync(project, { recursive: true, force: true }));

    it("depends on the shared runtime alone, and brings no third-party package", () => {
      const installed = JSON.parse(readFileSync(join(project, "node_modules", pkg.name, "package.json"), "utf8"));
      expect(Object.keys(installed.dependencies ?? {})).toEqual([RUNTIME]);
      expect(installed.peerDependencies ?? {}).toEqual({});
      expect(readdirSync(join(project, "node_modules")).filter((entry) => !entry.startsWith("."))).toEqual(["@commerce-errors"]);
      expect(readdirSync(join(project, "node_modules", "@commerce-errors")).sort()).toEqual([pkg.name.split("/")[1], "runtime"].sort());
    });

    it("imports from ESM and from CJS, and validates a documented body", () => {
      const example = JSON.stringify(firstExample(pkg.vendor!));
      const check =
        "(p) => { if (typeof p.parseErrorResponse !== 'function' || !p.isErrorResponse(JSON.parse(process.argv[1]))) process.exit(3); console.log(p.envelopeNames.join(',')); }";
      const esm = run(
        process.execPath,
        ["--input-type=module", "-e", `import * as p from "${pkg.name}"; (${check})(p);`, example],
        project,
      );
      const cjs = run(process.execPath, ["-e", `(${check})(require("${pkg.name}"));`, example], project);
      expect(esm.trim()).not.toBe("");
      expect(cjs).toBe(esm);
    });

    it("serves /core from ESM and CJS, with the main entry's verdicts", () => {
      const example = JSON.stringify(firstExample(pkg.vendor!));
      const check =
        "(c) => { const body = JSON.parse(process.argv[1]); if (!c.isErrorResponse(body) || c.summarizeStatus(299) !== undefined || typeof c.readErrorBody !== 'function') process.exit(3); console.log(c.matchErrorEnvelope(body)); }";
      const esm = run(
        process.execPath,
        ["--input-type=module", "-e", `import * as c from "${pkg.name}/core"; (${check})(c);`, example],
        project,
      );
      const cjs = run(process.execPath, ["-e", `(${check})(require("${pkg.name}/core"));`, example], project);
      const main = run(
        process.execPath,
        ["-e", `console.log(require("${pkg.name}").matchErrorEnvelope(JSON.parse(process.argv[1])))`, example],
        project,
      );
      expect(esm.trim()).not.toBe("undefined");
      expect(cjs).toBe(esm);
      expect(main).toBe(esm);
    });

    it("serves AJV's validators under the /ajv subpath, from ESM and CJS, with AJV's error objects", () => {
      const check =
        "(a) => { const names = Object.keys(a).filter((k) => k.startsWith('ajv')); const v = a[names[0]]; if (names.length === 0 || v(42) !== false || typeof v.errors?.[0]?.instancePath !== 'string') process.exit(3); console.log(names.join(',')); }";
      const esm = run(process.execPath, ["--input-type=module", "-e", `import * as a from "${pkg.name}/ajv"; (${check})(a);`], project);
      const cjs = run(process.execPath, ["-e", `(${check})(require("${pkg.name}/ajv"));`], project);
      expect(esm.trim()).not.toBe("");
      expect(cjs).toBe(esm);
    });

    it("type-checks a consumer that narrows with the guards, under node16 (ESM and CJS) and bundler", () => {
      const envelopeNames = run(process.execPath, ["-e", `console.log(require("${pkg.name}").envelopeNames.join(","))`], project)
        .trim()
        .split(",");
      const source = consumerSource(pkg.name, envelopeNames);
      for (const file of ["consumer.mts", "consumer.cts", "consumer.ts"]) writeFileSync(join(project, file), source);
      expect(() => typecheck(project, "consumer.mts", { module: "node16", moduleResolution: "node16" })).not.toThrow();
      expect(() => typecheck(project, "consumer.cts", { module: "node16", moduleResolution: "node16" })).not.toThrow();
      expect(() => typecheck(project, "consumer.ts", { module: "esnext", moduleResolution: "bundler" })).not.toThrow();
    });

    it("publint reports no problems", () => {
      const output = run(bin("publint"), ["--strict", pkg.dir], repositoryRoot);
      expect(output).toContain("All good!");
    });

    it("are-the-types-wrong reports no problems", () => {
      const output = run(bin("attw"), [tarballs.get(pkg.name)!, "--format", "json"], repositoryRoot);
      expect(JSON.parse(output).analysis.problems).toEqual([]);
    });
  });
}

describe(`${RUNTIME}, installed alone`, () => {
  const runtime = publishedPackages().find((pkg) => pkg.name === RUNTIME)!;
  let project: string;
  beforeAll(() => {
    project = createConsumerProject([tarballs.get(RUNTIME)!]);
  }, 120_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("has zero dependencies", () => {
    const installed = JSON.parse(readFileSync(join(project, "node_modules", RUNTIME, "package.json"), "utf8"));
    expect(installed.dependencies ?? {}).toEqual({});
    expect(readdirSync(join(project, "node_modules", "@commerce-errors"))).toEqual(["runtime"]);
  });

  it("imports from ESM and CJS, and reads a body the same way", () => {
    const check =
      "(r) => { const body = r.decodeErrorBody('{\"a\":1}'); console.log(body.kind, typeof r.explain, r.headerValue({ 'Retry-After': '3' }, 'retry-after')); }";
    const esm = run(process.execPath, ["--input-type=module", "-e", `import * as r from "${RUNTIME}"; (${check})(r);`], project);
    const cjs = run(process.execPath, ["-e", `(${check})(require("${RUNTIME}"));`], project);
    expect(esm.trim()).toBe("json function 3");
    expect(cjs).toBe(esm);
  });

  it("publint and are-the-types-wrong report no problems", () => {
    expect(run(bin("publint"), ["--strict", runtime.dir], repositoryRoot)).toContain("All good!");
    expect(JSON.parse(run(bin("attw"), [tarballs.get(RUNTIME)!, "--format", "json"], repositoryRoot)).analysis.problems).toEqual([]);
  });
});

describe("commerce-errors (the umbrella), installed with the vendor tarballs it depends on", () => {
  const umbrella = publishedPackages().find((pkg) => pkg.name === "commerce-errors")!;
  let project: string;
  beforeAll(() => {
    project = createConsumerProject([...tarballs.values()]);
  }, 180_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("depends at runtime only on the vendor packages", () => {
    const installed = JSON.parse(readFileSync(join(project, "node_modules", "commerce-errors", "package.json"), "utf8"));
    for (const name of Object.keys(installed.dependencies)) expect(name).toMatch(/^@commerce-errors\//);
    expect(
      readdirSync(join(project, "node_modules"))
        .filter((entry) => !entry.startsWith("."))
        .sort(),
    ).toEqual(["@commerce-errors", "commerce-errors"]);
  });

  it("imports from ESM and CJS, and normalizes a body of every vendor", () => {
    const bodies = JSON.stringify(
      publishedPackages()
        .filter((p) => p.vendor)
        .map((p) => [p.vendor, firstExample(p.vendor!)]),
    );
    const check =
      "(m) => { for (const [vendor, body] of JSON.parse(process.argv[1])) { const n = m.normalizeError({ status: 400, body }, { vendor }); if (n.vendor !== vendor || n.envelope === 'unrecognized') process.exit(3); } console.log(typeof m.CommerceApiError, typeof m.detectVendor); }";
    const esm = run(
      process.execPath,
      ["--input-type=module", "-e", `import * as m from "commerce-errors"; (${check})(m);`, bodies],
      project,
    );
    const cjs = run(process.execPath, ["-e", `(${check})(require("commerce-errors"));`, bodies], project);
    expect(esm.trim()).toBe("function function");
    expect(cjs).toBe(esm);
  });

  it("a vendor entry and the catalog entry import from ESM (node condition) and CJS", () => {
    const check =
      "(v, c) => { const e = v.fromError({ status: 503, body: '<h1>down</h1>' }); if (e.vendor !== 'stripe' || e.statusInfo?.retry !== 'with-backoff' || !c.describeStatus('stripe', 503)?.meaning) process.exit(3); console.log(e.envelope, e.reason); }";
    const esm = run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import * as v from "commerce-errors/stripe"; import * as c from "commerce-errors/catalog"; (${check})(v, c);`,
      ],
      project,
    );
    const cjs = run(
      process.execPath,
      ["-e", `(${check})(require("commerce-errors/stripe"), require("commerce-errors/catalog"));`],
      project,
    );
    expect(esm.trim()).toBe("unrecognized not-json");
    expect(cjs).toBe(esm);
  });

  it("runs its CLI from the installed bin", () => {
    const output = run(join(project, "node_modules", ".bin", "commerce-errors"), ["explain", "commercetools", "409"], project);
    expect(output).toContain("409");
  });

  it("type-checks a consumer under node16 and bundler", () => {
    const source = [
      'import { normalizeError, CommerceApiError, assertOk, detectVendor } from "commerce-errors";',
      'const normalized = normalizeError({ status: 409, body: {} }, { vendor: "commercetools" });',
      "const code: string | undefined = normalized.code; void code;",
      "const error = new CommerceApiError(normalized); if (error instanceof Error) void error.status;",
      "export const ranked = detectVendor({}).map((candidate) => candidate.vendor);",
      "export const ok = (response: Response) => assertOk(response);",
      "",
    ].join("\n");
    for (const file of ["umbrella.mts", "umbrella.ts"]) writeFileSync(join(project, file), source);
    expect(() => typecheck(project, "umbrella.mts", { module: "node16", moduleResolution: "node16" })).not.toThrow();
    expect(() => typecheck(project, "umbrella.ts", { module: "esnext", moduleResolution: "bundler" })).not.toThrow();
  });

  it("publint and are-the-types-wrong report no problems", () => {
    expect(run(bin("publint"), ["--strict", umbrella.dir], repositoryRoot)).toContain("All good!");
    expect(JSON.parse(run(bin("attw"), [tarballs.get("commerce-errors")!, "--format", "json"], repositoryRoot)).analysis.problems).toEqual(
      [],
    );
  });
});

it("depends on every published package, so turbo builds them all before this check", () => {
  const own = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  for (const pkg of publishedPackages())
    expect(own.devDependencies, `add "${pkg.name}": "workspace:*" to tools/package-check`).toHaveProperty([pkg.name]);
});
