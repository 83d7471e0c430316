// Every documented code and error status of every vendor has a category (schemas/<vendor>/categories.json),
// and the compact data /core ships gives each of them that same category.
import { rmSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { categorize, errorCategoryNames, statusCategory } from "@commerce-errors/runtime";
import { describe, expect, it } from "vitest";
import { compactCategories } from "../src/emit/emit-error-categories.js";
import { loadVendor } from "../src/load/load-vendor.js";
import { SchemaError } from "../src/load/schema-error.js";
import { buildModel } from "../src/model/build-model.js";
import { listVendors } from "../src/pipeline.js";
import { createWorkspace } from "./workspace.js";

const root = new URL("../../../", import.meta.url).pathname;
const models = listVendors(root).map((vendor) => buildModel(loadVendor(join(root, "schemas"), vendor)));

describe.each(models.map((model) => [model.name, model] as const))("%s", (_name, model) => {
  const data = compactCategories(model.categories);

  it("gives every documented code its category through /core's data, arriving as documented", () => {
    const wrong = model.categories.codes
      .map(({ code, category, context }) => ({
        code,
        want: category,
        got: categorize(data, { codes: [code], status: context?.status, envelope: context?.envelope }),
      }))
      .filter(({ want, got }) => want !== got);
    expect(wrong).toEqual([]);
    expect(model.categories.codes.length).toBeGreaterThan(0);
  });

  it("gives every documented error status its category", () => {
    const errorStatuses = model.statusCodes.filter(({ status }) => status >= 400);
    expect(errorStatuses.map(({ status }) => statusCategory(data, status))).toEqual(
      errorStatuses.map(({ status }) => model.categories.statuses[status]),
    );
  });

  it("cites a public https source for every code and shopper message", () => {
    for (const { source } of [...model.categories.codes, ...model.categories.shopperMessages]) expect(source).toMatch(/^https:\/\/\S+$/);
  });

  it("uses only the fixed vocabulary, never `unknown`", () => {
    const used = new Set([...model.categories.codes.map(({ category }) => category), ...Object.values(model.categories.statuses)]);
    for (const category of used) expect(errorCategoryNames.filter((name) => name !== "unknown")).toContain(category);
  });
});

describe("a code without a category", () => {
  const cases = [
    {
      name: "a documented code left out",
      edit: (file: Record<string, any>) => {
        file.codes[1].codes = ["Missing"];
      },
      want: { pointer: "/codes", reason: 'documented code "missing" has no category' },
    },
    {
      name: "an open field neither a code field nor explained",
      edit: (file: Record<string, any>) => {
        file.codeFields = {};
      },
      want: { pointer: "/codeFields", reason: 'must list "Problem.kind" in exactly one of codeFields and otherFields' },
    },
    {
      name: "a code no schema documents",
      edit: (file: Record<string, any>) => {
        file.codes[1].codes.push("Invented");
      },
      want: { pointer: "/codes/1/codes/2", reason: '"Invented" is not a documented code of the schemas' },
    },
    {
      name: "a documented error status left out",
      edit: (file: Record<string, any>) => {
        delete file.statuses["503"];
      },
      want: { pointer: "/statuses", reason: "documented status 503 has no category" },
    },
    {
      name: "a category outside the vocabulary",
      edit: (file: Record<string, any>) => {
        file.codes[0].category = "oops";
      },
      want: { pointer: "/codes/0/category", reason: "must be equal to one of the allowed values" },
    },
  ];

  it.each(cases)("fails the load: $name", ({ edit, want }) => {
    const workspace = createWorkspace();
    try {
      const path = join(workspace, "schemas/kitchen-sink/categories.json");
      const file = JSON.parse(readFileSync(path, "utf8"));
      edit(file);
      writeFileSync(path, JSON.stringify(file));
      let problems: unknown;
      try {
        buildModel(loadVendor(join(workspace, "schemas"), "kitchen-sink"));
      } catch (error) {
        if (!(error instanceof SchemaError)) throw error;
        problems = error.problems;
      }
      expect(problems).toContainEqual({ file: "schemas/kitchen-sink/categories.json", ...want });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
