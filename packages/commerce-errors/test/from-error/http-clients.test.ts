// Each HTTP client fails against the local server (vendor bodies, an HTML 502, an empty 429, a
// refused connection, a timeout); what reaches the catch goes through fromError/fromErrorAsync.
import axios from "axios";
import got from "got";
import got14 from "got-14";
import got15 from "got-15";
import { GraphQLClient } from "graphql-request";
import ky from "ky";
import ky1 from "ky-1";
import { ofetch } from "ofetch";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromError, fromErrorAsync, shouldRetry, type NormalizedError } from "../../src/index.js";
import { caught } from "../support/caught.js";
import {
  commerceLayerValidation,
  commercetoolsConflict,
  medusaInsufficientInventory,
  paypalInvalidRequest,
  shopifyThrottled,
  stripeNotFound,
} from "../support/vendor-replies.js";
import {
  closedPortUrl,
  emptyTooManyRequests,
  htmlBadGateway,
  startVendorServer,
  type Reply,
  type VendorServer,
} from "../support/vendor-server.js";

let server: VendorServer;
let refused: string;
beforeAll(async () => {
  server = await startVendorServer();
  refused = await closedPortUrl();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

type Want = Partial<Pick<NormalizedError, "vendor" | "status" | "envelope" | "reason" | "code" | "requestId">> & {
  retry?: NormalizedError["retry"]["kind"];
};

function expectNormalized(error: NormalizedError, want: Want) {
  const { retry, ...fields } = want;
  expect(error).toMatchObject(fields);
  if (retry) expect(error.retry.kind).toBe(retry);
}

interface Case {
  given: string;
  reply?: Reply;
  /** Calls the client against this URL and returns what it threw. */
  call: (url: string) => Promise<unknown>;
  want: Want;
  /** The body is still in a Response: only fromErrorAsync can read it. */
  async?: boolean;
}

const htmlWant: Want = { status: 502, envelope: "unrecognized", reason: "not-json", retry: "with-backoff" };
const emptyWant: Want = { status: 429, envelope: "empty", retry: "with-backoff" };
const refusedWant: Want = { status: undefined, envelope: "transport", reason: "network", retry: "with-backoff" };
const timeoutWant: Want = { status: undefined, envelope: "transport", reason: "timeout", retry: "with-backoff" };

const slow: Reply = { status: 200, body: {}, delayMs: 200 };

/** got's error shape is the same in 14, 15 and 16: the same rows for each major. */
function gotCases(client: typeof got): Case[] {
  return [
    {
      given: "PayPal 400 (text in e.response.body)",
      reply: paypalInvalidRequest,
      call: (url) => caught(() => client.post(url, { json: {}, retry: { limit: 0 } })),
      want: { vendor: "paypal", status: 400, code: "INVALID_REQUEST", requestId: "19687a87fb8fd", retry: "no" },
    },
    { given: "an HTML 502", reply: htmlBadGateway, call: (url) => caught(() => client(url, { retry: { limit: 0 } })), want: htmlWant },
    {
      given: "an HTML page at 200 with responseType json (ParseError keeps the text)",
      reply: { ...htmlBadGateway, status: 200 },
      call: (url) => caught(() => client(url, { retry: { limit: 0 }, responseType: "json" })),
      want: { status: 200, envelope: "unrecognized", reason: "not-json", retry: "no" },
    },
    {
      given: "an empty 429",
      reply: emptyTooManyRequests,
      call: (url) => caught(() => client(url, { retry: { limit: 0 } })),
      want: emptyWant,
    },
    {
      given: "a refused connection",
      call: () => caught(() => client(`${refused}/x`, { retry: { limit: 0 } })),
      want: { ...refusedWant, code: "ECONNREFUSED" },
    },
    {
      given: "a timeout (ETIMEDOUT)",
      reply: slow,
      call: (url) => caught(() => client(url, { retry: { limit: 0 }, timeout: { request: 20 } })),
      want: timeoutWant,
    },
  ];
}

const gotMajors = {
  "got 16": gotCases(got),
  "got 15": gotCases(got15 as unknown as typeof got),
  "got 14": gotCases(got14 as unknown as typeof got),
};

const cases: Record<string, Case[]> = {
  axios: [
    {
      given: "commercetools 409",
      reply: commercetoolsConflict,
      call: (url) => caught(() => axios.post(url, { version: 1 })),
      want: {
        vendor: "commercetools",
        status: 409,
        code: "ConcurrentModification",
        requestId: "projects-demo-9f0e7c0c-4cd4-4b39-8b2f-6c1b1b0b7d11",
        retry: "after-refetch",
      },
    },
    { given: "an HTML 502", reply: htmlBadGateway, call: (url) => caught(() => axios.get(url)), want: htmlWant },
    { given: "an empty 429", reply: emptyTooManyRequests, call: (url) => caught(() => axios.get(url)), want: emptyWant },
    {
      given: "a refused connection (ECONNREFUSED)",
      call: () => caught(() => axios.get(`${refused}/x`)),
      want: { ...refusedWant, code: "ECONNREFUSED" },
    },
    { given: "a timeout (ECONNABORTED)", reply: slow, call: (url) => caught(() => axios.get(url, { timeout: 20 })), want: timeoutWant },
  ],
  // ky 2 reads the body into e.data: fromError needs no await.
  "ky 2": [
    {
      given: "Commerce Layer 422 (ky 2: parsed into e.data)",
      reply: commerceLayerValidation,
      call: (url) => caught(() => ky.post(url, { json: {}, retry: 0 })),
      want: { vendor: "commercelayer", status: 422, code: "VALIDATION_ERROR", retry: "no" },
    },
    {
      given: "an HTML 502 (the text in e.data)",
      reply: htmlBadGateway,
      call: (url) => caught(() => ky.get(url, { retry: 0 })),
      want: htmlWant,
    },
    {
      given: "an empty 429 (e.data undefined, body consumed)",
      reply: emptyTooManyRequests,
      call: (url) => caught(() => ky.get(url, { retry: 0 })),
      want: emptyWant,
    },
    {
      given: "JSON that does not parse (e.data undefined): unreadable, not empty",
      reply: { status: 400, headers: { "content-type": "application/json" }, body: "{oops" },
      call: (url) => caught(() => ky.get(url, { retry: 0 })),
      want: { status: 400, envelope: "unrecognized", reason: "unreadable", retry: "no" },
      async: true,
    },
    {
      given: "a refused connection (NetworkError)",
      call: () => caught(() => ky.get(`${refused}/x`, { retry: 0 })),
      want: { ...refusedWant, code: "ECONNREFUSED" },
    },
    {
      given: "a timeout (TimeoutError)",
      reply: slow,
      call: (url) => caught(() => ky.get(url, { retry: 0, timeout: 20 })),
      want: timeoutWant,
    },
  ],
  "ky 1": [
    {
      given: "Commerce Layer 422 (ky 1: body unread in e.response)",
      reply: commerceLayerValidation,
      call: (url) => caught(() => ky1.post(url, { json: {}, retry: 0 })),
      want: { vendor: "commercelayer", status: 422, code: "VALIDATION_ERROR", retry: "no" },
      async: true,
    },
    { given: "an HTML 502", reply: htmlBadGateway, call: (url) => caught(() => ky1.get(url, { retry: 0 })), want: htmlWant, async: true },
    {
      given: "an empty 429",
      reply: emptyTooManyRequests,
      call: (url) => caught(() => ky1.get(url, { retry: 0 })),
      want: emptyWant,
      async: true,
    },
    { given: "a refused connection", call: () => caught(() => ky1.get(`${refused}/x`, { retry: 0 })), want: refusedWant },
    {
      given: "a timeout (TimeoutError)",
      reply: slow,
      call: (url) => caught(() => ky1.get(url, { retry: 0, timeout: 20 })),
      want: timeoutWant,
    },
  ],
  ofetch: [
    {
      given: "Medusa 400 (parsed into e.data)",
      reply: medusaInsufficientInventory,
      call: (url) => caught(() => ofetch(url, { method: "POST", body: {}, retry: 0 })),
      want: { vendor: "medusa", status: 400, code: "insufficient_inventory", retry: "no" },
    },
    { given: "an HTML 502", reply: htmlBadGateway, call: (url) => caught(() => ofetch(url, { retry: 0 })), want: htmlWant },
    { given: "an empty 429", reply: emptyTooManyRequests, call: (url) => caught(() => ofetch(url, { retry: 0 })), want: emptyWant },
    { given: "a refused connection", call: () => caught(() => ofetch(`${refused}/x`, { retry: 0 })), want: refusedWant },
    { given: "a timeout", reply: slow, call: (url) => caught(() => ofetch(url, { retry: 0, timeout: 20 })), want: timeoutWant },
  ],
  ...gotMajors,
  "graphql-request": [
    {
      given: "Shopify THROTTLED at 200 (ClientError)",
      reply: shopifyThrottled,
      call: (url) => caught(() => new GraphQLClient(url).request("query { shop { name } }")),
      want: { vendor: "shopify", status: 200, code: "THROTTLED", requestId: "0b0d5a5e-7c1c-4d5b-9d1e-1b2c3d4e5f60", retry: "with-backoff" },
    },
    {
      given: "an HTML 502",
      reply: htmlBadGateway,
      call: (url) => caught(() => new GraphQLClient(url).request("query { shop { name } }")),
      want: htmlWant,
    },
    {
      given: "an empty 429",
      reply: emptyTooManyRequests,
      call: (url) => caught(() => new GraphQLClient(url).request("query { shop { name } }")),
      want: { status: 429, retry: "with-backoff" },
    },
    {
      given: "a refused connection",
      call: () => caught(() => new GraphQLClient(`${refused}/graphql`).request("query { shop { name } }")),
      want: refusedWant,
    },
  ],
  fetch: [
    {
      given: "Stripe 404 (the Response, unread)",
      reply: stripeNotFound,
      call: (url) => fetch(url),
      want: { vendor: "stripe", status: 404, code: "resource_missing", requestId: "req_4fqXyXZ1vXKcW2", retry: "no" },
      async: true,
    },
    { given: "an HTML 502", reply: htmlBadGateway, call: (url) => fetch(url), want: htmlWant, async: true },
    { given: "an empty 429", reply: emptyTooManyRequests, call: (url) => fetch(url), want: emptyWant, async: true },
    {
      given: "a refused connection (TypeError fetch failed)",
      call: () => caught(() => fetch(`${refused}/x`)),
      want: { ...refusedWant, code: "ECONNREFUSED" },
    },
    {
      given: "a timeout (AbortSignal.timeout)",
      reply: slow,
      call: (url) => caught(() => fetch(url, { signal: AbortSignal.timeout(20) })),
      want: timeoutWant,
    },
    {
      given: "an abort (AbortController)",
      reply: slow,
      call: (url) => {
        const controller = new AbortController();
        const pending = caught(() => fetch(url, { signal: controller.signal }));
        setTimeout(() => controller.abort(), 10);
        return pending;
      },
      want: { status: undefined, envelope: "transport", reason: "abort", retry: "no" },
    },
  ],
};

describe.each(Object.entries(cases))("%s", (_client, rows) => {
  it.each(rows)("$given", async ({ reply, call, want, async }) => {
    const path = `/case/${Math.random().toString(36).slice(2)}`;
    if (reply) server.route(path, reply);
    const thrown = await call(`${server.url}${path}`);
    const error = async ? await fromErrorAsync(thrown) : fromError(thrown);
    expectNormalized(error, want);
    expect(error.cause).toBe(thrown);
  });
});

describe("what fromError cannot read without awaiting", () => {
  it("an unread Response reads as reason 'unreadable' synchronously, with status and headers", async () => {
    server.route("/unread", stripeNotFound);
    const response = await fetch(`${server.url}/unread`);
    expect(fromError(response)).toMatchObject({
      status: 404,
      envelope: "unrecognized",
      reason: "unreadable",
      requestId: "req_4fqXyXZ1vXKcW2",
    });
    expect(response.bodyUsed).toBe(false);
  });

  it("ky 1's HTTPError through plain fromError says that fromErrorAsync reads its body", async () => {
    server.route("/ky1-unread", commerceLayerValidation);
    const thrown = await caught(() => ky1.post(`${server.url}/ky1-unread`, { json: {}, retry: 0 }));
    const error = fromError(thrown);
    expect(error).toMatchObject({ status: 422, envelope: "unrecognized", reason: "unreadable" });
    expect(error.message).toMatch(/\(the body is still unread in the error's Response: fromErrorAsync reads it\)$/);
    // and fromErrorAsync does, with no such note
    expect(await fromErrorAsync(thrown)).toMatchObject({ vendor: "commercelayer", code: "VALIDATION_ERROR" });
    expect((await fromErrorAsync(thrown)).message).not.toMatch(/fromErrorAsync/);
  });

  it("fromErrorAsync reads the body once: a second call finds it used and says so", async () => {
    server.route("/once", stripeNotFound);
    const response = await fetch(`${server.url}/once`);
    expect((await fromErrorAsync(response)).code).toBe("resource_missing");
    expect(await fromErrorAsync(response)).toMatchObject({ status: 404, reason: "unreadable" });
  });
});

describe("ky 2 NetworkError carries the request (ky 1 let fetch's TypeError through without it)", () => {
  it.each([
    { method: "GET", want: true },
    { method: "POST", want: false },
  ])("a connection reset on a $method: replayed = $want", async ({ method, want }) => {
    server.route("/reset", { status: 200, hangUp: true });
    const thrown = await caught(() => ky(`${server.url}/reset`, { method, retry: 0 }));
    expect(thrown).toMatchObject({ name: "NetworkError" });
    expect(fromError(thrown)).toMatchObject({ status: undefined, envelope: "transport", reason: "network" });
    expect(shouldRetry(thrown)).toBe(want);
  });
});
