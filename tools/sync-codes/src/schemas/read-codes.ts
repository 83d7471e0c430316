// What schemas/ already knows: the codes of an open discriminated union, or of an open enum.
import { type JsonSchema, type SchemaFile, definitionsOf, nodeAt, refKey } from "./schema-json.js";

/** A documented code's own definition. */
export interface SchemaCode {
  code: string;
  definitionKey: string;
  definition: JsonSchema;
}

export interface SchemaUnion {
  /** The `if` enum of the union definition. */
  ifCodes: string[];
  /** The definition the `then` branch names (KnownErrorObject), whose oneOf lists each code. */
  knownKey: string;
  codes: SchemaCode[];
}

export class SchemaShapeError extends Error {}

/** Reads `definitions.<unionKey>`: `if` code enum, `then` KnownErrorObject with one oneOf branch per code. */
export function readSchemaUnion(file: SchemaFile, unionKey: string, discriminant = "code"): SchemaUnion {
  const definitions = definitionsOf(file.schema);
  const where = `${file.path}#/definitions/${unionKey}`;
  const union = definitions[unionKey];
  if (union === undefined) throw new SchemaShapeError(`${where} does not exist`);
  const ifCodes = nodeAt(union, `/if/properties/${discriminant}`)?.enum;
  if (!Array.isArray(ifCodes)) throw new SchemaShapeError(`${where}/if has no properties.${discriminant}.enum`);
  const knownKey = refKey(union.then);
  const known = knownKey === undefined ? undefined : definitions[knownKey];
  if (knownKey === undefined || known === undefined || !Array.isArray(known.oneOf)) {
    throw new SchemaShapeError(`${where}/then must reference a definition with a oneOf of the known codes`);
  }
  const codes = (known.oneOf as unknown[]).map((branch, index) => {
    const key = refKey(branch);
    const definition = key === undefined ? undefined : definitions[key];
    const code = definition && nodeAt(definition, `/properties/${discriminant}`)?.const;
    if (key === undefined || definition === undefined || typeof code !== "string") {
      throw new SchemaShapeError(
        `${file.path}#/definitions/${knownKey}/oneOf/${index} must reference a definition with a const ${discriminant}`,
      );
    }
    return { code, definitionKey: key, definition };
  });
  return { ifCodes: ifCodes as string[], knownKey, codes };
}

/** The known values of an open string at `pointer`: `anyOf: [{ enum }, { type: "string" }]`, or a plain `enum`. */
export function readSchemaEnum(file: SchemaFile, pointer: string): string[] {
  const node = nodeAt(file.schema, pointer);
  const list = node && enumListOf(node);
  if (list === undefined) throw new SchemaShapeError(`${file.path}#${pointer} has no enum (nor anyOf with an enum)`);
  return list;
}

/** The array that holds the known values, so that a writer can extend it in place. */
export function enumListOf(node: JsonSchema): string[] | undefined {
  if (Array.isArray(node.enum)) return node.enum as string[];
  if (Array.isArray(node.anyOf)) {
    for (const branch of node.anyOf as JsonSchema[]) {
      const inner = typeof branch === "object" && branch !== null ? enumListOf(branch) : undefined;
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}
