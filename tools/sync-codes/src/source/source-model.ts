// What a vendor's published declarations say, independent of how they were read.

/** The JSON shape of a field, as far as a declaration tells it. */
export type FieldType =
  | { kind: "string" | "number" | "boolean" | "null" | "any" }
  | { kind: "array"; items: FieldType }
  | { kind: "object"; name?: string }
  | { kind: "union"; members: FieldType[] };

export interface SourceField {
  name: string;
  type: FieldType;
  optional: boolean;
  description?: string;
}

/** One member of the vendor's error union: an error type with a literal code. */
export interface SourceErrorType {
  /** The declaration's own name, e.g. `AgentBusinessUnitAmbiguousError`. */
  typeName: string;
  code: string;
  description?: string;
  /** Every field but `code`. */
  fields: SourceField[];
}

/** A response body shape that carries errors. */
export interface SourceEnvelope {
  typeName: string;
  description?: string;
  fields: SourceField[];
  /** Set when the declaration adds nothing to another envelope (same shape, other name). */
  sameShapeAs?: string;
}

export interface SourcePackage {
  name: string;
  version: string;
}
