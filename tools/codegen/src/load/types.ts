// What the loader reads; the files' shapes are enforced by tools/codegen/meta/*.schema.json.
import type { SdkErrorRule } from "@commerce-errors/runtime";
import type { ErrorCategory, StatusCodeInfo } from "@commerce-errors/runtime";
import type { LoadedRateLimits } from "./load-rate-limits.js";
import type { LoadedFixture } from "./read-fixtures.js";

export type JsonSchema = {
  $schema?: string;
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  examples?: unknown[];
  definitions?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
};

/** vendor.json "credentials.tokens": a key format, as regular expressions without capturing groups. */
export interface CredentialToken {
  prefix: string;
  secret: string;
  source: string;
}

export interface VendorFile {
  name: string;
  displayName: string;
  description: string;
  docs: string[];
  /** Other names people search for the vendor by (npm keywords of the umbrella). */
  keywords?: string[];
  /** Whether the vendor has a GraphQL API: its `commerce-errors/<vendor>` entry then recognises GraphQL clients' errors. */
  graphql?: boolean;
  envelopes: string[];
  detect: { hosts?: string[]; contentTypes?: string[]; headers?: string[] };
  requestIdHeaders?: string[];
  /** Request headers that carry the vendor's idempotency key. */
  idempotencyHeaders?: string[];
  /** Credentials commerce-errors redacts: header names, and token formats (prefix kept, secret replaced). */
  credentials?: { headers?: string[]; tokens?: CredentialToken[] };
  batches?: BatchFileEntry[];
  dataErrors?: { keys: string[]; depth: number; errorType?: string };
  sdkErrors?: SdkErrorFileEntry[];
}

/** vendor.json "sdkErrors": where one SDK's thrown error keeps the response, and a captured example. */
export interface SdkErrorFileEntry extends SdkErrorRule {
  sdk: string;
  source: string;
  example?: { given: Record<string, unknown>; status?: number; envelope: string };
}

/** vendor.json "batches": where a batch envelope keeps its items and their errors (JSON Pointers). */
export interface BatchFileEntry {
  envelope: string;
  items: string[];
  errors: string;
  id?: string;
  failedWhen?: { pointer: string; equals: string | number | boolean };
  succeeded?: string[];
  errorType?: string;
}

/** schemas/<vendor>/reading.json: how the vendor's envelopes read, and what marks them (tools/codegen/meta/reading.schema.json). */
export interface ReadingFile {
  reading: { definitions?: Record<string, unknown>; envelopes: Record<string, Record<string, unknown> | string>; retryHeaders?: unknown[] };
  marks?: { definitions?: Record<string, unknown>; envelopes: Record<string, Record<string, unknown>[] | string> };
}

export interface StatusCatalogFile {
  source: string;
  statusCodes: StatusCodeInfo[];
}

/** schemas/<vendor>/categories.json: the category of each documented code and error status (meta/categories.schema.json). */
export interface CategoriesFile {
  codeFields: Record<string, "value" | "last-path-segment">;
  otherFields: Record<string, string>;
  statuses: Record<string, ErrorCategory>;
  envelopes?: Record<string, ErrorCategory>;
  codes: { category: ErrorCategory; source: string; context?: { status?: number; envelope?: string }; codes: string[] }[];
  shopperMessages?: { key: string; source: string; codes: string[] }[];
}

export interface LoadedEnvelope {
  stem: string;
  /** Repository-relative path, for messages and headers. */
  file: string;
  schema: JsonSchema;
}

/** Hand-written, vendor-specific runtime code in schemas/<vendor>/helpers/, copied into the package. */
export interface LoadedHelper {
  /** File name, e.g. format-message.ts. */
  name: string;
  file: string;
  source: string;
}

export interface LoadedVendor {
  name: string;
  helpers: LoadedHelper[];
  vendor: VendorFile;
  catalog: StatusCatalogFile;
  categories: CategoriesFile;
  envelopes: LoadedEnvelope[];
  /** schemas/<vendor>/reading.json, when the vendor has one. */
  reading?: ReadingFile;
  /** schemas/<vendor>/rate-limits.json, checked. */
  rateLimits: LoadedRateLimits;
  /** schemas/<vendor>/fixtures/*.json, sorted by name. */
  fixtures: LoadedFixture[];
}
