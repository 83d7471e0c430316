import { describe, expect, it } from "vitest";
import { hostileProxy, readFixtures } from "@commerce-errors/testkit";
import { detectVendor, type VendorName, vendorNames } from "../src/index.js";
import { allExamples, example } from "./fixtures.js";

/**
 * Documented bodies whose shape another vendor documents too, with no mark of their own vendor in
 * them: every candidate ties (ranked among themselves by how closely their envelopes fit the body,
 * never by registry order alone), and the request host decides. These are the only
 * examples that do not rank their vendor first, strictly, on the body alone.
 */
const sharedShapes: { shape: string; tied: VendorName[]; examples: [VendorName, string, number[]][] }[] = [
  {
    // {error, error_description?} with an RFC 6749 code: Stripe Connect, PayPal, Shopify, SLAS and commercetools' authorization server all send it.
    shape: "OAuth error with a standard code",
    tied: ["commercetools", "paypal", "sfcc", "shopify", "stripe"],
    examples: [
      ["commercetools", "OAuthErrorResponse", [1, 2]],
      ["paypal", "OAuthErrorResponse", [0, 1]],
      ["sfcc", "SlasOAuthErrorResponse", [0, 1, 2, 4, 7, 8, 9]],
      ["shopify", "OAuthErrorResponse", [0, 1]],
      ["shopify", "RestSingleErrorResponse", [1]],
      ["stripe", "OAuthErrorResponse", [0, 1]],
    ],
  },
  // {errors: [{message, locations, path}]} without extensions: plain GraphQL.
  {
    shape: "GraphQL error without extensions",
    tied: ["bigcommerce", "commercetools", "shopify"],
    examples: [["shopify", "GraphQLErrorResponse", [5]]],
  },
  // {message} alone, no placeholder: Magento's exception and Medusa's middleware body. Neither has a host.
  { shape: "a bare message", tied: ["magento", "medusa"], examples: [["magento", "WebapiErrorResponse", [5]]] },
];

/** A host of each vendor that has one (magento, medusa and woocommerce are self-hosted). */
const hosts: Partial<Record<VendorName, string>> = {
  bigcommerce: "api.bigcommerce.com",
  commercetools: "api.europe-west1.gcp.commercetools.com",
  paypal: "api-m.paypal.com",
  saleor: "acme.saleor.cloud",
  sfcc: "kv7kzm78.api.commercecloud.salesforce.com",
  shopify: "acme.myshopify.com",
  stripe: "connect.stripe.com",
};

function sharedShapeOf(vendor: VendorName, envelope: string, index: number) {
  return sharedShapes.find(({ examples }) => examples.some(([v, e, indexes]) => v === vendor && e === envelope && indexes.includes(index)));
}

describe("detectVendor on every documented body", () => {
  it("has examples of every vendor", () => {
    expect(new Set(allExamples.map((entry) => entry.vendor))).toEqual(new Set(vendorNames));
  });

  it("the shared-shape table names documented examples only", () => {
    for (const { examples } of sharedShapes)
      for (const [vendor, envelope, indexes] of examples)
        for (const index of indexes) expect(() => example(vendor, envelope, index)).not.toThrow();
  });

  for (const { vendor, envelope, index, body } of allExamples) {
    const shared = sharedShapeOf(vendor, envelope, index);
    if (!shared) {
      it(`${vendor} ${envelope} example ${index} ranks ${vendor} first, strictly`, () => {
        const [first, second] = detectVendor(body);
        expect(first).toMatchObject({ vendor, envelope });
        expect(first!.reasons[0]).toContain(`envelope ${envelope} accepts the body`);
        if (second) expect(second.score).toBeLessThan(first!.score);
      });
      continue;
    }
    it(`${vendor} ${envelope} example ${index} (${shared.shape}): every candidate ties; ${hosts[vendor] ? "the host" : "registry order"} puts ${vendor} first`, () => {
      const candidates = detectVendor(body);
      expect(candidates.map((candidate) => candidate.vendor).sort()).toEqual([...shared.tied].sort());
      expect(candidates.every((candidate) => candidate.score === 40 && candidate.envelope !== undefined)).toBe(true);
      expect(candidates.find((candidate) => candidate.vendor === vendor)).toMatchObject({
        envelope,
        reasons: [expect.stringContaining(`envelope ${envelope} accepts the body`)],
      });
      const host = hosts[vendor];
      if (host === undefined) {
        expect(candidates[0]!.vendor).toBe(vendor);
        return;
      }
      const [first, second] = detectVendor(body, { host });
      expect(first).toMatchObject({ vendor, envelope, score: 90 });
      expect(second!.score).toBeLessThan(first!.score);
    });
  }
});

/** Real bodies of schemas/<vendor>/fixtures that parse as an error, every vendor's, with their sources. */
const errorFixtures = vendorNames.flatMap((vendor) =>
  readFixtures(vendor)
    .filter((fixture) => fixture.kind === "error" || fixture.kind === "partial")
    .map((fixture) => ({ vendor, ...fixture })),
);

describe("detectVendor on every error fixture of schemas/<vendor>/fixtures, from the body alone", () => {
  it("has error fixtures of the eight vendors added last", () => {
    const added: VendorName[] = ["adyen", "amazonsp", "braintree", "checkoutcom", "mollie", "shopware", "square", "vendure"];
    expect(added.filter((vendor) => !errorFixtures.some((fixture) => fixture.vendor === vendor))).toEqual([]);
  });

  it.each(errorFixtures.map((fixture) => [fixture.file, fixture] as const))("%s ranks its vendor first, strictly", (_file, fixture) => {
    const [first, second] = detectVendor(fixture.body);
    expect(first).toMatchObject({ vendor: fixture.vendor, ...(fixture.envelope && { envelope: fixture.envelope }) });
    if (second) expect(second.score).toBeLessThan(first!.score);
  });
});

describe("ambiguous bodies", () => {
  // JSON:API errors with an undocumented code: Commerce Layer's, Elastic Path's and Shopware's validators all accept it.
  const jsonApi = { errors: [{ title: "Not allowed", detail: "This action is not allowed.", code: "NOT_ALLOWED_YET", status: "403" }] };

  it("returns every candidate with the same score and its reasons, not a guess", () => {
    expect(detectVendor(jsonApi)).toEqual([
      {
        vendor: "commercelayer",
        envelope: "JsonApiErrorResponse",
        score: 40,
        reasons: ["Commerce Layer envelope JsonApiErrorResponse accepts the body"],
      },
      {
        vendor: "elasticpath",
        envelope: "ElasticPathErrorResponse",
        score: 40,
        reasons: ["Elastic Path Composable Commerce envelope ElasticPathErrorResponse accepts the body"],
      },
      {
        vendor: "shopware",
        envelope: "ShopwareErrorResponse",
        score: 40,
        reasons: ["Shopware 6 envelope ShopwareErrorResponse accepts the body"],
      },
    ]);
  });

  it("GraphQL errors with a bare message are BigCommerce's, commercetools' or Shopify's (Saleor's need extensions.exception)", () => {
    const candidates = detectVendor({ errors: [{ message: "Something went wrong" }] });
    expect(candidates.map(({ vendor, envelope, score }) => ({ vendor, envelope, score }))).toEqual([
      { vendor: "bigcommerce", envelope: "GraphQLErrorResponse", score: 40 },
      { vendor: "commercetools", envelope: "GraphQLErrorResponse", score: 40 },
      { vendor: "shopify", envelope: "GraphQLErrorResponse", score: 40 },
    ]);
  });

  it("GraphQL: the host decides between the generic shapes; a Saleor host alone is no Saleor envelope", () => {
    const bare = { errors: [{ message: "Something went wrong", path: ["cart"] }] };
    for (const vendor of ["bigcommerce", "commercetools", "shopify"] as const) {
      const [first, second] = detectVendor(bare, { host: hosts[vendor] });
      expect(first).toMatchObject({ vendor, envelope: "GraphQLErrorResponse", score: 90 });
      expect(second!.score).toBe(40);
    }
    expect(detectVendor(bare, { host: hosts.saleor }).map(({ vendor, envelope, score }) => ({ vendor, envelope, score }))).toEqual([
      { vendor: "saleor", envelope: undefined, score: 50 },
      { vendor: "bigcommerce", envelope: "GraphQLErrorResponse", score: 40 },
      { vendor: "commercetools", envelope: "GraphQLErrorResponse", score: 40 },
      { vendor: "shopify", envelope: "GraphQLErrorResponse", score: 40 },
    ]);
  });

  it("GraphQL marks rank a vendor first without hints: Shopify extensions.code, Saleor extensions.exception", () => {
    const [shopify, ...others] = detectVendor(example("shopify", "GraphQLErrorResponse", 1));
    expect(shopify).toMatchObject({
      vendor: "shopify",
      score: 60,
      reasons: expect.arrayContaining(["documented Shopify extensions.code THROTTLED", "extensions.documentation links to shopify.dev"]),
    });
    expect(others.map(({ vendor, score }) => ({ vendor, score }))).toEqual([
      { vendor: "bigcommerce", score: 40 },
      { vendor: "commercetools", score: 40 },
      { vendor: "vendure", score: 40 },
    ]);
    const [saleor, ...rest] = detectVendor(example("saleor", "SaleorGraphQLErrorResponse", 0));
    expect(saleor).toMatchObject({
      vendor: "saleor",
      score: 60,
      reasons: expect.arrayContaining(["extensions.exception.code (Saleor)", "documented Saleor exception PermissionDenied"]),
    });
    expect(rest.map(({ vendor, score }) => ({ vendor, score }))).toEqual([
      { vendor: "bigcommerce", score: 40 },
      { vendor: "shopify", score: 40 },
    ]);
  });

  it("OAuth {error, error_description}: Stripe, PayPal, Shopify, SLAS and commercetools tie; the host decides", () => {
    const body = { error: "invalid_client", error_description: "Client Authentication failed" };
    expect(detectVendor(body).map(({ vendor, envelope, score }) => ({ vendor, envelope, score }))).toEqual([
      { vendor: "commercetools", envelope: "OAuthErrorResponse", score: 40 },
      { vendor: "paypal", envelope: "OAuthErrorResponse", score: 40 },
      { vendor: "sfcc", envelope: "SlasOAuthErrorResponse", score: 40 },
      { vendor: "shopify", envelope: "OAuthErrorResponse", score: 40 },
      { vendor: "stripe", envelope: "OAuthErrorResponse", score: 40 },
    ]);
    for (const vendor of ["commercetools", "paypal", "sfcc", "shopify", "stripe"] as const) {
      const [first, second] = detectVendor(body, { url: `https://${hosts[vendor]}/oauth/token` });
      expect(first).toMatchObject({ vendor, score: 90 });
      expect(second!.score).toBe(40);
    }
  });

  it("OAuth: a code beyond RFC 6749 (SLAS, commercetools) or a field PayPal adds breaks the tie without hints", () => {
    expect(detectVendor(example("commercetools", "OAuthErrorResponse", 0))[0]).toMatchObject({
      vendor: "commercetools",
      score: 50,
      reasons: expect.arrayContaining(["commercetools OAuth error code invalid_customer_account_credentials"]),
    });
    expect(detectVendor(example("sfcc", "SlasOAuthErrorResponse", 3))[0]).toMatchObject({
      vendor: "sfcc",
      score: 50,
      reasons: expect.arrayContaining(["SLAS error code conflict"]),
    });
    expect(detectVendor(example("paypal", "OAuthErrorResponse", 2))[0]).toMatchObject({
      vendor: "paypal",
      score: 60,
      reasons: expect.arrayContaining(["correlation_id (PayPal OAuth)"]),
    });
  });

  it("{error: string}: a sentence is Shopify's Admin REST error, a bare code any OAuth server's", () => {
    expect(
      detectVendor(example("shopify", "RestSingleErrorResponse", 0)).map(({ vendor, envelope, score }) => ({ vendor, envelope, score })),
    ).toEqual([
      { vendor: "shopify", envelope: "RestSingleErrorResponse", score: 50 },
      { vendor: "commercetools", envelope: "OAuthErrorResponse", score: 40 },
      { vendor: "paypal", envelope: "OAuthErrorResponse", score: 40 },
      { vendor: "sfcc", envelope: "SlasOAuthErrorResponse", score: 40 },
      { vendor: "stripe", envelope: "OAuthErrorResponse", score: 40 },
    ]);
  });

  it("a bare {message} is Magento's or Medusa's (neither has a host); placeholders or Medusa's middleware message decide", () => {
    expect(detectVendor({ message: "nope" })).toEqual([
      {
        vendor: "magento",
        envelope: "WebapiErrorResponse",
        score: 40,
        reasons: ["Adobe Commerce (Magento 2) envelope WebapiErrorResponse accepts the body"],
      },
      {
        vendor: "medusa",
        envelope: "MedusaMessageErrorResponse",
        score: 40,
        reasons: ["Medusa envelope MedusaMessageErrorResponse accepts the body"],
      },
    ]);
    expect(detectVendor(example("magento", "WebapiErrorResponse", 0))[0]).toMatchObject({
      vendor: "magento",
      score: 50,
      reasons: expect.arrayContaining(["message placeholders filled from parameters (Magento)"]),
    });
    expect(detectVendor(example("medusa", "MedusaMessageErrorResponse", 0))[0]).toMatchObject({
      vendor: "medusa",
      score: 50,
      reasons: expect.arrayContaining(["documented Medusa middleware message"]),
    });
  });

  it("{code, message}: BigCommerce repeats the HTTP status, WooCommerce prefixes its codes, Medusa adds a type", () => {
    const [bigcommerce, ...tied] = detectVendor(example("bigcommerce", "CodeMessageErrorResponse", 0)).map(({ vendor, score }) => ({
      vendor,
      score,
    }));
    expect(bigcommerce).toEqual({ vendor: "bigcommerce", score: 50 });
    expect(tied).toHaveLength(2);
    expect(tied).toEqual(
      expect.arrayContaining([
        { vendor: "magento", score: 40 },
        { vendor: "medusa", score: 40 },
      ]),
    );
    expect(detectVendor(example("woocommerce", "WpRestErrorResponse", 1)).map(({ vendor, score }) => ({ vendor, score }))).toEqual([
      { vendor: "woocommerce", score: 60 },
      { vendor: "medusa", score: 40 },
    ]);
    expect(detectVendor(example("medusa", "MedusaErrorResponse", 1)).map(({ vendor, score }) => ({ vendor, score }))).toEqual([
      { vendor: "medusa", score: 60 },
      { vendor: "woocommerce", score: 40 },
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
    expect(first).toMatchObject({
      vendor: "elasticpath",
      score: 50,
      reasons: expect.arrayContaining(["source is a plain field name (Elastic Path)"]),
    });
  });

  it("ranks the same way every time (ties in registry order)", () => {
    const runs = Array.from({ length: 3 }, () => detectVendor(jsonApi).map((candidate) => candidate.vendor));
    expect(runs).toEqual([
      ["commercelayer", "elasticpath", "shopware"],
      ["commercelayer", "elasticpath", "shopware"],
      ["commercelayer", "elasticpath", "shopware"],
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
      {
        vendor: "commercetools",
        envelope: undefined,
        score: 50,
        reasons: ["host api.europe-west1.gcp.commercetools.com matches commercetools.com"],
      },
    ]);
  });

  it("Content-Type application/vnd.api+json points to Commerce Layer", () => {
    const [first] = detectVendor(jsonApi, { contentType: "application/vnd.api+json; charset=utf-8" });
    expect(first).toMatchObject({
      vendor: "commercelayer",
      score: 60,
      reasons: expect.arrayContaining(["Content-Type application/vnd.api+json is Commerce Layer's"]),
    });
  });

  it("application/json, declared by several vendors, is no evidence", () => {
    expect(detectVendor(jsonApi, { headers: { "Content-Type": "application/json" } }).map((candidate) => candidate.score)).toEqual([
      40, 40, 40,
    ]);
  });

  it("vendor headers (fetch Headers or a plain record), at most two counted", () => {
    const headers = new Headers({ "X-Correlation-ID": "projects-abc-123" });
    expect(detectVendor(undefined, { headers })).toEqual([
      { vendor: "commercetools", envelope: undefined, score: 10, reasons: ["response header x-correlation-id"] },
    ]);
    const bigcommerce = detectVendor(undefined, {
      headers: { "X-Rate-Limit-Requests-Left": "0", "X-Rate-Limit-Time-Reset-Ms": "1500", "X-Retry-After": "2" },
    });
    expect(bigcommerce).toEqual([
      {
        vendor: "bigcommerce",
        envelope: undefined,
        score: 20,
        reasons: ["response header x-rate-limit-requests-left", "response header x-rate-limit-time-reset-ms"],
      },
    ]);
  });

  it("headers of the newer vendors: Request-Id and Stripe-Should-Retry, Paypal-Debug-Id", () => {
    expect(detectVendor(undefined, { headers: { "Request-Id": "req_8dC2", "Stripe-Should-Retry": "false" } })).toEqual([
      { vendor: "stripe", envelope: undefined, score: 20, reasons: ["response header request-id", "response header stripe-should-retry"] },
    ]);
    expect(
      detectVendor(example("paypal", "OAuthErrorResponse", 0), { headers: new Headers({ "Paypal-Debug-Id": "f1a2b3c4d5e6" }) })[0],
    ).toMatchObject({ vendor: "paypal", score: 50 });
  });

  it("application/problem+json, declared by BigCommerce and SFCC, is no evidence either", () => {
    expect(detectVendor(example("sfcc", "ScapiProblemDetails", 0), { contentType: "application/problem+json" })).toEqual(
      detectVendor(example("sfcc", "ScapiProblemDetails", 0)),
    );
  });

  it("a host outweighs a bare shape match of another vendor", () => {
    const candidates = detectVendor(
      { errors: [{ title: "Not Found", status: 404 }] },
      { url: "https://useast.api.commercelayer.io/api/skus/1" },
    );
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
    ["unknown JSON", { teapot: true }],
    ["a message that is not a string", { message: 42 }],
    ["null", null],
    ["a string", "<html><body>Service Unavailable</body></html>"],
    ["an empty array", []],
  ])("%s: no candidates", (_name, body) => {
    expect(detectVendor(body)).toEqual([]);
  });

  it("never throws on hostile values", () => {
    const hostile = hostileProxy(["get", "ownKeys"]);
    expect(detectVendor(hostile, { headers: hostile as never })).toEqual([]);
  });
});
