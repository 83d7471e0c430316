// Which published declarations each vendor's sync reads, and where schemas/ keeps the same facts.

/** A union of error interfaces, each with a literal code, against an open discriminated union in schemas/. */
export interface ErrorUnionTarget {
  /** Declaration file, relative to the package folder. */
  declarations: string;
  /** The union type's name in that file. */
  union: string;
  /** Schema file stem and the key of its union definition (`if`/`then`/`else`). */
  schema: string;
  definition: string;
  /** Field types the schemas name differently: declaration name pattern -> definition title. */
  typeNames?: [RegExp, string][];
}

/** A union of envelope interfaces against the envelopes listed in vendor.json. */
export interface EnvelopeTarget {
  declarations: string;
  union: string;
  /** Declaration name -> schema title, where they differ. */
  titles: Record<string, string>;
}

/** Literal unions or string enums of codes against an open enum at a JSON Pointer in schemas/. */
export interface CodeListTarget {
  /** What the list is, in reports: `code`, `type`, `OAuth error`. */
  label: string;
  declarations: string;
  /** Name paths of the literal unions or enums whose values together make the list. */
  types: string[];
  schema: string;
  pointer: string;
}

export interface VendorSource {
  vendor: string;
  /** The npm package, a pinned devDependency of tools/sync-codes. */
  package: string;
  errorUnions?: ErrorUnionTarget[];
  envelopes?: EnvelopeTarget;
  codeLists?: CodeListTarget[];
}
