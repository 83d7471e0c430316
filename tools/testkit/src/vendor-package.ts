// The public API every generated vendor package exposes (DESIGN.md), as the suite sees it.

export interface Issue {
  path: string;
  message: string;
  keyword: string;
  params: Record<string, unknown>;
}

export type Result = { valid: true; value: unknown; envelope: string } | { valid: false; issues: Issue[]; truncated?: true };

export interface StatusInfo {
  status: number;
  text: string;
  meaning: string;
  retry: "no" | "with-backoff" | "after-refetch";
  troubleshooting: string[];
}

export interface VendorPackage {
  isErrorResponse(value: unknown): boolean;
  validateErrorResponse(value: unknown, options?: { maxIssues?: number }): Result;
  assertErrorResponse(value: unknown): void;
  matchErrorEnvelope(value: unknown): string | undefined;
  errorResponseSchema: { "~standard": { version: 1; vendor: string; validate(value: unknown): unknown } };
  parseErrorResponse(response: unknown, options?: { maxBytes?: number }): Promise<{ kind: string; status: number; [key: string]: unknown }>;
  fromSdkError(value: unknown): Promise<{ kind: string; status: number; [key: string]: unknown }>;
  fromSdkErrorSync(value: unknown): { kind: string; status: number; [key: string]: unknown };
  statusCodes: Readonly<Record<number, StatusInfo>>;
  knownValues: Readonly<Record<string, readonly string[]>>;
  describeStatus(status: number): StatusInfo | undefined;
  envelopeNames: readonly string[];
  errorCodes: ReadonlyArray<{ code: string; type: string; description: string }>;
  vendor: { name: string; displayName: string; requestIdHeaders: readonly string[] };
  ErrorResponseValidationError: new (...args: never[]) => Error;
}

/** Looks up a generated per-envelope or per-code function by name, e.g. `isRestV3Error`. */
export function exported<F>(pkg: VendorPackage, name: string): F {
  const value = (pkg as unknown as Record<string, unknown>)[name];
  if (typeof value !== "function") throw new Error(`the package does not export ${name}()`);
  return value as F;
}
