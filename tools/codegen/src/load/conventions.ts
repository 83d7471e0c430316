// The rules of schemas/README.md that a meta-schema cannot express.
import { Ajv } from "ajv";
import type { SchemaProblem } from "./schema-error.js";
import { pointerToken } from "./schema-error.js";
import type { JsonSchema, LoadedEnvelope } from "./types.js";
import { definitionKey, walkSchema } from "./walk-schema.js";

export const DRAFT_07 = "http://json-schema.org/draft-07/schema#";
const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;
// `format` is allowed: an annotation (model/read-schema.ts), as in the AJV the validators use (validateFormats off).
const FORBIDDEN_KEYWORDS = ["tsType", "tsEnumNames", "deprecated"];
/** Names the generated package exports itself, and globals a type must not shadow. */
export const RESERVED_TITLES = new Set([
  "ErrorResponse",
  "ValidationIssue",
  "ValidationResult",
  "StatusCodeInfo",
  "ParsedErrorResponse",
  "RetryAdvice",
  "ResponseLike",
  "ParseOptions",
  "StandardSchemaV1",
  "ErrorResponseValidationError",
  "ErrorCode",
  "FailedItem",
  "FailedItemError",
  "BatchReading",
  "BatchRule",
  "DataError",
  "DataErrorList",
  "DataErrorRule",
  "Error",
  "Event",
  "Response",
  "Request",
  "Headers",
  "Object",
  "Array",
  "String",
  "Number",
  "Boolean",
  "Record",
  "Partial",
  "Required",
  "Readonly",
  "Promise",
  "Map",
  "Set",
  "Symbol",
  "Date",
  "JSON",
  "Function",
]);

const metaAjv = new Ajv({ strict: false, validateSchema: true });

export function checkEnvelopeConventions(envelope: LoadedEnvelope, vendor: string, all: LoadedEnvelope[]): SchemaProblem[] {
  const { schema, file, stem } = envelope;
  const problems: SchemaProblem[] = [];
  const problem = (pointer: string, reason: string) => problems.push({ file, pointer, reason });

  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    return [{ file, pointer: "", reason: "must be a JSON Schema object" }];
  }
  if (!metaAjv.validateSchema(schema)) {
    for (const error of metaAjv.errors ?? []) problem(error.instancePath, `is not valid JSON Schema: ${error.message}`);
    return problems;
  }
  if (schema.$schema !== DRAFT_07) problem("/$schema", `must be "${DRAFT_07}" (one dialect across schemas/)`);
  const expectedId = `urn:commerce-errors:${vendor}:${stem}`;
  if (schema.$id !== expectedId) problem("/$id", `must be "${expectedId}"`);
  if (typeof schema.description !== "string" || schema.description === "") problem("/description", "is required");
  if (!Array.isArray(schema.examples) || schema.examples.length === 0)
    problem("/examples", "must list at least one body from the vendor docs");

  const definitions = schema.definitions ?? {};
  const titled: [string, JsonSchema][] = [
    ["", schema],
    ...Object.entries(definitions).map(([key, def]): [string, JsonSchema] => [`/definitions/${pointerToken(key)}`, def]),
  ];
  for (const [pointer, def] of titled) {
    const title = def.title;
    if (typeof title !== "string") problem(pointer, "needs a title: it names the generated type");
    else if (!PASCAL_CASE.test(title)) problem(`${pointer}/title`, `"${title}" must be PascalCase`);
    else if (RESERVED_TITLES.has(title)) problem(`${pointer}/title`, `"${title}" is reserved (exported by every package, or a global)`);
  }
  checkTitleUniqueness(envelope, all, problem);

  walkSchema(schema, (node, pointer) => {
    for (const keyword of FORBIDDEN_KEYWORDS)
      if (keyword in node) problem(`${pointer}/${keyword}`, `"${keyword}" is not used in schemas/ (see schemas/README.md)`);
    if (typeof node.$ref === "string") {
      const key = definitionKey(node.$ref);
      if (key === undefined) problem(`${pointer}/$ref`, `"${node.$ref}" must be a local "#/definitions/..." reference`);
      else if (!(key in definitions)) problem(`${pointer}/$ref`, `"${node.$ref}" does not resolve`);
    }
  });
  for (const key of unreachableDefinitions(schema)) {
    problem(`/definitions/${pointerToken(key)}`, "is not referenced from the root schema (its type would be dropped)");
  }
  return problems;
}

function checkTitleUniqueness(envelope: LoadedEnvelope, all: LoadedEnvelope[], problem: (pointer: string, reason: string) => void): void {
  const seen = new Map<string, string>();
  for (const other of all) {
    if (other === envelope) break;
    for (const def of [other.schema, ...Object.values(other.schema.definitions ?? {})])
      if (typeof def.title === "string") seen.set(def.title, other.file);
  }
  const own = new Set<string>();
  const entries: [string, JsonSchema][] = [
    ["", envelope.schema],
    ...Object.entries(envelope.schema.definitions ?? {}).map(([k, d]): [string, JsonSchema] => [`/definitions/${pointerToken(k)}`, d]),
  ];
  for (const [pointer, def] of entries) {
    if (typeof def.title !== "string") continue;
    const elsewhere = seen.get(def.title);
    if (elsewhere)
      problem(
        `${pointer}/title`,
        `"${def.title}" is already the title of a schema in ${elsewhere}; titles name exported types and must be unique`,
      );
    else if (own.has(def.title)) problem(`${pointer}/title`, `"${def.title}" is used twice in this file`);
    own.add(def.title);
  }
}

function unreachableDefinitions(schema: JsonSchema): string[] {
  const definitions = schema.definitions ?? {};
  const reached = new Set<string>();
  const queue: unknown[] = [schema];
  let first = true;
  while (queue.length > 0) {
    const next = queue.pop();
    walkSchema(
      next,
      (node) => {
        const key = typeof node.$ref === "string" ? definitionKey(node.$ref) : undefined;
        if (key !== undefined && !reached.has(key) && key in definitions) {
          reached.add(key);
          queue.push(definitions[key]);
        }
      },
      "",
      first,
    );
    first = false;
  }
  return Object.keys(definitions).filter((key) => !reached.has(key));
}
