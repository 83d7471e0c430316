// The shared runtime that finds failed batch items and errors inside GraphQL data: given/want tables.
import { describe, expect, it } from "vitest";
import { readBatch, type BatchRule } from "../src/index.js";
import { valueAt } from "../src/index.js";
import { findErrorsInData } from "../src/index.js";

describe("valueAt (JSON Pointer)", () => {
  it.each([
    ["", { a: 1 }, { a: 1 }],
    ["/a/0/b", { a: [{ b: 2 }] }, 2],
    ["/a~1b/c~0d", { "a/b": { "c~d": 3 } }, 3],
    ["/missing", { a: 1 }, undefined],
    ["/constructor", {}, undefined],
  ])("%s", (pointer, value, want) => {
    expect(valueAt(value, pointer)).toEqual(want);
  });

  it("inherited: reads members of the prototype too (an Error's name sits on its class)", () => {
    const error = new TypeError("x");
    expect(valueAt(error, "/name")).toBeUndefined();
    expect(valueAt(error, "/name", { inherited: true })).toBe("TypeError");
  });
});

describe("readBatch", () => {
  const statusRule: BatchRule = {
    items: ["/results"],
    errors: "/errors",
    id: "/id",
    failedWhen: { pointer: "/status", equals: "Fail" },
    succeeded: ["/successCount"],
  };
  const cases: { name: string; rule: BatchRule; body: unknown; want: ReturnType<typeof readBatch> }[] = [
    {
      name: "failed by status, counted by successCount",
      rule: statusRule,
      body: {
        successCount: 1,
        results: [
          { id: "a", status: "Success" },
          { id: "b", status: "Fail", errors: [{ code: "X" }] },
        ],
      },
      want: { failed: [{ index: 1, id: "b", pointer: "/results/1", errors: [{ code: "X" }] }], succeeded: 1 },
    },
    {
      name: "failed by having errors; one error object is a list of one; several lists",
      rule: { items: ["/create", "/update"], errors: "/error", id: "/id" },
      body: { create: [{ id: 7 }], update: [{ id: 0, error: { code: "invalid_id" } }] },
      want: { failed: [{ index: 0, id: "0", pointer: "/update/0", errors: [{ code: "invalid_id" }] }], succeeded: 1 },
    },
    {
      name: "the item is its own error; an object list is one item; succeeded from an array",
      rule: { items: ["/errors"], errors: "", succeeded: ["/meta/success", "/data"] },
      body: { data: [{}, {}], errors: { status: 422 }, meta: {} },
      want: { failed: [{ index: 0, pointer: "/errors", errors: [{ status: 422 }] }], succeeded: 2 },
    },
    {
      name: "a * token is every member",
      rule: { items: ["/data/*/results"], errors: "/errors" },
      body: { data: { bulkA: { results: [{ errors: [] }, { errors: [{ code: "INVALID" }] }] }, other: null } },
      want: { failed: [{ index: 1, pointer: "/data/bulkA/results/1", errors: [{ code: "INVALID" }] }], succeeded: 1 },
    },
    { name: "no lists at all", rule: statusRule, body: { x: 1 }, want: { failed: [], succeeded: 0 } },
  ];
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, { rule, body, want }) => {
    expect(readBatch(body, rule)).toEqual(want);
  });

  it("a hostile getter gives undefined, never a throw", () => {
    const body = {
      get results(): unknown {
        throw new Error("hostile");
      },
    };
    expect(readBatch(body, statusRule)).toBeUndefined();
  });
});

describe("findErrorsInData", () => {
  it.each([
    [
      "depth 1",
      { keys: ["userErrors"], depth: 1 },
      { data: { productCreate: { userErrors: [{ message: "m" }] } } },
      [{ pointer: "/productCreate/userErrors", errors: [{ message: "m" }] }],
    ],
    [
      "depth 2 through a namespace",
      { keys: ["errors"], depth: 2 },
      { data: { customer: { update: { errors: [{ message: "m" }] } } } },
      [{ pointer: "/customer/update/errors", errors: [{ message: "m" }] }],
    ],
    [
      "lists of payloads are no level",
      { keys: ["errors"], depth: 2 },
      { data: { init: { configs: [{ errors: [] }, { errors: [{ code: "X" }] }] } } },
      [{ pointer: "/init/configs/1/errors", errors: [{ code: "X" }] }],
    ],
    ["empty lists are success", { keys: ["errors"], depth: 2 }, { data: { customer: { update: { errors: [] } } } }, []],
    ["too deep for the rule", { keys: ["errors"], depth: 1 }, { data: { customer: { update: { errors: [{ message: "m" }] } } } }, []],
    ["no data", { keys: ["errors"], depth: 2 }, { errors: [{ message: "top level" }] }, []],
  ])("%s", (_name, rule, response, want) => {
    expect(findErrorsInData(response, rule)).toEqual(want);
  });
});
