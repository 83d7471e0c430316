// Checks vendor.json, reading.json and status-codes.json against the generator's own meta-schemas.
import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject } from "ajv";
import type { SchemaProblem } from "./schema-error.js";

const metaDir = new URL("../../meta/", import.meta.url);
const ajv = new Ajv({ allErrors: true, strict: true });
const validators = {
  vendor: ajv.compile(JSON.parse(readFileSync(new URL("vendor.schema.json", metaDir), "utf8"))),
  reading: ajv.compile(JSON.parse(readFileSync(new URL("reading.schema.json", metaDir), "utf8"))),
  "status-codes": ajv.compile(JSON.parse(readFileSync(new URL("status-codes.schema.json", metaDir), "utf8"))),
  categories: ajv.compile(JSON.parse(readFileSync(new URL("categories.schema.json", metaDir), "utf8"))),
  "rate-limits": ajv.compile(JSON.parse(readFileSync(new URL("rate-limits.schema.json", metaDir), "utf8"))),
};

export function checkAgainstMeta(kind: keyof typeof validators, value: unknown, file: string): SchemaProblem[] {
  const validate = validators[kind];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => ({
    file,
    pointer: error.instancePath,
    reason:
      error.keyword === "additionalProperties"
        ? `has unknown key "${String(error.params.additionalProperty)}"`
        : (error.message ?? "is invalid"),
  }));
}
