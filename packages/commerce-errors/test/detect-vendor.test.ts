import { describe, expect, it } from "vitest";
import { detectVendor } from "../src/index.js";
import { allExamples, example } from "./fixtures.js";

describe("detectVendor on every documented body", () => {
  it("has examples of all four vendors", () => {
    expect(new Set(allExamples.map((entry) => entry.vendor))).toEqual(new Set(["bigcommerce", "commercelayer", "commercetools", "elasticpath"]));
  });

  for (const { vendor, envelope, index, body } of allExamples) {
    it(`${vendor} ${envelope} example ${index} ranks ${vendor} first, strictly`, () => {
      const [first, second] = detectVendor(body);
      expect(first).toMatchObject({ vendor, envelope });
      expect(first!.reasons[0]).toContain(`envelope ${envelope} accepts the body`);
      if (second) expect(second.score).toBeLessThan(first!.score);
    });
  }
});

describe("ambiguous bodies", () => {
  // JSON:API errors with an undocumented code: Commerce Layer's and Elastic Path's validators both accept it.
  const jsonApi = { errors: [{ title: "Not allowed", detail: "This action is not allowed.", code: "NOT_ALLOWED_YET", status: "403" }] };

  it("returns every candidate with the same score and its reasons, not a guess", () => {
    expect(detectVendor(jsonApi)).toEqual([
      { vendor: "commercelayer", envelope: "JsonApiErrorResponse", score: 40, reasons: ["Commerce Layer envelope JsonApiErrorResponse accepts the body"] },
      { vendor: "elasticpath", envelope: "ElasticPathErrorResponse", score: 40, reasons: ["Elastic Path Composable Commerce envelope ElasticPathErrorResponse accepts the body"] },
    ]);
  });

  it("GraphQL errors with a bare message are BigCommerce's or commercetools'", () => {
    const candidates = detectVendor({ errors: [{ message: "Something went wrong" }] });
    expect(candidates.map(({ vendor, envelope, score }) => ({ vendor, envelope, score }))).toEqual([
      { vendor: "bigcommerce", envelope: "GraphQLErrorResponse", score: 40 },
      { vendor: "commercetools", envelope: "GraphQLErrorResponse", score: 40 },
    ]);
  });

  it("a documented code breaks the tie", () => {
    const [first, second] = detectVendor(example("commercelayer", "JsonApiErrorResponse", 0));
    expect(first).toMatchObject({ vendor: "commercelayer", score: 50 });
    expect(first!.reasons).toContain("documented Commerce Layer error code INVALID_TOKEN");
    expect(second).toMatchObject({ vendor: "elasticpath", score: 40 });
  });

  it("Elastic Path vocabulary (string source, request_id) ranks it above Commerce Layer", () => {
    const [first] = detectVendor(example("elasticpath", "ElasticPathErrorResponse", 0));
    expect(first).toMatchObject({ vendor: "elasticpath", score: 50, reasons: expect.arrayContaining(["source is a plain field name (Elastic Path)"]) });
  });

  it("ranks the same way every time (ties in registry order)", () => {
    const runs = Array.from({ length: 3 }, () => detectVendor(jsonApi).map((candidate) => candidate.vendor));
    expect(runs).toEqual([
      ["commercelayer", "elasticpath"],
      ["commercelayer", "elasticpath"],
      ["commercelayer", "elasticpath"],
    ]);
  });
});

describe("hints", () => {
  const jsonApi = { errors: [{ title: "Not allowed", detail: "This action is not allowed.", code: "NOT_ALLOWED_YET", status: "403" }] };

  it("a request URL whose host is a subdomain of vendor.hosts", () => {
    const [first, second] = detectVendor(jsonApi, { url: "https://acme.commercelayer.io/api/orders" });
    expect(first).toEqual({
      vendor: "commercelayer",
      envelope: "JsonApiErrorResponse",
      score: 90,
      reasons: ["Commerce Layer envelope JsonApiErrorResponse accepts the body", "host acme.commercelayer.io matches commercelayer.io"],
    });
    expect(second).toMatchObject({ vendor: "elasticpath", score: 40 });
  });

  it("matches hostname suffixes on a label boundary only", () => {
    expect(detectVendor(undefined, { host: "notcommercelayer.io" })).toEqual([]);
    expect(detectVendor(undefined, { host: "api.europe-west1.gcp.commercetools.com:443" })).toEqual([
      { vendor: "commercetools", envelope: undefined, score: 50, reasons: ["host api.europe-west1.gcp.commercetools.com matches commercetools.com"] },
    ]);
  });

  it("Content-Type application/vnd.api+json points to Commerce Layer", () => {
    const [first] = detectVendor(jsonApi, { contentType: "application/vnd.api+json; charset=utf-8" });
    expect(first).toMatchObject({ vendor: "commercelayer", score: 60, reasons: expect.arrayContaining(["Content-Type application/vnd.api+json is Commerce Layer's"]) });
  });

  it("application/json, declared by several vendors, is no evidence", () => {
    expect(detectVendor(jsonApi, { headers: { "Content-Type": "application/json" } }).map((candidate) => candidate.score)).toEqual([40, 40]);
  });

  it("vendor headers (fetch Headers or a plain record), at most two counted", () => {
    const headers = new Headers({ "X-Correlation-ID": "projects-abc-123" });
    expect(detectVendor(undefined, { headers })).toEqual([{ vendor: "commercetools", envelope: undefined, score: 10, reasons: ["response header x-correlation-id"] }]);
    const bigcommerce = detectVendor(undefined, { headers: { "X-Rate-Limit-Requests-Left": "0", "X-Rate-Limit-Time-Reset-Ms": "1500", "X-Retry-After": "2" } });
    expect(bigcommerce).toEqual([{ vendor: "bigcommerce", envelope: undefined, score: 20, reasons: ["response header x-rate-limit-requests-left", "response header x-rate-limit-time-reset-ms"] }]);
  });

  it("a host outweighs a bare shape match of another vendor", () => {
    const candidates = detectVendor({ errors: [{ title: "Not Found", status: 404 }] }, { url: "https://useast.api.commercelayer.io/api/skus/1" });
    expect(candidates.map(({ vendor, envelope, score }) => ({ vendor, envelope, score }))).toEqual([
      { vendor: "commercelayer", envelope: undefined, score: 50 },
      { vendor: "elasticpath", envelope: "ElasticPathErrorResponse", score: 40 },
    ]);
  });

  it("on equal scores, a body the vendor's validator accepts ranks above a host alone", () => {
    const body = { errors: [{ status: 400, source: "enabled", title: "required", detail: "enabled is required" }] };
    const candidates = detectVendor(body, { url: "https://acme.commercelayer.io/api/orders" });
    expect(candidates.map(({ vendor, envelope, score }) => ({ vendor, envelope, score }))).toEqual([
      { vendor: "elasticpath", envelope: "ElasticPathErrorResponse", score: 50 },
      { vendor: "commercelayer", envelope: undefined, score: 50 },
    ]);
  });

  it("ignores a URL it cannot parse", () => {
    expect(detectVendor(undefined, { url: "not a url" })).toEqual([]);
  });
});

describe("bodies of no vendor", () => {
  it.each([
    ["unknown JSON", { message: "nope" }],
    ["null", null],
    ["a string", "<html><body>Service Unavailable</body></html>"],
    ["an empty array", []],
  ])("%s: no candidates", (_name, body) => {
    expect(detectVendor(body)).toEqual([]);
  });

  it("never throws on hostile values", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("boom"); }, ownKeys: () => { throw new Error("boom"); } });
    expect(detectVendor(hostile, { headers: hostile as never })).toEqual([]);
  });
});
