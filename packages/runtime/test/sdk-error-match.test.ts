// The SDK-error rules (vendor.json "sdkErrors") as the umbrella's fromError reads them: conditions,
// unwrapping, bodies, statuses, failures without a response; and that nothing makes it throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchSdkError, readSdkError, type SdkErrorCondition, type SdkErrorRule } from "../src/index.js";

const named = (name: string, fields: object) => Object.assign(Object.defineProperty(new Error(name), "name", { value: name }), fields);
const response = (status: number) => new Response("{}", { status, headers: { "x-request-id": "r-1" } });

describe("conditions", () => {
  const rows: [string, SdkErrorCondition, unknown, boolean][] = [
    ["present", { pointer: "/a" }, { a: 0 }, true],
    ["absent fails", { pointer: "/a" }, {}, false],
    ["equals null", { pointer: "/a", equals: null }, { a: null }, true],
    ["oneOf", { pointer: "/a", oneOf: ["x", "y"] }, { a: "z" }, false],
    ["prefix", { pointer: "/type", prefix: "Stripe" }, { type: "StripeCardError" }, true],
    ["matches, case-insensitive", { pointer: "/m", matches: "timeout" }, { m: "Request Timeout" }, true],
    ["type object is no array", { pointer: "/a", type: "object" }, { a: [] }, false],
    ["type error: an Error", { pointer: "", type: "error" }, new Error("x"), true],
    ["type response: a fetch Response", { pointer: "/r", type: "response" }, { r: response(404) }, true],
    ["type status", { pointer: "/code", type: "status" }, { code: "404" }, true],
    ["hasKey: one of them, inherited too", { pointer: "", hasKey: ["raw", "name"] }, new Error("x"), true],
    ["lacksKeys", { pointer: "", lacksKeys: ["request"] }, { request: undefined }, false],
    ["onlyKeys", { pointer: "", onlyKeys: ["body", "error"] }, { body: null, error: {}, extra: 1 }, false],
    ["an inherited name", { pointer: "/name", equals: "ApiError" }, named("ApiError", {}), true],
  ];
  it.each(rows)("%s", (_name, condition, given, want) => {
    expect(matchSdkError(given, [{ client: "c", when: [condition], noBody: true }]) !== undefined).toBe(want);
  });
});

describe("what a matching rule reads", () => {
  const rows: { name: string; rule: SdkErrorRule; given: unknown; want: Record<string, unknown> }[] = [
    {
      name: "status, headers, request id, message, request; the body kept, trimmed and wrapped",
      rule: {
        client: "sdk",
        when: [{ pointer: "/type", prefix: "Sdk" }],
        status: ["/statusCode"],
        headers: "/headers",
        body: "/raw",
        omit: ["statusCode"],
        wrap: "error",
        requestId: "/requestId",
        message: "/message",
        request: { method: ["/method", "/req/method"], headers: "/req/headers" },
      },
      given: {
        type: "SdkError",
        statusCode: 402,
        headers: { a: "1" },
        raw: { code: "x", statusCode: 402 },
        requestId: "req_1",
        message: "m",
        req: { method: "POST", headers: { b: "2" } },
      },
      want: {
        client: "sdk",
        namesVendor: true,
        status: 402,
        headers: { a: "1" },
        body: { error: { code: "x" } },
        requestId: "req_1",
        message: "m",
        request: { method: "POST", headers: { b: "2" } },
        transport: undefined,
      },
    },
    {
      name: "a body list: the first that is neither null nor an Error",
      rule: { client: "c", when: [{ pointer: "/statusCode" }], status: ["/statusCode"], body: ["/error", "/body"] },
      given: { statusCode: 502, error: new Error("parse"), body: "<html>" },
      want: { status: 502, body: "<html>" },
    },
    {
      name: "one item of a list, rebuilt key by key: put back as a list of one under wrap",
      rule: {
        client: "c",
        when: [{ pointer: "/type", equals: "error" }],
        fields: { code: "/code", message: "/message", details: "/details" },
        asList: true,
        wrap: "errors",
      },
      given: named("Error", { type: "error", code: "InvalidInput", message: "Invalid Input" }),
      want: { status: undefined, body: { errors: [{ code: "InvalidInput", message: "Invalid Input" }] } },
    },
    {
      name: "asList on a kept body, without wrap: a bare list of one",
      rule: { client: "c", when: [{ pointer: "/item" }], body: "/item", asList: true },
      given: { item: { code: "x" } },
      want: { body: [{ code: "x" }] },
    },
    {
      name: "unwrapped: the rule reads the wrapped error",
      rule: {
        client: "c",
        unwrap: {
          when: [
            { pointer: "", onlyKeys: ["body", "error"] },
            { pointer: "/body", equals: null },
          ],
          pointer: "/error",
        },
        when: [{ pointer: "", hasKey: ["statusCode"] }],
        status: ["/statusCode"],
        transport: [{ causes: ["/cause"], code: "/code" }],
        message: "/message",
      },
      given: { body: null, error: { statusCode: 0, code: "ECONNRESET", message: "socket hang up" } },
      want: { status: undefined, transport: { causes: [undefined], reason: undefined, code: "ECONNRESET", message: "socket hang up" } },
    },
    {
      name: "a transport case with conditions applies before any status",
      rule: {
        client: "c",
        when: [{ pointer: "/name" }],
        status: ["/status"],
        transport: [{ when: [{ pointer: "/type", equals: "timeout" }], reason: "timeout" }],
      },
      given: { name: "SdkError", type: "timeout", status: 500 },
      want: { status: undefined, transport: { causes: [], reason: "timeout", code: undefined, message: undefined } },
    },
    {
      name: "fields rebuild the body; no status found -> the default",
      rule: {
        client: "gql",
        when: [{ pointer: "/errors/graphQLErrors/0" }],
        status: ["/errors/networkStatusCode"],
        defaultStatus: 200,
        fields: { errors: "/errors/graphQLErrors", data: "/data" },
      },
      given: { data: null, errors: { graphQLErrors: [{ message: "Throttled" }] } },
      want: { status: 200, body: { errors: [{ message: "Throttled" }], data: null } },
    },
    {
      name: "an unread Response: its status and headers, and a shape that does not name the vendor",
      rule: { client: "c", when: [{ pointer: "/response", type: "response" }], response: "/response", namesVendor: false },
      given: Object.assign(new Error("404"), { response: response(404) }),
      want: { status: 404, namesVendor: false, body: undefined },
    },
    {
      name: "noBody: only the status",
      rule: { client: "c", when: [{ pointer: "/errors", type: "array" }], status: ["/status"], noBody: true },
      given: { status: 502, errors: [] },
      want: { status: 502, body: undefined },
    },
  ];
  it.each(rows)("$name", ({ rule, given, want }) => {
    expect(matchSdkError(given, [rule])).toMatchObject(want);
  });

  it("the first rule whose conditions hold wins; none -> undefined", () => {
    const rules: SdkErrorRule[] = [
      { client: "first", when: [{ pointer: "/a" }], noBody: true },
      { client: "second", when: [{ pointer: "/b" }], noBody: true },
    ];
    expect(matchSdkError({ a: 1, b: 1 }, rules)?.client).toBe("first");
    expect(matchSdkError({ b: 1 }, rules)?.client).toBe("second");
    expect(matchSdkError({ c: 1 }, rules)).toBeUndefined();
  });

  it("fromSdkError's reading uses the same rules: an unwrapped body with its status", () => {
    const rule: SdkErrorRule = {
      unwrap: { when: [{ pointer: "/inner" }], pointer: "/inner" },
      when: [{ pointer: "/statusCode" }],
      status: ["/statusCode"],
      body: ["/error", "/body"],
    };
    const reading = readSdkError({ inner: { statusCode: 409, error: { message: "conflict" } } }, [rule]);
    expect(reading.status).toBe(409);
    expect(reading.bodies[0]).toEqual({ message: "conflict" });
  });
});

describe("never throws", () => {
  it("on any value, with rules of every kind", () => {
    const rules: SdkErrorRule[] = [
      {
        client: "c",
        unwrap: { when: [{ pointer: "/x", type: "object" }], pointer: "/x" },
        when: [{ pointer: "", hasKey: ["a"] }],
        status: ["/a"],
        body: ["/b"],
        transport: [{ causes: [""] }],
      },
      { client: "c", when: [{ pointer: "/m", matches: "(" }], noBody: true },
    ];
    fc.assert(fc.property(fc.anything(), (value) => void matchSdkError(value, rules)));
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("no");
        },
        has: () => {
          throw new Error("no");
        },
      },
    );
    expect(matchSdkError(hostile, rules)).toBeUndefined();
  });
});
