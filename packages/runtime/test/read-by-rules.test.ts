// The reading-rule interpreter: each operation given a body, and what it reads; and that no value
// and no rule, however malformed, makes it throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ErrorReadingRules, marksByRules, readByRules, retryHeaderAdvice } from "../src/index.js";

/** The message an expression reads off a body, as the only rule of an envelope "E". */
function messageOf(expr: unknown, body: unknown, functions: ErrorReadingRules["functions"] = {}): unknown {
  const rules = { envelopes: { E: { let: { value: expr as never }, message: "@value" } }, functions } as ErrorReadingRules;
  return readByRules(rules, body, "E").message;
}

/** What an expression evaluates to, as JSON through a detail's message (an absent value is no member). */
function evaluated(expr: unknown, body: unknown): unknown {
  const rules = { envelopes: { E: { details: [{ object: { message: { text: { object: { value: expr } } } } }] } } } as ErrorReadingRules;
  const text = readByRules(rules, body, "E").details[0]?.message;
  return (JSON.parse(text ?? "{}") as { value?: unknown }).value;
}

describe("expressions", () => {
  it.each([
    ["a pointer into the body", "/error/code", { error: { code: "x" } }, "x"],
    ["an absent member", "/error/code", { error: {} }, undefined],
    ["an inherited member is not the body's", "/constructor", {}, undefined],
    ["a literal", "plain words", {}, "plain words"],
    ["a slash-led literal through const", { const: "/data/" }, {}, "/data/"],
    ["first defined, skipping null", { first: ["/a", "/b", "/c"] }, { a: null, c: 3 }, 3],
    ["or: the first truthy", { or: ["/a", "/b"] }, { a: "", b: "y" }, "y"],
    ["or: else the last", { or: ["/a", "/b"] }, { a: 0, b: "" }, ""],
    ["and", { and: ["/a", "/b"] }, { a: 1, b: "z" }, "z"],
    ["not", { not: "/a" }, {}, true],
    ["if/then/else", { if: "/flag", then: "yes", else: "no" }, { flag: false }, "no"],
    ["test: equals a computed value", { test: "/detail", equals: "/title" }, { detail: "t", title: "t" }, true],
    ["test: an absent value fails", { test: "/x", notOneOf: ["a"] }, {}, false],
    ["test: null is present", { test: "/x" }, { x: null }, true],
    ["test: oneOf", { test: "/x", oneOf: ["a", "b"] }, { x: "b" }, true],
    [
      "test: prefix, suffix, includes",
      {
        and: [
          { test: "/x", prefix: "ab" },
          { test: "/x", suffix: "yz" },
          { test: "/x", includes: " " },
        ],
      },
      { x: "ab yz" },
      true,
    ],
    ["test: regex", { test: "/x", regex: "^rest_" }, { x: "rest_invalid" }, true],
    ["test: type array", { test: "/x", type: "array" }, { x: [] }, true],
    ["test: min and max", { test: "/x", min: 400, max: 599 }, { x: 600 }, false],
    [
      "each flattens one level and drops nothing-values",
      { each: "/lists", map: "/items" },
      { lists: [{ items: [1, 2] }, {}, { items: [3] }] },
      [1, 2, 3],
    ],
    ["each of one value", { each: "/x" }, { x: { a: 1 } }, [{ a: 1 }]],
    ["each where, with @index", { each: "/x", where: { test: "@", equals: "b" }, map: "@index" }, { x: ["a", "b"] }, [1]],
    [
      "each as, seen from an inner list",
      { each: "/x", as: "outer", map: { each: "/y", map: "@outer/name" } },
      { x: [{ name: "n", y: [0, 0] }] },
      ["n", "n"],
    ],
    ["find", { find: "/x", where: { test: "/k", equals: 2 } }, { x: [{ k: 1 }, { k: 2 }] }, { k: 2 }],
    ["some", { some: "/x", where: "/ok" }, { x: [{}, { ok: true }] }, true],
    [
      "values, keys, entries",
      [{ values: "/m" }, { keys: "/m" }, { entries: "/m" }],
      { m: { a: 1 } },
      [[1], ["a"], [{ key: "a", value: 1 }]],
    ],
    ["count and last", [{ count: "/x" }, { last: "/x" }], { x: [1, 2, 3] }, [3, 3]],
    ["sum", { sum: ["/a", "/b"] }, { a: 2, b: 3 }, 5],
    ["sum of a non-number", { sum: ["/a", "/b"] }, { a: 2, b: "3" }, undefined],
    ["concat", { concat: ["/n", " of ", "/m"] }, { n: 1, m: 2 }, "1 of 2"],
    ["concat with a part missing", { concat: [": ", "/m"] }, {}, undefined],
    ["join", { join: "/x", with: "; " }, { x: ["a", "b"] }, "a; b"],
    ["split", { split: "/x", by: "; " }, { x: "a; b" }, ["a", "b"]],
    ["match: the first defined group", { match: "/x", regex: "(a)|(b)", group: [1, 2] }, { x: "b" }, "b"],
    ["match: no match", { match: "/x", regex: "z" }, { x: "b" }, undefined],
    ["string of a number", { string: "/x" }, { x: 404 }, "404"],
    ["text of an object", { text: "/x" }, { x: { a: 1 } }, '{"a":1}'],
    ["pointer from a dotted path", { pointer: "/f", from: "dotted" }, { f: "0.prices[1].value" }, "/0/prices/1/value"],
    ["pointer from a bracket path", { pointer: "/f", from: "bracket" }, { f: "line_items[0][price]" }, "/line_items/0/price"],
    ["pointer from segments", { pointer: "/f", from: "segments" }, { f: ["input", 0, "a/b"] }, "/input/0/a~1b"],
    ["a JSON Pointer kept", { pointer: "/f", from: "json-pointer" }, { f: "/data/attributes/x" }, "/data/attributes/x"],
    ["not a JSON Pointer", { pointer: "/f", from: "json-pointer" }, { f: "data.x" }, undefined],
    ["lastToken", { lastToken: "/f" }, { f: "/data/a~1b" }, "a/b"],
    ["of, key, at", { of: "/details", key: "/param", at: "/code" }, { param: "p", details: { p: { code: "c" } } }, "c"],
    ["object keeps defined members in order", { object: { b: "/b", a: "/a", c: "/c" } }, { a: 1, b: 2 }, { b: 2, a: 1 }],
    ["merge", { merge: ["/x", { object: { y: 2 } }] }, { x: { x: 1 } }, { x: 1, y: 2 }],
    ["firstNonEmpty", { firstNonEmpty: ["/a", "/b"] }, { a: [], b: [1] }, [1]],
    ["within", { within: "/x/0", do: "/name" }, { x: [{ name: "n" }] }, "n"],
    [
      "retry after refetch, with the version",
      { retry: "after-refetch", currentVersion: "/v" },
      { v: 7 },
      { kind: "after-refetch", currentVersion: 7 },
    ],
    ["retry with backoff, seconds as ms", { retry: "with-backoff", afterSeconds: "/s" }, { s: 2 }, { kind: "with-backoff", afterMs: 2000 }],
    ["an unknown operation", { nothing: 1 }, {}, undefined],
  ])("%s", (_, expr, body, want) => {
    expect(evaluated(expr, body)).toEqual(want);
  });

  it("definitions are used in the scope where they are used", () => {
    const rules: ErrorReadingRules = {
      definitions: { code: { first: ["/code", "/type"] } },
      envelopes: { E: { at: "/error", code: { use: "code" }, message: "@root/message" } },
    };
    expect(readByRules(rules, { message: "m", error: { type: "t" } }, "E")).toMatchObject({ code: "t", message: "m" });
  });

  it("an envelope may read as another", () => {
    const rules: ErrorReadingRules = { envelopes: { A: { code: "/c" }, B: "A" } };
    expect(readByRules(rules, { c: "x" }, "B").code).toBe("x");
  });

  it("the package's functions are called with args, by default the current value", () => {
    const functions = { shout: (text: unknown) => `${String(text)}!`, pair: (a: unknown, b: unknown) => `${String(a)}+${String(b)}` };
    expect(messageOf({ call: "shout" }, "hi", functions)).toBe("hi!");
    expect(messageOf({ call: "pair", args: ["one", "/x"] }, { x: "two" }, functions)).toBe("one+two");
    expect(messageOf({ call: "missing" }, "hi", functions)).toBeUndefined();
  });

  it("read: a value inside the body is read by the rules of the envelope that accepts it, never its own", () => {
    const rules: ErrorReadingRules = {
      envelopes: {
        Single: { code: "/errors/0/code" },
        Batch: {
          let: { first: { read: "/0" }, self: { read: "@" } },
          code: "@first/code",
          message: { string: { count: "@self/details" } },
        },
      },
    };
    const match = (value: unknown) => (Array.isArray(value) ? "Batch" : "Single");
    expect(readByRules(rules, [{ errors: [{ code: "c" }] }], "Batch", match)).toMatchObject({ code: "c", message: undefined });
  });
});

describe("readings are well-formed", () => {
  it("only strings become code, message and request id; only objects details; only known kinds retry", () => {
    const rules: ErrorReadingRules = {
      envelopes: {
        E: {
          code: "/n",
          message: "/o",
          requestId: "/a",
          details: ["x", { object: { message: "/n" } }],
          retry: { const: { kind: "later" } },
        },
      },
    };
    expect(readByRules(rules, { n: 5, o: {}, a: [] }, "E")).toEqual({
      code: undefined,
      message: undefined,
      details: [{ message: "5" }],
      requestId: undefined,
      retry: undefined,
    });
  });

  it("an envelope without a rule reads nothing", () => {
    expect(readByRules({ envelopes: {} }, { code: "x" }, "E")).toEqual({ details: [] });
  });
});

describe("marks", () => {
  const lists = { knownCodes: ["A", "B"] };
  it.each([
    ["always", [{ reason: "always" }], {}, ["always"]],
    ["when it holds", [{ when: { test: "/x" }, reason: "has x" }], { y: 1 }, []],
    [
      "a documented value, named in the reason",
      [{ value: { find: "/codes", where: { test: "@", in: "knownCodes" } }, reason: "documented {value}" }],
      { codes: ["Z", "B"] },
      ["documented B"],
    ],
    [
      "no documented value",
      [{ value: { find: "/codes", where: { test: "@", in: "knownCodes" } }, reason: "documented {value}" }],
      { codes: ["Z"] },
      [],
    ],
    ["an unknown list holds nothing", [{ when: { test: "/c", in: "knownOther" }, reason: "r" }], { c: "A" }, []],
  ])("%s", (_, marks, body, want) => {
    expect(marksByRules({ envelopes: { E: marks }, lists }, body, "E")).toEqual(want);
  });
});

describe("retry headers", () => {
  const rules = { retryHeaders: [{ header: "stripe-should-retry", yes: ["true"], no: ["false"] }] };
  it.each([
    [" TRUE ", true],
    ["false", false],
    ["maybe", undefined],
    [undefined, undefined],
  ])("%j -> %j", (value, want) => {
    expect(retryHeaderAdvice(rules, (name) => (name === "stripe-should-retry" ? value : undefined))).toBe(want);
  });
});

describe("never throws", () => {
  const rule = fc.letrec((tie) => ({
    expr: fc.oneof(
      { depthSize: "small" },
      fc.constantFrom("/a", "/a/0", "@", "@root", "@index/x", "/errors", "text", ""),
      fc.jsonValue(),
      fc.array(tie("expr"), { maxLength: 3 }),
      fc.dictionary(
        fc.constantFrom(
          "each",
          "map",
          "where",
          "first",
          "or",
          "test",
          "in",
          "regex",
          "equals",
          "match",
          "group",
          "pointer",
          "from",
          "call",
          "read",
          "use",
          "object",
          "retry",
          "concat",
          "of",
          "key",
          "at",
          "within",
          "do",
          "entries",
          "last",
        ),
        tie("expr"),
        { maxKeys: 3 },
      ),
    ),
  })).expr;
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error("getter");
      },
      ownKeys: () => {
        throw new Error("keys");
      },
    },
  );

  it("on arbitrary bodies and rules", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constant(hostile)), rule, rule, (body, expr, mark) => {
        const rules = {
          definitions: { d: expr },
          envelopes: { E: { code: expr, details: expr, retry: expr } },
          functions: {
            f: () => {
              throw new Error("f");
            },
          },
        } as unknown as ErrorReadingRules;
        const reading = readByRules(rules, body, "E", () => "E");
        expect(Array.isArray(reading.details)).toBe(true);
        expect(
          Array.isArray(marksByRules({ envelopes: { E: [{ when: mark, value: expr, reason: "r {value}" }] } } as never, body, "E")),
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("on malformed rule sets", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (rules, body) => {
        expect(readByRules(rules as ErrorReadingRules, body, "E").details).toBeInstanceOf(Array);
        expect(marksByRules(rules as never, body, "E")).toBeInstanceOf(Array);
        expect(["boolean", "undefined"]).toContain(typeof retryHeaderAdvice(rules as never, () => "true"));
      }),
    );
  });
});
