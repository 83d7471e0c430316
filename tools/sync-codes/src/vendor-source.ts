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

/** Where a code list goes in schemas/: an open enum at a JSON Pointer (a closed one with `subset`). */
interface CodeListPlace {
  /** What the list is, in reports: `code`, `type`, `OAuth error`. */
  label: string;
  schema: string;
  pointer: string;
  /**
   * The schema's enum is closed and keeps only the source's values that are errors (Adyen's
   * resultCode Refused and Error of all result codes): nothing is added, and a value the source no
   * longer declares is reported as missing from the source (--check fails).
   */
  subset?: true;
}

/** Literal unions or string enums of codes in a declaration file against an open enum in schemas/. */
export interface DeclaredCodeList extends CodeListPlace {
  declarations: string;
  /** Name paths of the literal unions or enums whose values together make the list. */
  types: string[];
}

/** The string values of an object a JavaScript module exports (a package without declarations of its codes). */
export interface ModuleCodeList extends CodeListPlace {
  /** Module file, relative to the package folder. */
  module: string;
  /** Dot-separated path to the object in the module's exports; its nested objects' values count too. */
  exportPath?: string;
}

export type CodeListTarget = DeclaredCodeList | ModuleCodeList;

export interface VendorSource {
  vendor: string;
  /** The npm package, a pinned devDependency of tools/sync-codes. */
  package: string;
  errorUnions?: ErrorUnionTarget[];
  envelopes?: EnvelopeTarget;
  codeLists?: CodeListTarget[];
}
