// Each semver rule of the README's table, one by one: given two schemas, want the bump.
import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../src/load/types.js";
import { diffSurface, highestBump } from "../src/model/diff-surface.js";
import { extractSurface, readSurfaceEnvelope } from "../src/model/surface.js";

const base: JsonSchema = {
  title: "Problem",
  description: "A problem.",
  type: "object",
  required: ["status", "causes"],
  properties: {
    status: { type: "integer" },
    kind: { anyOf: [{ enum: ["a"] }, { type: "string" }] },
    causes: { type: "array", items: { $ref: "#/definitions/Cause" } },
  },
  definitions: {
    Cause: {
      title: "Cause",
      type: "object",
      required: ["code"],
      properties: { code: { type: "string" } },
      discriminator: { propertyName: "code" },
      oneOf: [{ $ref: "#/definitions/ConflictError" }],
    },
    ConflictError: {
      title: "ConflictError",
      type: "object",
      required: ["code"],
      properties: { code: { const: "Conflict" }, currentVersion: { type: "integer" }, mode: { enum: ["a"] }, reason: { type: "string" } },
    },
  },
};
const status = { status: 409, text: "Conflict", meaning: "Changed.", retry: "after-refetch" as const, troubleshooting: [] };

function bumpFor(
  edit: (schema: any, statuses: any[]) => void,
  extra: JsonSchema[] = [],
): { bump: string | undefined; summaries: string[] } {
  const after = structuredClone(base) as any;
  const statuses: any[] = [structuredClone(status)];
  edit(after, statuses);
  const read = (schemas: JsonSchema[]) => schemas.map((schema) => readSurfaceEnvelope(schema));
  const changes = diffSurface(extractSurface(read([base]), [status]), extractSurface(read([after, ...extra]), statuses));
  return { bump: highestBump(changes), summaries: changes.map((c) => c.summary) };
}

describe("diffSurface", () => {
  const table: {
    name: string;
    edit: (schema: any, statuses: any[]) => void;
    extra?: JsonSchema[];
    want: string | undefined;
    summary?: RegExp;
  }[] = [
    { name: "no change writes nothing", edit: () => {}, want: undefined },
    {
      name: "a renamed type (its title) is major",
      edit: (s) => {
        s.definitions.ConflictError.title = "ConflictingError";
      },
      want: "major",
      summary: /exported type `ConflictError` removed or renamed/,
    },
    {
      name: "a new optional field is minor",
      edit: (s) => {
        s.properties.detail = { type: "string" };
      },
      want: "minor",
      summary: /new optional field `Problem.detail`/,
    },
    {
      name: "a new required field is major",
      edit: (s) => {
        s.properties.detail = { type: "string" };
        s.required.push("detail");
      },
      want: "major",
    },
    {
      name: "a new error code is minor",
      edit: (s) => {
        s.definitions.MissingError = {
          title: "MissingError",
          type: "object",
          required: ["code"],
          properties: { code: { const: "Missing" } },
        };
        s.definitions.Cause.oneOf.push({ $ref: "#/definitions/MissingError" });
      },
      want: "minor",
      summary: /new error code `Missing`/,
    },
    {
      name: "a new envelope is minor",
      edit: () => {},
      extra: [{ title: "Other", type: "object", properties: {} }],
      want: "minor",
      summary: /new envelope `Other`/,
    },
    {
      name: "a field made required is major",
      edit: (s) => {
        s.definitions.ConflictError.required.push("currentVersion");
      },
      want: "major",
      summary: /`ConflictError.currentVersion` made required/,
    },
    {
      name: "a removed field is major",
      edit: (s) => {
        delete s.properties.status;
        s.required = ["causes"];
      },
      want: "major",
      summary: /field `Problem.status` removed/,
    },
    {
      name: "a removed code is major",
      edit: (s) => {
        s.definitions.Cause.oneOf = [];
        delete s.definitions.ConflictError;
      },
      want: "major",
      summary: /error code `Conflict` removed/,
    },
    {
      name: "a narrowed type is major",
      edit: (s) => {
        s.properties.status = { type: "integer", minimum: 400 };
      },
      want: "major",
      summary: /changed type/,
    },
    {
      name: "a widened type is minor",
      edit: (s) => {
        s.properties.status = { type: ["integer", "string"] };
      },
      want: "minor",
      summary: /accepts integer \| string/,
    },
    {
      name: "a new known value is minor",
      edit: (s) => {
        s.properties.kind.anyOf[0].enum.push("b");
      },
      want: "minor",
      summary: /knows `b`/,
    },
    {
      name: "known values for a bare string are minor: an open string accepts every string",
      edit: (s) => {
        s.definitions.ConflictError.properties.reason = { anyOf: [{ enum: ["x", "y"] }, { type: "string" }] };
      },
      want: "minor",
      summary: /`ConflictError.reason` lists 2 known values/,
    },
    {
      name: "a closed enum's new value is a type change: major",
      edit: (s) => {
        s.definitions.ConflictError.properties.mode.enum.push("b");
      },
      want: "major",
      summary: /field `ConflictError.mode` changed type/,
    },
    {
      name: "an open string's branches in another order mean the same (one IR node): no change",
      edit: (s) => {
        s.properties.kind.anyOf.reverse();
      },
      want: undefined,
    },
    {
      name: "a description only is patch",
      edit: (s) => {
        s.description = "Better words.";
      },
      want: "patch",
    },
    {
      name: "examples only are patch",
      edit: (s) => {
        s.examples = [{ status: 400, causes: [] }];
      },
      want: "patch",
    },
    {
      name: "a new documented status is minor",
      edit: (_s, statuses) => {
        statuses.push({ ...status, status: 429 });
      },
      want: "minor",
    },
    {
      name: "a status's meaning reworded is patch",
      edit: (_s, statuses) => {
        statuses[0].meaning = "Changed meanwhile.";
      },
      want: "patch",
    },
  ];
  for (const { name, edit, extra, want, summary } of table) {
    it(name, () => {
      const { bump, summaries } = bumpFor(edit, extra);
      expect(bump).toBe(want);
      if (summary) expect(summaries.join("\n")).toMatch(summary);
    });
  }
});
