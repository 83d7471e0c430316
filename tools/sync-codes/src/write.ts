// --write: adds what the source has and schemas/ lacks, in the conventions of schemas/README.md.
// Never changes what is there: contradictions stay for a person (and the fixtures) to decide.
import type { CodeListTarget, ErrorUnionTarget } from "./vendor-source.js";
import { enumListOf, readSchemaUnion } from "./schemas/read-codes.js";
import { type JsonSchema, type SchemaFile, definitionsOf, nodeAt } from "./schemas/schema-json.js";
import type { FieldType, SourceErrorType, SourceField } from "./source/source-model.js";

/** Adds each missing code as `<Code>Error` to the union's `if` enum, its oneOf, and its definitions. */
export function addMissingCodes(file: SchemaFile, target: ErrorUnionTarget, source: SourceErrorType[], takenTitles: Set<string>): string[] {
  const union = readSchemaUnion(file, target.definition);
  const known = new Set(union.codes.map((entry) => entry.code));
  const definitions = definitionsOf(file.schema);
  const ifEnum = nodeAt(definitions[target.definition]!, "/if/properties/code")!.enum as string[];
  const oneOf = definitions[union.knownKey]!.oneOf as { $ref: string }[];
  const codeKeys = union.codes.map((entry) => entry.definitionKey);
  const added: string[] = [];
  for (const type of source) {
    if (known.has(type.code)) continue;
    const key = definitionKeyFor(type, takenTitles);
    takenTitles.add(key);
    insertOrdered(ifEnum, type.code, (value) => value);
    insertOrdered(oneOf, { $ref: `#/definitions/${key}` }, (branch) => branch.$ref.slice(14));
    insertDefinition(definitions, codeKeys, key, codeDefinition(key, type, definitions, target));
    insertOrdered(codeKeys, key, (value) => value);
    added.push(type.code);
  }
  file.schema.definitions = definitions;
  return added;
}

/** Adds missing values to an open enum, each where the list's order puts it. */
export function addMissingListValues(file: SchemaFile, target: CodeListTarget, source: string[]): string[] {
  const node = nodeAt(file.schema, target.pointer);
  const list = node && enumListOf(node);
  if (list === undefined) return [];
  const known = new Set(list);
  const added = source.filter((value, index) => !known.has(value) && source.indexOf(value) === index);
  for (const value of added) insertOrdered(list, value, (v) => v);
  return added;
}

/** `<Code>Error` in PascalCase, or the declaration's own name when that title is taken. */
export function definitionKeyFor(type: SourceErrorType, takenTitles: Set<string>): string {
  const pascal = type.code
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
  const key = `${pascal}Error`;
  return takenTitles.has(key) ? type.typeName : key;
}

function codeDefinition(key: string, type: SourceErrorType, definitions: Record<string, JsonSchema>, target: ErrorUnionTarget): JsonSchema {
  const fields = type.fields.filter((field) => field.name !== "message");
  const message = type.fields.find((field) => field.name === "message");
  const properties: Record<string, JsonSchema> = { code: { const: type.code }, message: { type: "string" } };
  for (const field of fields) properties[field.name] = propertyFor(field, definitions, target);
  return {
    title: key,
    description: plainText(type.description ?? `Error code ${type.code}.`),
    type: "object",
    required: [
      "code",
      ...(message === undefined || message.optional ? [] : ["message"]),
      ...fields.filter((f) => !f.optional).map((f) => f.name),
    ],
    properties,
  };
}

export function propertyFor(
  field: SourceField,
  definitions: Record<string, JsonSchema>,
  target: Pick<ErrorUnionTarget, "typeNames">,
): JsonSchema {
  const schema = schemaFor(field.type, definitions, target);
  return field.description === undefined ? schema : { ...schema, description: plainText(field.description) };
}

function schemaFor(type: FieldType, definitions: Record<string, JsonSchema>, target: Pick<ErrorUnionTarget, "typeNames">): JsonSchema {
  switch (type.kind) {
    case "any":
      return {};
    case "array":
      return { type: "array", items: schemaFor(type.items, definitions, target) };
    case "object": {
      const key = type.name === undefined ? undefined : definitionNamed(type.name, definitions, target);
      return key === undefined ? { type: "object" } : { $ref: `#/definitions/${key}` };
    }
    case "union":
      return type.members.every((member) => member.kind !== "array" && member.kind !== "object" && member.kind !== "union")
        ? { type: type.members.map((member) => member.kind) }
        : { anyOf: type.members.map((member) => schemaFor(member, definitions, target)) };
    default:
      return { type: type.kind };
  }
}

/** The local definition a declared type name stands for: same title, or a configured rename. */
function definitionNamed(
  name: string,
  definitions: Record<string, JsonSchema>,
  target: Pick<ErrorUnionTarget, "typeNames">,
): string | undefined {
  const byTitle = (title: string) => Object.keys(definitions).find((key) => definitions[key]!.title === title);
  const direct = byTitle(name);
  if (direct !== undefined) return direct;
  const rename = target.typeNames?.find(([pattern]) => pattern.test(name));
  return rename === undefined ? undefined : byTitle(rename[1]);
}

/** Declaration doc text as a schema description: one paragraph, links reduced to their text. */
export function plainText(doc: string): string {
  return doc
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`/g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
}

/** Inserts before the first entry that sorts after the new one (case-insensitive), else at the end. */
function insertOrdered<T>(list: T[], value: T, keyOf: (value: T) => string): void {
  const key = keyOf(value).toLowerCase();
  const index = list.findIndex((entry) => keyOf(entry).toLowerCase() > key);
  list.splice(index === -1 ? list.length : index, 0, value);
}

/** Puts a new code definition among the code definitions, in their order; other definitions keep their place. */
function insertDefinition(definitions: Record<string, JsonSchema>, codeKeys: string[], key: string, definition: JsonSchema): void {
  const lower = key.toLowerCase();
  const before = codeKeys.find((existing) => existing.toLowerCase() > lower);
  const after = before === undefined ? codeKeys[codeKeys.length - 1] : undefined;
  const entries = Object.entries(definitions);
  const at =
    before !== undefined
      ? entries.findIndex(([k]) => k === before)
      : after !== undefined
        ? entries.findIndex(([k]) => k === after) + 1
        : entries.length;
  entries.splice(at, 0, [key, definition]);
  for (const k of Object.keys(definitions)) delete definitions[k];
  for (const [k, v] of entries) definitions[k] = v;
}
