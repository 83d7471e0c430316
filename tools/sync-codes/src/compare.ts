// Source definitions x schemas/ -> what is missing and what contradicts. Pure: reads, writes nothing.
import { itemsOf, type JsonType, type JsonTypes, jsonTypesOf } from "./schemas/json-types.js";
import type { SchemaUnion } from "./schemas/read-codes.js";
import type { JsonSchema } from "./schemas/schema-json.js";
import { describeFieldType } from "./source/field-type.js";
import type { FieldType, SourceEnvelope, SourceErrorType, SourceField } from "./source/source-model.js";

export interface MissingField {
  /** Title of the schema definition or envelope that lacks the field. */
  owner: string;
  field: string;
  type: string;
  optional: boolean;
}

export interface Contradiction {
  owner: string;
  field: string;
  reason: "required" | "type";
  source: string;
  schemas: string;
}

export interface CodeCount {
  label: string;
  /** Where the schemas keep the list: file stem and pointer or definition. */
  where: string;
  source: number;
  schemas: number;
  missing: string[];
  /** Codes the schemas document and the source does not (kept: real traffic has them). */
  schemasOnly: string[];
  /** The schemas keep a closed subset of the source's values: none is missing, each of theirs must be in the source. */
  subset?: true;
}

export interface Comparison {
  counts: CodeCount[];
  missingFields: MissingField[];
  missingEnvelopes: string[];
  contradictions: Contradiction[];
}

export const emptyComparison = (): Comparison => ({ counts: [], missingFields: [], missingEnvelopes: [], contradictions: [] });

/** Codes of an error union: which the schemas lack, and per shared code, its fields. */
export function compareErrorUnion(
  label: string,
  where: string,
  source: SourceErrorType[],
  union: SchemaUnion,
  definitions: Record<string, JsonSchema>,
  into: Comparison,
): void {
  const byCode = new Map(union.codes.map((entry) => [entry.code, entry]));
  const missing = source.filter((type) => !byCode.has(type.code)).map((type) => type.code);
  const sourceCodes = new Set(source.map((type) => type.code));
  const schemasOnly = union.codes.map((entry) => entry.code).filter((code) => !sourceCodes.has(code));
  into.counts.push({ label, where, source: source.length, schemas: union.codes.length, missing, schemasOnly });
  for (const type of source) {
    const entry = byCode.get(type.code);
    if (entry === undefined) continue;
    const owner = typeof entry.definition.title === "string" ? entry.definition.title : entry.definitionKey;
    compareFields(owner, type.fields, entry.definition, definitions, into);
  }
}

export function compareCodeList(label: string, where: string, source: string[], schemas: string[], into: Comparison, subset?: true): void {
  const known = new Set(schemas);
  const inSource = new Set(source);
  into.counts.push({
    label,
    where,
    source: source.length,
    schemas: schemas.length,
    missing: subset ? [] : source.filter((code) => !known.has(code)),
    schemasOnly: schemas.filter((code) => !inSource.has(code)),
    ...(subset && { subset }),
  });
}

/** A schema envelope per source envelope (by title), then its root fields. */
export function compareEnvelopes(
  source: SourceEnvelope[],
  titles: Record<string, string>,
  schemas: Map<string, JsonSchema>,
  into: Comparison,
): void {
  const titleOf = (name: string) => titles[name] ?? name;
  for (const envelope of source) {
    const schema = schemas.get(titleOf(envelope.sameShapeAs ?? envelope.typeName));
    if (schema === undefined) {
      into.missingEnvelopes.push(envelope.typeName);
      continue;
    }
    if (envelope.sameShapeAs === undefined)
      compareFields(titleOf(envelope.typeName), envelope.fields, schema, (schema.definitions ?? {}) as Record<string, JsonSchema>, into);
  }
}

/** Fields the definition lacks, and fields whose required-ness or type differ. */
export function compareFields(
  owner: string,
  fields: SourceField[],
  definition: JsonSchema,
  definitions: Record<string, JsonSchema>,
  into: Comparison,
): void {
  const properties = (definition.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((definition.required ?? []) as string[]);
  for (const field of fields) {
    const property = properties[field.name];
    if (property === undefined) {
      into.missingFields.push({ owner, field: field.name, type: describeFieldType(field.type), optional: field.optional });
      continue;
    }
    if (field.optional === required.has(field.name)) {
      into.contradictions.push({
        owner,
        field: field.name,
        reason: "required",
        source: field.optional ? "optional" : "required",
        schemas: required.has(field.name) ? "required" : "optional",
      });
    }
    const conflict = typeConflict(field.type, property, definitions);
    if (conflict !== undefined) into.contradictions.push({ owner, field: field.name, reason: "type", ...conflict });
  }
}

/** Disjoint JSON types (one array level deep) are a contradiction; an unconstrained side is not. */
function typeConflict(
  type: FieldType,
  property: JsonSchema,
  definitions: Record<string, JsonSchema>,
): { source: string; schemas: string } | undefined {
  const sourceTypes = jsonTypesOfField(type);
  const schemaTypes = jsonTypesOf(property, definitions);
  if (sourceTypes === undefined || schemaTypes === undefined) return undefined;
  const shared = [...sourceTypes].filter((t) => schemaTypes.has(t));
  if (shared.length === 0) return { source: describeFieldType(type), schemas: [...schemaTypes].join(" | ") };
  if (type.kind === "array" && shared.length === 1 && shared[0] === "array") {
    const inner = typeConflict(type.items, (itemsOf(property, definitions) ?? {}) as JsonSchema, definitions);
    if (inner !== undefined) return { source: describeFieldType(type), schemas: `(${inner.schemas})[]` };
  }
  return undefined;
}

function jsonTypesOfField(type: FieldType): JsonTypes {
  switch (type.kind) {
    case "any":
      return undefined;
    case "union": {
      const all = new Set<JsonType>();
      for (const member of type.members) {
        const types = jsonTypesOfField(member);
        if (types === undefined) return undefined;
        for (const t of types) all.add(t);
      }
      return all;
    }
    default:
      return new Set([type.kind]);
  }
}
