// What `validate` found, as data: printed for people or as the stable --json output.
import {
  detectVendor,
  normalizeError,
  vendorNames,
  type EnvelopeName,
  type ErrorDetail,
  type RetryDecision,
  type VendorName,
} from "../index.js";
import { describeStatus, validateErrorBody } from "../catalog.js";

export interface StatusReport {
  status: number;
  text: string | null;
  meaning: string | null;
  retry: RetryDecision;
  troubleshooting: string[];
}

export interface MatchReport {
  vendor: VendorName;
  envelope: EnvelopeName;
  score: number;
  reasons: string[];
  code: string | null;
  /** Every distinct code in the body, primary first. */
  codes: string[];
  message: string;
  details: ErrorDetail[];
  requestId: string | null;
  /** Only with --status. */
  status: StatusReport | null;
}

export interface IssueReport {
  vendor: VendorName;
  /** JSON Pointer into the body. */
  path: string;
  message: string;
  keyword: string;
}

export interface ValidateReport {
  valid: boolean;
  /** Ranked; more than one when several vendors accept the body. */
  matches: MatchReport[];
  /** When invalid: the issues of each vendor's closest envelope. */
  issues: IssueReport[];
}

function matchReport(
  vendor: VendorName,
  envelope: EnvelopeName,
  score: number,
  reasons: string[],
  body: unknown,
  status: number | undefined,
): MatchReport {
  const normalized = normalizeError({ status: status ?? 0, body }, { vendor });
  const info = status === undefined ? undefined : describeStatus(vendor, status);
  const codes = [normalized.code, ...normalized.details.map((detail) => detail.code)].filter((code): code is string => code !== undefined);
  return {
    vendor,
    envelope,
    score,
    reasons,
    code: normalized.code ?? null,
    codes: [...new Set(codes)],
    message: normalized.message,
    details: normalized.details,
    requestId: normalized.requestId ?? null,
    status:
      status === undefined
        ? null
        : {
            status,
            text: info?.text ?? null,
            meaning: info?.meaning ?? null,
            retry: normalized.retry,
            troubleshooting: info?.troubleshooting ?? [],
          },
  };
}

export function validateReport(body: unknown, options: { vendor?: VendorName | undefined; status?: number | undefined }): ValidateReport {
  const matches = detectVendor(body)
    .filter((candidate) => options.vendor === undefined || candidate.vendor === options.vendor)
    .flatMap((candidate) =>
      candidate.envelope === undefined
        ? []
        : [matchReport(candidate.vendor, candidate.envelope, candidate.score, candidate.reasons, body, options.status)],
    );
  if (matches.length > 0) return { valid: true, matches, issues: [] };
  const issues = (options.vendor ? [options.vendor] : vendorNames).flatMap((vendor) => {
    const result = validateErrorBody(vendor, body);
    return result.valid ? [] : result.issues.map((issue) => ({ vendor, path: issue.path, message: issue.message, keyword: issue.keyword }));
  });
  return { valid: false, matches: [], issues };
}
