// The one in-memory description of a vendor that every emitter reads.
import type { BatchRule } from "@commerce-errors/runtime";
import type { DataErrorRule, ErrorMarkRules, ErrorReadingRules } from "@commerce-errors/runtime";
import type { SdkErrorRule } from "@commerce-errors/runtime";
import type { ErrorCategory, StatusCodeInfo } from "@commerce-errors/runtime";
import type { LoadedRateLimits } from "../load/load-rate-limits.js";
import type { LoadedFixture } from "../load/read-fixtures.js";
import type { JsonSchema } from "../load/types.js";
import type { SchemaGraph } from "./schema-node.js";

export interface VendorModel {
  /** Folder name; the package is `@commerce-errors/<name>`. */
  name: string;
  packageName: string;
  displayName: string;
  description: string;
  docs: string[];
  /** Other names people search for the vendor by. */
  keywords: string[];
  /** The vendor has a GraphQL API (its umbrella entry recognises GraphQL clients' errors). */
  graphql: boolean;
  detect: { hosts: string[]; contentTypes: string[]; headers: string[] };
  requestIdHeaders: string[];
  /** Request headers that carry the vendor's idempotency key (replays of such requests are safe). */
  idempotencyHeaders: string[];
  /** What commerce-errors redacts: credential header names, and key formats (prefix kept, secret replaced). */
  credentials: { headers: string[]; tokens: { prefix: string; secret: string }[] };
  /** In match order: the first envelope that accepts a body names it. */
  envelopes: EnvelopeModel[];
  codeUnions: CodeUnionModel[];
  errorKinds: ErrorKindModel[];
  /** Batch envelopes: a 2xx body of one with failed items parses to kind "partial". */
  batches: BatchModel[];
  /** Where a GraphQL API puts errors inside `data`; no keys when it does not. */
  dataErrors: { rule: DataErrorRule; errorType?: string };
  /** How the vendor's SDKs keep an error response, tried before the generic shapes by fromSdkError. */
  sdkErrors: SdkErrorModel[];
  statusCodes: StatusCodeInfo[];
  /** What kind of failure each documented code and error status is (categories.json). */
  categories: CategoriesModel;
  /** Real responses with their public sources (schemas/<vendor>/fixtures/), sorted by name. */
  fixtures: LoadedFixture[];
  /** Vendor-specific runtime helpers (schemas/<vendor>/helpers/*.ts), exported as they are. */
  helpers: { name: string; file: string; source: string }[];
  /** Where the vendor states its rate-limit budget (schemas/<vendor>/rate-limits.json), and the fixtures that prove it. */
  rateLimits: LoadedRateLimits;
  /** How the envelopes read and what marks them (schemas/<vendor>/reading.json). */
  reading: ReadingModel;
}

/** reading.json without its comments, and the known-value lists and package functions its rules name. */
export interface ReadingModel {
  reading: Omit<ErrorReadingRules, "functions">;
  marks: Omit<ErrorMarkRules, "functions" | "lists">;
  lists: string[];
  readingFunctions: string[];
  markFunctions: string[];
}

export interface EnvelopeModel {
  stem: string;
  file: string;
  id: string;
  title: string;
  description: string;
  schema: JsonSchema;
  /** The schema's meaning: root and definitions as IR nodes. */
  graph: SchemaGraph;
  examples: unknown[];
}

/** A discriminated `oneOf` of documented error kinds (e.g. commercetools' KnownErrorObject). */
export interface CodeUnionModel {
  title: string;
  /** The union's definition key, e.g. `KnownErrorObject`. */
  key: string;
  /** AJV reference to the union's definition, e.g. `urn:...#/definitions/KnownErrorObject`. */
  ref: string;
  file: string;
  discriminant: string;
  codes: string[];
}

/** One documented error code with a shape of its own. */
export interface ErrorKindModel {
  code: string;
  title: string;
  description: string;
  /** Title of the union the kind belongs to; its validator checks the kind. */
  union: string;
  discriminant: string;
}

/** A batch envelope and the rule that finds its failed items. */
export interface BatchModel {
  /** Title of the envelope. */
  envelope: string;
  rule: BatchRule;
  /** Title of the type of one item error, when the schema names one. */
  errorType?: string;
}

/** One SDK's error shape (vendor.json "sdkErrors") and the captured value that proves it. */
export interface SdkErrorModel {
  sdk: string;
  source: string;
  rule: SdkErrorRule;
  example?: { given: Record<string, unknown>; status?: number; envelope: string };
}

/** categories.json, checked: every documented code and error status has one category. */
export interface CategoriesModel {
  statuses: Record<number, ErrorCategory>;
  envelopes: Record<string, ErrorCategory>;
  codes: CodeCategoryModel[];
  shopperMessages: { key: string; source: string; codes: string[] }[];
}

/** One documented code, its category and the page that documents it. */
export interface CodeCategoryModel {
  code: string;
  category: ErrorCategory;
  source: string;
  /** The status or envelope the code arrives with, when that alone gives its category. */
  context?: { status?: number; envelope?: string };
}
