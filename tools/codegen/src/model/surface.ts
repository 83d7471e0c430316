// A package's public surface, as far as semver cares: envelopes, types and their fields, error
// codes, known values, documented statuses, and (for patch releases) the documentation text.
// Everything but the documentation is read from the schema IR, the reading every emitter shares,
// so a diff agrees with the generated types and guards.
import type { StatusCodeInfo } from "@commerce-errors/runtime";
import type { JsonSchema } from "../load/types.js";
import { walkSchema } from "../load/walk-schema.js";
import { readSchemaGraph, readTypeTitles, type TypeTitles } from "./read-schema.js";
import type { JsonType, ObjectNode, SchemaGraph, SchemaNode } from "./schema-node.js";
import type { VendorModel } from "./vendor-model.js";

export interface FieldSurface {
  required: boolean;
  /** JSON types the field accepts; undefined when unconstrained. */
  types?: string[];
  /** The field's IR node without descriptions: any change in it is a type change. */
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

/** One envelope as the surface reads it. */
export interface SurfaceEnvelope {
  graph: SchemaGraph;
  titles: TypeTitles;
  /** Titles, descriptions, examples and comments in schema order: the IR drops annotations. */
  documentation: unknown[];
}

const DOCUMENTATION = ["title", "description", "examples", "$comment"];

/** A loaded vendor's surface: what a changeset compares, for the working tree and for git HEAD alike. */
export function surfaceOf(model: VendorModel): Surface {
  return extractSurface(
    model.envelopes.map((envelope) => readSurfaceEnvelope(envelope.schema, envelope.graph)),
    model.statusCodes,
  );
}

/**
 * Reads an envelope for the surface. `graph`: the model's IR; without it (a lone schema, as in the
 * surface's own tests) the schema is read into the IR here, problems ignored.
 */
export function readSurfaceEnvelope(schema: JsonSchema, graph: SchemaGraph = readSchemaGraph(schema, [])): SurfaceEnvelope {
  const documentation: unknown[] = [];
  walkSchema(schema, (node) => {
    for (const key of DOCUMENTATION) if (key in node) documentation.push(node[key]);
  });
  return { graph, titles: readTypeTitles(schema), documentation };
}

export function extractSurface(envelopes: SurfaceEnvelope[], statusCodes: StatusCodeInfo[]): Surface {
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
  for (const { graph, titles, documentation: text } of envelopes) {
    surface.envelopes.push(titles.root);
    const typed: [string, SchemaNode][] = [
      [titles.root, graph.root],
      ...Object.entries(graph.definitions).map(([key, node]): [string, SchemaNode] => [titles.definitions[key] ?? key, node]),
    ];
    for (const [title, node] of typed) {
      surface.typeNames.push(title);
      const fields: Record<string, FieldSurface> = {};
      for (const object of ownObjects(node)) {
        for (const property of object.properties) {
          fields[property.name] = {
            required: object.required.includes(property.name),
            types: jsonTypes(property.node),
            shape: shapeOf(property.node),
          };
          const known = knownValues(property.node);
          if (known) surface.knownValues[`${title}.${property.name}`] = known;
        }
      }
      // A discriminated union's own rule: its tag is a required string.
      if (node.kind === "discriminated") fields[node.tag] = { required: true, types: ["string"], shape: shapeOf(TAG) };
      surface.types[title] = fields;
    }
    // The model's code unions are the discriminated definitions; their cases are the error codes.
    for (const node of Object.values(graph.definitions)) {
      if (node.kind === "discriminated") surface.codes.push(...node.cases.map((c) => c.code));
    }
    documentation.push(...text);
  }
  for (const info of statusCodes) surface.statuses[info.status] = JSON.stringify(info);
  surface.codes.sort();
  if (surface.codes.length > 0) surface.typeNames.push("ErrorCode");
  surface.typeNames.sort();
  surface.documentation = JSON.stringify(documentation);
  return surface;
}

const TAG: SchemaNode = { kind: "string", typed: true };

/** The object rules that give a type its fields: the node itself, a part of it, or its object option. */
function ownObjects(node: SchemaNode): ObjectNode[] {
  switch (node.kind) {
    case "object":
      return [node];
    case "types":
      return node.options.filter((option): option is ObjectNode => option.kind === "object");
    case "all":
      return node.nodes.flatMap(ownObjects);
    default:
      return [];
  }
}

/** The JSON types a `type` keyword, or an anyOf of bare types, allows; undefined when nothing says. */
function jsonTypes(node: SchemaNode): string[] | undefined {
  const own = declaredTypes(node);
  if (own) return own;
  if (node.kind === "anyOf" && node.branches.every(isBareType)) return node.branches.flatMap((b) => declaredTypes(b)!).sort();
  if (node.kind === "all") {
    const parts = node.nodes.map(declaredTypes).find((types) => types !== undefined);
    return parts ?? node.nodes.map(jsonTypes).find((types) => types !== undefined);
  }
  return undefined;
}

function declaredTypes(node: SchemaNode): JsonType[] | undefined {
  switch (node.kind) {
    case "object":
    case "array":
    case "string":
      return node.typed ? [node.kind] : undefined;
    case "integer":
    case "number":
    case "boolean":
    case "null":
      return [node.kind];
    case "types":
      return node.options.map((option) => option.kind).sort();
    case "discriminated":
    case "openUnion":
      return ["object"];
    default:
      return undefined;
  }
}

/** `{ "type": t }` and nothing else. */
function isBareType(node: SchemaNode): boolean {
  const blank: Record<string, SchemaNode> = {
    object: { kind: "object", typed: true, properties: [], required: [] },
    array: { kind: "array", typed: true },
    string: { kind: "string", typed: true },
  };
  const kind = declaredTypes(node)?.[0];
  if (kind === undefined || node.kind === "types" || node.kind === "discriminated" || node.kind === "openUnion") return false;
  return shapeOf(node) === shapeOf(blank[kind] ?? ({ kind } as SchemaNode));
}

function knownValues(node: SchemaNode): string[] | undefined {
  if (node.kind === "openEnum") return node.known;
  if (node.kind === "all") return node.nodes.map(knownValues).find((known) => known !== undefined);
  return undefined;
}

/** The node as JSON, without the property descriptions the IR keeps for documentation. */
function shapeOf(node: SchemaNode): string {
  return JSON.stringify(node, (key, value) => (key === "description" ? undefined : value));
}
