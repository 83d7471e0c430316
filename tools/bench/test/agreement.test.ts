// Every benchmarked implementation gives our isErrorResponse's answer on every benchmarked body,
// every schema example and a few strictness cases; otherwise the bench would compare unlike work.
import { buildModel, loadVendor } from "@commerce-errors/codegen";
import * as bigcommerce from "@commerce-errors/bigcommerce";
import * as commercelayer from "@commerce-errors/commercelayer";
import * as commercetools from "@commerce-errors/commercetools";
import * as elasticpath from "@commerce-errors/elasticpath";
import { beforeAll, describe, expect, it } from "vitest";
import { bodies } from "../src/bodies.js";
import { type Implementation, loadImplementations } from "../src/implementations.js";
import { ERROR_CODE_FIELDS, fieldName } from "../src/peers/commercetools-spec.js";
import { REPO_ROOT, VENDORS, type Vendor, loadSchemaExamples } from "../src/vendors.js";

const packages = { bigcommerce, commercelayer, commercetools, elasticpath };

interface Case {
  given: unknown;
  want: boolean;
  why: string;
}

const ctOk = { statusCode: 400, message: "m" };
const ctError = (error: Record<string, unknown>) => ({ ...ctOk, errors: [{ message: "m", ...error }] });

/** Strictness cases beyond the bodies and examples: given a value, want a verdict. */
const strictness: Record<Vendor, Case[]> = {
  commercetools: [
    { given: ctError({ code: "SomethingNew", extra: 1 }), want: true, why: "unknown code passes" },
    { given: ctError({ code: "OutOfStock", lineItems: [] }), want: false, why: "documented code missing a required field" },
    { given: ctError({ code: "ConcurrentModification", currentVersion: 1.5 }), want: false, why: "float where an integer is required" },
    { given: { ...ctOk, statusCode: 400.5 }, want: false, why: "float statusCode" },
    { given: { statusCode: 400, errors: [] }, want: false, why: "missing message" },
    { given: ctError({ code: "General", message: 1 }), want: false, why: "non-string message in a documented code" },
    { given: ctError({ code: "InvalidInput", anything: { nested: [1] } }), want: true, why: "extra properties pass" },
    { given: { ...ctOk, errors: [{ code: "invalid_token", message: "m" }], error: "invalid_token" }, want: true, why: "OAuth envelope" },
    {
      given: { errors: [{ message: "m", locations: [{ line: 1, column: 2 }], path: ["a", 0], extensions: { code: "InvalidInput" } }] },
      want: true,
      why: "GraphQL envelope",
    },
    { given: { statusCode: 400, errors: [{ message: "m" }] }, want: false, why: "GraphQL body with a statusCode" },
    { given: { ...ctOk, errors: {} }, want: false, why: "errors not an array" },
    { given: { salable: true, errors: [] }, want: false, why: "an empty errors list next to success data" },
    {
      given: { successCount: 1, failureCount: 0, results: [{ id: "a", status: "Success" }] },
      want: false,
      why: "bulk update without failures",
    },
    {
      given: { successCount: 0, failureCount: 1, results: [{ status: "Fail", errors: [{ code: "X" }] }] },
      want: false,
      why: "bulk error without message",
    },
    {
      given: ctError({
        code: "EditPreviewFailed",
        result: { type: "x", errors: [{ code: "DuplicateField", message: "m", field: "f", duplicateValue: null }] },
      }),
      want: true,
      why: "recursive ErrorObject, null as a required any",
    },
    {
      given: ctError({ code: "EditPreviewFailed", result: { type: "x", errors: [{ code: "DuplicateField", message: "m" }] } }),
      want: false,
      why: "recursive ErrorObject, bad",
    },
    {
      given: ctError({ code: "ExtensionBadResponse", extensionId: "e", extensionErrors: [], localizedMessage: { en: 1 } }),
      want: false,
      why: "LocalizedString value not a string",
    },
    { given: ctError({ code: "PriceChanged", lineItems: ["a"], shipping: "no" }), want: false, why: "boolean field" },
  ],
  commercelayer: [
    { given: { errors: [] }, want: false, why: "errors must not be empty" },
    { given: { errors: [{ title: "t", detail: "d", code: "NEW_CODE", status: 400 }] }, want: true, why: "unknown code, integer status" },
    { given: { errors: [{ title: "t", detail: "d", code: "LOCKED", status: true }] }, want: false, why: "boolean status" },
    {
      given: { errors: [{ title: "t", detail: "d", code: "LOCKED", status: "423", meta: { error: 1 } }] },
      want: false,
      why: "meta.error not a string",
    },
    { given: { errors: [{ detail: "d", code: "LOCKED", status: "423" }] }, want: false, why: "missing title" },
    {
      given: { errors: { title: "invalid_client", detail: "d", code: "UNAUTHORIZED", status: 401 } },
      want: true,
      why: "auth single-object form",
    },
  ],
  elasticpath: [
    { given: { errors: { title: "Not Found", status: 404 } }, want: true, why: "single error object" },
    { given: { errors: [] }, want: false, why: "errors must not be empty" },
    { given: { errors: [{ title: "t" }], data: "x" }, want: false, why: "data must be array, object or null" },
    { given: { errors: [{ title: "t" }], data: null }, want: true, why: "data null" },
    { given: { errors: [{ title: "t", source: 1 }] }, want: false, why: "source a number" },
    { given: { errors: [{ status: 429 }] }, want: true, why: "status-only item (the js-sdk's own 429 fixture)" },
    { given: { errors: [{ detail: "d" }] }, want: false, why: "neither title nor status" },
  ],
  bigcommerce: [
    { given: [{ status: 404, message: "Not found" }], want: true, why: "REST v2 array" },
    { given: [], want: false, why: "REST v2 array must not be empty" },
    { given: { code: 401, message: "Unauthorized" }, want: true, why: "code/message form" },
    { given: { code: "401", message: "Unauthorized" }, want: false, why: "code/message with a string code" },
    { given: { status: 207, message: "partial" }, want: true, why: "customer-group partial success" },
    { given: { data: [{ status: 503, error: "Tax service gone away" }] }, want: true, why: "refund quote failure" },
    { given: { error: { error: "too complex" } }, want: true, why: "legacy GraphQL" },
    { given: { errors: [{ status: 409 }], meta: { total: "1" } }, want: false, why: "multi-status meta.total a string" },
    { given: { status: 422, title: "t", errors: ["a", 1] }, want: false, why: "itemized errors with a number" },
    { given: { data: { customer: { updateCustomerAddress: { errors: [] } } } }, want: false, why: "a successful mutation (errors: [])" },
    {
      given: { data: { login: { errors: [{ __typename: "ValidationError", message: "m" }] } } },
      want: true,
      why: "mutation errors one field below data",
    },
    {
      given: { data: { cart: { addCartLineItems: { errors: [{ message: 1 }] } } } },
      want: false,
      why: "mutation error with a number message",
    },
    {
      given: { code: 400, data: { errMsg: ["a", { f: ["m"] }] }, meta: { message: "API logic error" } },
      want: true,
      why: "B2B errMsg per item",
    },
    { given: { code: 400, data: { errMsg: { f: 1 } } }, want: false, why: "B2B errMsg with a number message" },
  ],
};

const hostile: Case[] = [
  { given: null, want: false, why: "null" },
  { given: 42, want: false, why: "a number" },
  { given: {}, want: false, why: "an empty object" },
  { given: "Internal Server Error", want: false, why: "a string" },
];

describe.each(VENDORS)("%s", (vendor) => {
  let implementations: Implementation[] = [];
  beforeAll(async () => {
    implementations = await loadImplementations(vendor);
  });
  const ours = packages[vendor];

  const expectAgreement = (value: unknown, want: boolean) => {
    expect(ours.isErrorResponse(value)).toBe(want);
    const answers = Object.fromEntries(implementations.map((implementation) => [implementation.id, implementation.check(value)]));
    expect(answers).toEqual(Object.fromEntries(implementations.map((implementation) => [implementation.id, want])));
  };

  it.each(bodies[vendor].map((body) => [body.name, body] as const))("benchmarked body %s", (_, body) => {
    expectAgreement(body.value(), body.valid);
  });

  it("every schema example", () => {
    const examples = loadSchemaExamples(vendor);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expectAgreement(example, true);
  });

  it.each([...strictness[vendor], ...hostile].map((c) => [c.why, c] as const))("strictness: %s", (_, c) => {
    expectAgreement(structuredClone(c.given), c.want);
  });
});

describe("the library peers' commercetools table", () => {
  it("names the schema's documented codes and their fields, with the same required ones", () => {
    const schema = buildModel(loadVendor(`${REPO_ROOT}schemas`, "commercetools")).envelopes.find(
      (envelope) => envelope.stem === "error-response",
    )!.schema;
    type Definition = { required: string[]; properties: Record<string, { const?: string }>; oneOf?: { $ref: string }[] };
    const definitions = schema.definitions as Record<string, Definition>;
    const fromSchema: Record<string, string[]> = {};
    for (const { $ref } of definitions.KnownErrorObject!.oneOf!) {
      const branch = definitions[$ref.split("/").pop()!]!;
      fromSchema[branch.properties.code!.const!] = Object.keys(branch.properties)
        .filter((name) => name !== "code" && name !== "message")
        .map((name) => (branch.required.includes(name) ? name : `${name}?`))
        .sort();
    }
    const fromTable = Object.fromEntries(Object.entries(ERROR_CODE_FIELDS).map(([code, fields]) => [code, Object.keys(fields).sort()]));
    expect(fromTable).toEqual(fromSchema);
    expect(Object.values(ERROR_CODE_FIELDS).every((fields) => Object.keys(fields).every((key) => fieldName(key).name.length > 0))).toBe(
      true,
    );
  });
});
