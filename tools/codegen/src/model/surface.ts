// A package's public surface, as far as semver cares: envelopes, types and their fields, error
// codes, known values, documented statuses, and (for patch releases) the documentation text.
import type { StatusCodeInfo } from "../../runtime/status.js";
import type { JsonSchema } from "../load/types.js";
import { walkSchema } from "../load/walk-schema.js";
import { findCodeUnions } from "./build-model.js";

export interface FieldSurface {
  required: boolean;
  /** JSON types the field accepts; undefined when unconstrained. */
  types?: string[];
  /** The field's schema without annotations: any change in it is a type change. */
  shape: string;
}

export interface Surface {
  envelopes: string[];
  /** Every type name src/types.ts exports (titles, ErrorResponse, ErrorCode): removing or renaming one is a major. */
  typeNames: string[];
  /** Type title -> field name -> field. */
  types: Record<string, Record<string, FieldSurface>>;
  codes: string[];
  /** "Type.field" -> known values of an open string. */
  knownValues: Record<string, string[]>;
  statuses: Record<number, string>;
  /** Everything else a reader sees (descriptions, examples): a change here alone is a patch. */
  documentation: string;
}

const ANNOTATIONS = new Set(["title", "description", "examples", "$comment"]);

export function extractSurface(envelopes: JsonSchema[], statusCodes: StatusCodeInfo[]): Surface {
  const surface: Surface = {
    envelopes: [],
    typeNames: ["ErrorResponse"],
    types: {},
    codes: [],
    knownValues: {},
    statuses: {},
    documentation: "",
  };
  const documentation: unknown[] = [];
  for (const schema of envelopes) {
    surface.envelopes.push(String(schema.title));
    const titled = [schema, ...Object.values(schema.definitions ?? {})];
    for (const def of titled) {
      const title = String(def.title);
      surface.typeNames.push(title);
      const required = new Set((def.required as string[] | undefined) ?? []);
      const fields: Record<string, FieldSurface> = {};
      for (const [name, field] of Object.entries((def.properties as Record<string, JsonSchema> | undefined) ?? {})) {
        fields[name] = { required: required.has(name), types: jsonTypes(field), shape: JSON.stringify(withoutAnnotations(field)) };
        const known = knownValues(field);
        if (known) surface.knownValues[`${title}.${name}`] = known;
      }
      surface.types[title] = fields;
    }
    // The same reading of code unions as the model's, so a diff agrees with the generated guards.
    surface.codes.push(...findCodeUnions({ stem: "", file: "", schema }, []).kinds.map((kind) => kind.code));
    walkSchema(schema, (node) => {
      for (const key of ANNOTATIONS) if (key in node) documentation.push(node[key]);
    });
  }
  for (const info of statusCodes) surface.statuses[info.status] = JSON.stringify(info);
  surface.codes.sort();
  if (surface.codes.length > 0) surface.typeNames.push("ErrorCode");
  surface.typeNames.sort();
  surface.documentation = JSON.stringify(documentation);
  return surface;
}

function jsonTypes(field: JsonSchema): string[] | undefined {
  if (typeof field.type === "string") return [field.type];
  if (Array.isArray(field.type)) return [...(field.type as string[])].sort();
  if (Array.isArray(field.anyOf) && (field.anyOf as JsonSchema[]).every((b) => typeof b.type === "string" && Object.keys(b).length === 1)) {
    return (field.anyOf as JsonSchema[]).map((b) => b.type as string).sort();
  }
  return undefined;
}

function knownValues(field: JsonSchema): string[] | undefined {
  const branches = field.anyOf as JsonSchema[] | undefined;
  const values = branches?.find((b) => Array.isArray(b.enum))?.enum;
  return Array.isArray(values) && branches?.some((b) => b.type === "string") ? (values as string[]) : undefined;
}

function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (typeof schema !== "object" || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !ANNOTATIONS.has(key))
      .map(([key, value]) => [key, withoutAnnotations(value)]),
  );
}
