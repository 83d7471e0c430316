// --write in a temporary copy of the repository: the codes it adds are those schemas/ holds, byte for
// byte, and the generator's --check then finds the committed packages up to date.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { isMissingAnything } from "../src/report.js";
import { syncVendor } from "../src/sync.js";
import { VENDOR_SOURCES } from "../src/vendors.js";
import type { FieldType } from "../src/source/source-model.js";
import { definitionKeyFor, plainText, propertyFor } from "../src/write.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const codegen = join(root, "tools/codegen/bin/codegen.mjs");
const syncCodes = fileURLToPath(new URL("../bin/sync-codes.mjs", import.meta.url));
const source = (vendor: string) => VENDOR_SOURCES.find((one) => one.vendor === vendor)!;

const temp = mkdtempSync(join(tmpdir(), "sync-codes-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
for (const vendor of ["commercetools", "stripe"]) {
  cpSync(join(root, "schemas", vendor), join(temp, "schemas", vendor), { recursive: true });
  cpSync(join(root, "packages", vendor), join(temp, "packages", vendor), {
    recursive: true,
    filter: (path) => !/[/\\](node_modules|dist|test-results|\.turbo)$/.test(path),
  });
}
// A module source's schema only: --write of its values, without the generator.
cpSync(join(root, "schemas", "braintree"), join(temp, "schemas", "braintree"), { recursive: true });
writeFileSync(join(temp, "pnpm-workspace.yaml"), "packages: []\n");

/** The schema file as it was before the vendor added `codes`: the state a maintainer starts from. */
function removeUnionCodes(file: string, codes: string[]): void {
  const schema = JSON.parse(readFileSync(file, "utf8"));
  const union = schema.definitions.ErrorObject;
  union.if.properties.code.enum = union.if.properties.code.enum.filter((code: string) => !codes.includes(code));
  const known = schema.definitions.KnownErrorObject;
  for (const code of codes) {
    const key = Object.keys(schema.definitions).find((k) => schema.definitions[k].properties?.code?.const === code)!;
    known.oneOf = known.oneOf.filter((branch: { $ref: string }) => branch.$ref !== `#/definitions/${key}`);
    delete schema.definitions[key];
  }
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
}
function removeCategoryCodes(file: string, codes: string[]): void {
  const categories = JSON.parse(readFileSync(file, "utf8"));
  for (const group of categories.codes) group.codes = group.codes.filter((code: string) => !codes.includes(code));
  writeFileSync(file, `${JSON.stringify(categories, null, 2)}\n`);
}
function removeListValues(file: string, pointer: string[], values: string[]): void {
  const schema = JSON.parse(readFileSync(file, "utf8"));
  const node = pointer.reduce((at, key) => at[key], schema);
  node.anyOf[0].enum = node.anyOf[0].enum.filter((value: string) => !values.includes(value));
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
}

describe("--write, then the generator's --check, in a temporary copy", () => {
  const commercetoolsFile = join(temp, "schemas/commercetools/error-response.schema.json");
  const stripeFile = join(temp, "schemas/stripe/api-error.schema.json");
  removeUnionCodes(commercetoolsFile, ["BusinessUnitAmbiguous", "QuoteRequestCreationFailed", "StoreUnresolved"]);
  removeListValues(stripeFile, ["definitions", "ApiError", "properties", "code"], ["action_blocked", "siret_invalid"]);

  it("--check exits 1 and names what the copy lacks", () => {
    const run = spawnSync(process.execPath, [syncCodes, "--root", temp, "--check", "--vendor", "commercetools"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("commercetools: @commercetools/platform-sdk@9.5.0");
    expect(run.stdout).toContain("missing 3: BusinessUnitAmbiguous, QuoteRequestCreationFailed, StoreUnresolved");
  });

  it("adds each missing code where schemas/ has it, byte for byte", () => {
    const commercetools = syncVendor(source("commercetools"), { schemasDir: join(temp, "schemas"), write: true });
    expect(commercetools.written).toEqual([
      {
        where: "error-response#/definitions/ErrorObject",
        added: ["BusinessUnitAmbiguous", "QuoteRequestCreationFailed", "StoreUnresolved"],
      },
    ]);
    expect(commercetools.before.counts[0]).toMatchObject({ source: 109, schemas: 110 });
    expect(commercetools.comparison.counts[0]).toMatchObject({ source: 109, schemas: 113, missing: [] });
    expect(readFileSync(commercetoolsFile, "utf8")).toBe(
      readFileSync(join(root, "schemas/commercetools/error-response.schema.json"), "utf8"),
    );

    const stripe = syncVendor(source("stripe"), { schemasDir: join(temp, "schemas"), write: true });
    expect(stripe.written).toEqual([
      { where: "api-error#/definitions/ApiError/properties/code", added: ["action_blocked", "siret_invalid"] },
    ]);
    expect(readFileSync(stripeFile, "utf8")).toBe(readFileSync(join(root, "schemas/stripe/api-error.schema.json"), "utf8"));
  });

  it("adds a module source's missing values (braintree's ValidationErrorCodes) in order, byte for byte; their categories are to do", () => {
    const braintreeFile = join(temp, "schemas/braintree/error-result.schema.json");
    const categoriesFile = join(temp, "schemas/braintree/categories.json");
    const codes = ["81501", "815193", "97514"];
    removeListValues(braintreeFile, ["definitions", "BraintreeValidationError", "properties", "code"], codes);
    removeCategoryCodes(categoriesFile, codes);
    const braintree = syncVendor(source("braintree"), { schemasDir: join(temp, "schemas"), write: true });
    expect(braintree.written).toEqual([{ where: "error-result#/definitions/BraintreeValidationError/properties/code", added: codes }]);
    expect(braintree.toDo).toEqual(codes.map((code) => expect.stringContaining(`documented code "${code}" has no category`)));
    expect(readFileSync(braintreeFile, "utf8")).toBe(readFileSync(join(root, "schemas/braintree/error-result.schema.json"), "utf8"));
    // With the categories back, schemas/ is whole again and lacks nothing.
    cpSync(join(root, "schemas/braintree/categories.json"), categoriesFile);
    const again = syncVendor(source("braintree"), { schemasDir: join(temp, "schemas") });
    expect(again.comparison.counts[0]).toMatchObject({ source: 662, schemas: 662, missing: [] });
    expect(again.toDo).toEqual([]);
  });

  it("the generator finds the committed packages up to date with the written schemas", () => {
    const run = spawnSync(process.execPath, [codegen, "--root", temp, "--check", "--vendor", "commercetools", "--vendor", "stripe"], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("a second --write adds nothing", () => {
    expect(syncVendor(source("commercetools"), { schemasDir: join(temp, "schemas"), write: true }).written).toEqual([]);
  });
});

describe("the pinned packages against schemas/ (what CI's pnpm sync-codes --check asserts)", () => {
  it.each(VENDOR_SOURCES.map((one) => one.vendor))("%s: schemas/ lacks nothing its source declares", (vendor) => {
    const report = syncVendor(source(vendor), { schemasDir: join(root, "schemas") });
    expect(isMissingAnything(report)).toBe(false);
  });
});

describe("the conventions of a written code", () => {
  const titles = [
    {
      given: { code: "BusinessUnitAmbiguous", typeName: "AgentBusinessUnitAmbiguousError" },
      taken: [],
      want: "BusinessUnitAmbiguousError",
    },
    { given: { code: "insufficient_scope", typeName: "InsufficientScopeError" }, taken: [], want: "InsufficientScopeError" },
    { given: { code: "General", typeName: "AgentGeneralError" }, taken: ["GeneralError"], want: "AgentGeneralError" },
  ];
  it.each(titles)("$given.code is titled $want", ({ given, taken, want }) => {
    expect(definitionKeyFor({ ...given, fields: [] }, new Set(taken))).toBe(want);
  });
  const texts = [
    { given: "Returned by a [/responses](/api/agents/intake-agent#x) request.", want: "Returned by a /responses request." },
    { given: "`id` of the orphaned [Cart](ctp:api:type:Cart).\nRetry.", want: "id of the orphaned Cart. Retry." },
  ];
  it.each(texts)("description: $want", ({ given, want }) => {
    expect(plainText(given)).toBe(want);
  });
  const definitions = { ResourceIdentifier: { title: "ResourceIdentifier" }, Money: { title: "Money" } };
  const typeNames: [RegExp, string][] = [[/ResourceIdentifier$/, "ResourceIdentifier"]];
  const properties: { given: FieldType; want: object }[] = [
    { given: { kind: "number" }, want: { type: "number" } },
    { given: { kind: "object", name: "Money" }, want: { $ref: "#/definitions/Money" } },
    { given: { kind: "object", name: "CustomerResourceIdentifier" }, want: { $ref: "#/definitions/ResourceIdentifier" } },
    { given: { kind: "object", name: "Buffer" }, want: { type: "object" } },
    { given: { kind: "array", items: { kind: "string" } }, want: { type: "array", items: { type: "string" } } },
    { given: { kind: "union", members: [{ kind: "string" }, { kind: "null" }] }, want: { type: ["string", "null"] } },
    {
      given: { kind: "union", members: [{ kind: "string" }, { kind: "object", name: "Money" }] },
      want: { anyOf: [{ type: "string" }, { $ref: "#/definitions/Money" }] },
    },
    { given: { kind: "any" }, want: {} },
  ];
  it.each(properties)("a field of type $given.kind $given.name is written as $want", ({ given, want }) => {
    expect(propertyFor({ name: "field", type: given, optional: false }, definitions, { typeNames })).toEqual(want);
  });
});
