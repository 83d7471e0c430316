// The published command, run as a user runs it: the built bin in a child process.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { example } from "./fixtures.js";

const bin = fileURLToPath(new URL("../bin/commerce-errors.mjs", import.meta.url));
const built = fileURLToPath(new URL("../dist/esm/cli/main.js", import.meta.url));
let dir: string;

function run(args: string[], stdin?: string, env: Record<string, string> = {}) {
  const { NO_COLOR: _unset, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [bin, ...args], { input: stdin ?? "", encoding: "utf8", env: { ...inherited, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  if (!existsSync(built)) throw new Error("dist/ is missing: run `pnpm --filter commerce-errors build` before the CLI tests");
  dir = mkdtempSync(join(tmpdir(), "commerce-errors-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("commerce-errors --help", () => {
  it("prints usage and exits 0", () => {
    const { status, stdout, stderr } = run(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("commerce-errors validate [--vendor V] [--status N] [--json] [FILE|-]");
    expect(stdout).toContain("commerce-errors explain [--json] <vendor> <status>");
    expect(stderr).toBe("");
  });

  it.each([[[]], [["frobnicate"]]])("%j is a usage error", (args) => {
    const { status, stdout, stderr } = run(args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("commerce-errors validate", () => {
  it("a commercetools 409 from a file: vendor, envelope, codes, status meaning and retry", () => {
    const path = file("ct-409.json", JSON.stringify(example("commercetools", "StandardErrorResponse", 0)));
    const { status, stdout, stderr } = run(["validate", "--status", "409", path]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^✓ commercetools StandardErrorResponse score 60/m);
    expect(stdout).toMatch(/codes {4}ConcurrentModification/);
    expect(stdout).toMatch(/status {3}409 Conflict: A 409 indicates/);
    expect(stdout).toMatch(/retry {4}after-refetch \(current version 2\)/);
    expect(stdout).not.toContain("\u001b[");
    expect(stdout).not.toContain("ambiguous");
    // Open envelopes of other vendors accept it too (GraphQL errors[].message, a top-level message), without their marks.
    const also = /also accepted by: (.*)\n$/.exec(stdout)?.[1]?.split(", ");
    expect(also?.sort()).toEqual([
      "bigcommerce GraphQLErrorResponse (score 40)",
      "magento WebapiErrorResponse (score 40)",
      "medusa MedusaMessageErrorResponse (score 40)",
      "shopify GraphQLErrorResponse (score 40)",
    ]);
  });

  it("--json: the documented, stable shape", () => {
    const path = file("cl-422.json", JSON.stringify(example("commercelayer", "JsonApiErrorResponse", 1)));
    const { status, stdout } = run(["validate", "--json", "--status", "422", path]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["valid", "matches", "issues"]);
    expect(report.valid).toBe(true);
    expect(report.issues).toEqual([]);
    expect(report.matches.map((match: { vendor: string }) => match.vendor)).toEqual(["commercelayer", "elasticpath", "shopware"]);
    expect(report.matches[0]).toEqual({
      vendor: "commercelayer",
      envelope: "JsonApiErrorResponse",
      score: 60,
      reasons: [
        "Commerce Layer envelope JsonApiErrorResponse accepts the body",
        "documented Commerce Layer error code VALIDATION_ERROR",
        "JSON:API source.pointer into /data",
      ],
      code: "VALIDATION_ERROR",
      codes: ["VALIDATION_ERROR"],
      message: "quantity - must be less than or equal to 10",
      details: [
        {
          code: "VALIDATION_ERROR",
          message: "quantity - must be less than or equal to 10",
          pointer: "/data/attributes/quantity",
          field: "quantity",
        },
      ],
      requestId: null,
      status: {
        status: 422,
        text: "Unprocessable entity",
        meaning: expect.any(String),
        retry: { kind: "no" },
        troubleshooting: expect.any(Array),
      },
    });
  });

  it("reads stdin for - and for no FILE; without --status, status is null", () => {
    const body = JSON.stringify(example("elasticpath", "ElasticPathErrorResponse", 6));
    for (const args of [
      ["validate", "--json", "-"],
      ["validate", "--json"],
    ]) {
      const { status, stdout } = run(args, body);
      expect(status).toBe(0);
      const [match] = JSON.parse(stdout).matches;
      expect(match).toMatchObject({ vendor: "elasticpath", envelope: "ElasticPathErrorResponse", requestId: "XXXX", status: null });
    }
  });

  it("an ambiguous body lists every vendor that accepts it", () => {
    const body = JSON.stringify({ errors: [{ title: "Not allowed", detail: "No.", code: "NOT_ALLOWED_YET", status: "403" }] });
    const { status, stdout } = run(["validate"], body);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^! ambiguous: 3 vendors accept this body equally \(score 40\)/);
    expect(stdout).toContain("✓ commercelayer JsonApiErrorResponse score 40");
    expect(stdout).toContain("✓ elasticpath ElasticPathErrorResponse score 40");
    expect(stdout).toContain("✓ shopware ShopwareErrorResponse score 40");
  });

  it("--vendor keeps that vendor's match only", () => {
    const body = JSON.stringify(example("commercelayer", "JsonApiErrorResponse", 0));
    const { status, stdout } = run(["validate", "--json", "--vendor", "elasticpath"], body);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).matches.map((match: { vendor: string }) => match.vendor)).toEqual(["elasticpath"]);
  });

  it("invalid for the given vendor: every issue with its JSON Pointer, exit 1", () => {
    const body = JSON.stringify({ statusCode: 400, message: "Bad", errors: [{ message: "no code here" }] });
    const { status, stdout, stderr } = run(["validate", "--json", "--vendor", "commercetools"], body);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe("commerce-errors: invalid: not a commercetools error body (1 issue(s))");
    expect(JSON.parse(stdout)).toEqual({
      valid: false,
      matches: [],
      issues: [{ vendor: "commercetools", path: "/errors/0/code", message: 'must have required property "code"', keyword: "required" }],
    });
  });

  it("JSON of no vendor: the closest issues of each vendor, for people too", () => {
    const { status, stdout, stderr } = run(["validate"], '{"teapot":true}');
    expect(status).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stdout).toContain("✗ no error envelope accepts this body");
    const lines = [
      ...[
        "adyen         /resultCode",
        "amazonsp      /errors",
        "bigcommerce   /errors",
        "braintree     /success",
        "braintree     /message",
      ],
      ...["checkoutcom   /error_type", "commercelayer /errors", "commercetools /errors", "elasticpath   /errors", "magento       /message"],
      ...["medusa        /errors", "mollie        /status", "mollie        /title", "paypal        /message", "saleor        /errors"],
      ...["sfcc          /fault", "shopify       /errors", "shopware      /errors", "square        /errors", "stripe        /error"],
      ...["vendure       /errors", "woocommerce   /errors"],
    ];
    for (const line of lines) expect(stdout).toContain(line);
    // Every issue of each vendor's closest envelope (the one missing the fewest required keys), not only the first.
    expect(stderr.trim()).toBe("commerce-errors: invalid: not a known vendor's error body (22 issue(s))");
  });

  // One real body of each vendor added after the first four: exit 0, the vendor and envelope first, its code.
  it.each([
    ["stripe", "ApiErrorResponse", 1, "resource_missing"],
    ["shopify", "GraphQLErrorResponse", 1, "THROTTLED"],
    ["paypal", "RestErrorResponse", 0, "UNPROCESSABLE_ENTITY"],
    ["magento", "WebapiErrorResponse", 0, null],
    ["woocommerce", "WpRestErrorResponse", 3, "rest_invalid_param"],
    ["sfcc", "ScapiProblemDetails", 0, "basket-not-found"],
    ["saleor", "SaleorGraphQLErrorResponse", 0, "PermissionDenied"],
    ["medusa", "MedusaErrorResponse", 1, "insufficient_inventory"],
  ] as const)("a %s %s body: exit 0, ranked first", (vendor, envelope, index, code) => {
    const path = file(`${vendor}-${index}.json`, JSON.stringify(example(vendor, envelope, index)));
    const { status, stdout, stderr } = run(["validate", "--json", path]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(true);
    expect(report.matches[0]).toMatchObject({ vendor, envelope, code });
    if (report.matches[1]) expect(report.matches[1].score).toBeLessThan(report.matches[0].score);
    const people = run(["validate", path]);
    expect(people.status).toBe(0);
    expect(people.stdout).toMatch(new RegExp(`^✓ ${vendor} ${envelope} score \\d+`));
  });

  it("a Shopify 422 with messages per field, for people: the pointer of each detail", () => {
    const { status, stdout } = run(["validate", "--status", "422"], JSON.stringify(example("shopify", "RestErrorsResponse", 11)));
    expect(status).toBe(0);
    expect(stdout).toMatch(/^✓ shopify RestErrorsResponse score 40/);
    expect(stdout).toMatch(/detail {3}\/email {2}has already been taken/);
    expect(stdout).toMatch(/retry {4}no/);
  });

  it("an OAuth body is ambiguous without a host: every OAuth server's envelope is listed", () => {
    const { status, stdout } = run(["validate", "--json"], JSON.stringify(example("stripe", "OAuthErrorResponse", 0)));
    expect(status).toBe(0);
    expect(
      JSON.parse(stdout)
        .matches.map((match: { vendor: string; envelope: string; score: number }) => `${match.vendor} ${match.envelope} ${match.score}`)
        .sort(),
    ).toEqual([
      "commercetools OAuthErrorResponse 40",
      "paypal OAuthErrorResponse 40",
      "sfcc SlasOAuthErrorResponse 40",
      "shopify OAuthErrorResponse 40",
      "stripe OAuthErrorResponse 40",
    ]);
    const people = run(["validate", "--vendor", "stripe"], JSON.stringify(example("stripe", "OAuthErrorResponse", 0)));
    expect(people.stdout).toMatch(/^✓ stripe OAuthErrorResponse score 40/);
    expect(people.stdout).toMatch(/codes {4}invalid_grant/);
  });

  it.each([
    ["not JSON", ["validate"], "<html>\n<body>Service Unavailable</body>\n</html>\n", /input is not JSON/],
    ["empty input", ["validate"], "", /input is empty, not JSON/],
    [
      "unknown vendor",
      ["validate", "--vendor", "vtex"],
      "{}",
      /unknown vendor "vtex" \(expected one of: adyen, amazonsp, bigcommerce, braintree, checkoutcom, commercelayer, commercetools, elasticpath, magento, medusa, mollie, paypal, saleor, sfcc, shopify, shopware, square, stripe, vendure, woocommerce\)/,
    ],
    ["bad status", ["validate", "--status", "abc"], "{}", /status must be an HTTP status code/],
    ["unknown option", ["validate", "--strict"], "{}", /Unknown option '--strict'/],
    ["two files", ["validate", "a.json", "b.json"], "", /validate takes one FILE/],
    ["unreadable file", ["validate", "/nonexistent/body.json"], "", /cannot read \/nonexistent\/body.json: ENOENT/],
  ])("%s: exit 2 with a one-line reason", (_name, args, stdin, reason) => {
    const { status, stdout, stderr } = run(args, stdin);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(reason);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("commerce-errors explain", () => {
  it("the status entry for people", () => {
    const { status, stdout } = run(["explain", "bigcommerce", "429"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^BigCommerce 429 Too Many Requests\n/);
    expect(stdout).toMatch(/retry {4}with-backoff/);
    expect(stdout).toContain("troubleshooting");
    expect(stdout).toContain("- If both X-Retry-After and X-Rate-Limit-Time-Reset-Ms are present, honor the longer of the two wait times.");
  });

  it("a newer vendor: explain stripe 402", () => {
    const { status, stdout, stderr } = run(["explain", "stripe", "402"]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Stripe 402 Request Failed\n/);
    expect(stdout).toMatch(/meaning {2}The parameters were valid but the request failed\.\n/);
    expect(stdout).toMatch(/retry {4}no\n/);
    expect(stdout).toContain(
      "- Ask the customer for another payment method rather than retrying the same card; advice_code try_again_later is the exception.",
    );
  });

  it("--json: the vendor and its StatusCodeInfo", () => {
    const { status, stdout } = run(["explain", "--json", "elasticpath", "409"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      vendor: "elasticpath",
      status: 409,
      text: "Conflict",
      meaning: expect.stringContaining("409"),
      retry: "after-refetch",
      troubleshooting: expect.any(Array),
    });
  });

  it("an undocumented status: exit 1", () => {
    const { status, stdout, stderr } = run(["explain", "commercetools", "418"]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe(
      "commerce-errors: commercetools documents no status 418 (documented: 207, 400, 401, 403, 404, 409, 500, 502, 503, 504)",
    );
  });

  it.each([
    [["explain", "vtex", "404"], /unknown vendor "vtex"/],
    [["explain", "commercetools"], /explain takes a vendor and a status/],
    [["explain", "commercetools", "4o4"], /status must be an HTTP status code/],
  ])("%j: exit 2", (args, reason) => {
    const { status, stderr } = run(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(reason);
  });
});

describe("pnpm exec", () => {
  it("the package's own bin is linked (node_modules/.bin/commerce-errors)", () => {
    expect(existsSync(fileURLToPath(new URL("../node_modules/.bin/commerce-errors", import.meta.url)))).toBe(true);
  });
});
