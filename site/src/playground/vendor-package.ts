// The part of a vendor package's public API the playground uses.
export interface ValidationIssue {
  path: string;
  message: string;
  keyword: string;
}

export interface StatusCodeInfo {
  status: number;
  text: string;
  meaning: string;
  retry: "no" | "with-backoff" | "after-refetch";
  troubleshooting: string[];
}

export interface VendorPackage {
  isErrorResponse(value: unknown): boolean;
  validateErrorResponse(value: unknown): { valid: true; value: unknown } | { valid: false; issues: ValidationIssue[] };
  describeStatus(status: number): StatusCodeInfo | undefined;
  vendor?: { name: string; displayName?: string };
}
