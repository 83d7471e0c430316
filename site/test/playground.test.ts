// The playground in Chromium, served from 127.0.0.1 under `default-src 'self'; script-src 'self'`:
// documented bodies of three vendors and a broken one are pasted, and the page must show the
// vendor, the envelope and the issues marked at their JSON Pointers, with no CSP violation.
import { type VendorModel, buildModel, loadVendor } from "@commerce-errors/codegen";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as commercetools from "@commerce-errors/commercetools";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildSite } from "../scripts/build.js";
import { listVendors, repositoryRoot } from "../scripts/schemas.js";
import { type RunningSite, serveSite } from "../scripts/static-server.js";
import { launchChromium } from "./chromium.js";

const resultsDir = new URL("../test-results/", import.meta.url).pathname;
const models = new Map<string, VendorModel>();
/** A vendor as the generator's loader reads it (the model the site's pages are built from). */
function vendorModel(vendor: string): VendorModel {
  if (!models.has(vendor)) models.set(vendor, buildModel(loadVendor(`${repositoryRoot}schemas`, vendor)));
  return models.get(vendor)!;
}
/** The `index`th example of `<vendor>/<stem>.schema.json`. */
const example = (file: string, index: number): Record<string, unknown> =>
  vendorModel(file.split("/")[0]!).envelopes.find((envelope) => envelope.file === `schemas/${file}`)!.examples[index] as Record<
    string,
    unknown
  >;

// commercetools' documented 409 body (schemas/commercetools/error-response.schema.json example 0),
// and two broken copies of it: statusCode as a string; the first error's message removed.
const documented409 = example("commercetools/error-response.schema.json", 0) as { errors: Record<string, unknown>[] };
const statusAsString = { ...documented409, statusCode: "409" };
const { message: _message, ...errorWithoutMessage } = documented409.errors[0]!;
const messageMissing = { ...documented409, errors: [errorWithoutMessage] };

interface Row {
  given: string;
  body: unknown;
  status: number;
  url: string;
  /** Picked in the vendor select; detection otherwise. */
  vendor?: string;
  /** issuePaths: paths the marks must include; they must also be exactly the package's own issues. */
  want: { vendor: string; envelope: string; issuePaths: string[] };
}

const rows: Row[] = [
  {
    given: "Stripe's resource_missing error",
    body: example("stripe/api-error.schema.json", 0),
    status: 404,
    url: "",
    want: { vendor: "stripe", envelope: "ApiErrorResponse", issuePaths: [] },
  },
  {
    given: "commercetools' ConcurrentModification 409",
    body: documented409,
    status: 409,
    url: "",
    want: { vendor: "commercetools", envelope: "StandardErrorResponse", issuePaths: [] },
  },
  {
    given: "Shopify's GraphQL access-denied error",
    body: example("shopify/graphql-error.schema.json", 0),
    status: 200,
    url: "",
    want: { vendor: "shopify", envelope: "GraphQLErrorResponse", issuePaths: [] },
  },
  // Medusa's open envelope accepts any {message}: the reader picks the vendor whose issues to see.
  {
    given: "a commercetools body with a string statusCode, commercetools picked",
    body: statusAsString,
    status: 409,
    url: "",
    vendor: "commercetools",
    want: { vendor: "commercetools", envelope: "", issuePaths: ["/statusCode"] },
  },
  {
    given: "a commercetools error without its message, from a commercetools URL",
    body: messageMissing,
    status: 409,
    url: "https://api.europe-west1.gcp.commercetools.com/my-project/carts/c1",
    want: { vendor: "commercetools", envelope: "", issuePaths: ["/errors/0/message"] },
  },
];

/** The package's own verdict in Node: the page must mark exactly these paths. */
function packageIssuePaths(body: unknown): string[] {
  const result = commercetools.validateErrorResponse(body);
  return result.valid ? [] : [...new Set(result.issues.map((issue) => issue.path))].sort();
}

let site: BuiltSite;
let server: RunningSite;
let browser: Browser;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  site = await buildSite(mkdtempSync(join(tmpdir(), "commerce-errors-site-")));
  server = await serveSite(site.dir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  page.setDefaultTimeout(0); // no wall-clock limit on a step: a loaded machine is slow, not wrong
  // Registered through the DevTools protocol, before any of the page's own scripts run.
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") violations.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => violations.push(`pageerror: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site.dir, { recursive: true, force: true });
});

async function paste(row: { body: unknown; status: number; url: string; vendor?: string }): Promise<void> {
  await page.selectOption("#vendor", row.vendor ?? "");
  await page.fill("#status", String(row.status));
  await page.fill("#url", row.url);
  const before = Number(await page.locator("body").getAttribute("data-analyzed"));
  await page.fill("#body", JSON.stringify(row.body, null, 2));
  await page.waitForFunction((count) => Number(document.body.dataset.analyzed) > count, before);
}

/** The issue paths the marked elements of the body view stand for. */
async function highlightedPaths(): Promise<string[]> {
  const lists = await page
    .locator("#body-view .json-node.issue")
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.issues ?? "[]"));
  return [...new Set(lists.flatMap((list) => JSON.parse(list) as string[]))].sort();
}

describe("the playground", () => {
  it("loads under the strict CSP with the vendors and examples filled in", async () => {
    await page.goto(server.url);
    await page.waitForSelector("#verdict");
    // Before any input: a quiet invitation, not a red "not a valid error body".
    expect(await page.locator("#verdict").getAttribute("class")).toBe("verdict idle");
    expect(await page.locator("#verdict").textContent()).toBe("Nothing to check yet: paste an error body or pick a documented one.");
    // Every vendor of schemas/, and the "any vendor" choice.
    expect(await page.locator("#vendor option").count()).toBe(listVendors().length + 1);
    expect(await page.locator("#example option").count()).toBeGreaterThan(100);
  });

  for (const row of rows) {
    it(`shows ${row.given}`, async () => {
      await paste(row);
      const verdict = page.locator("#verdict");
      expect(await verdict.getAttribute("data-vendor")).toBe(row.want.vendor);
      expect(await verdict.getAttribute("data-envelope")).toBe(row.want.envelope);
      const marked = await highlightedPaths();
      expect(marked).toEqual(expect.arrayContaining(row.want.issuePaths));
      if (row.want.issuePaths.length === 0) expect(marked).toEqual([]);
      if (row.vendor === "commercetools" || row.want.vendor === "commercetools") expect(marked).toEqual(packageIssuePaths(row.body));
      const listed = await page.locator("#issues li").evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.path));
      expect([...new Set(listed)].sort()).toEqual(marked);
      if (row.want.envelope)
        expect(await page.locator(`#detection li[data-vendor="${row.want.vendor}"][data-envelope="${row.want.envelope}"]`).count()).toBe(1);
      await expect(page.locator("#retry-advice").textContent()).resolves.toMatch(/retry/i);
    });
  }

  it("marks the broken body in place (screenshot for review)", async () => {
    const last = rows.at(-1)!;
    await paste(last);
    expect(await page.locator("#body-view .json-node.issue").count()).toBeGreaterThan(0);
    await page.hover('#issues li[data-path="/errors/0/message"]');
    expect(await page.locator("#body-view .json-node.issue.focus").getAttribute("data-pointer")).toBe("/errors/0");
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, "playground-broken-body.png"), fullPage: true });
  });

  it("fills the form from a documented example", async () => {
    await page.selectOption("#example", { label: "Stripe: ApiErrorResponse #1" });
    await page.waitForFunction(() => document.querySelector("#verdict")?.getAttribute("data-envelope") === "ApiErrorResponse");
    expect(JSON.parse(await page.inputValue("#body"))).toEqual(example("stripe/api-error.schema.json", 0));
  });

  it("serves a reference page per vendor with its status table", async () => {
    const catalog = vendorModel("commercetools").statusCodes;
    await page.goto(`${server.url}vendors/commercetools.html`);
    expect(await page.locator("h1").textContent()).toBe("commercetools");
    expect(await page.locator("tr[data-status]").count()).toBe(catalog.length);
    expect(await page.locator("article.envelope").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(resultsDir, "vendor-commercetools.png") });
  });

  it("opens a reference page's example in the playground", async () => {
    await page.click('a[href$="example=commercetools%2FStandardErrorResponse%2F0"]');
    await page.waitForFunction(() => document.querySelector("#verdict")?.getAttribute("data-envelope") === "StandardErrorResponse");
    expect(JSON.parse(await page.inputValue("#body"))).toEqual(documented409);
    expect(await page.locator("#verdict").getAttribute("data-vendor")).toBe("commercetools");
  });

  it("raised no CSP violation, console error or page error", () => {
    expect(violations).toEqual([]);
  });
});
