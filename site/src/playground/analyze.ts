// What the playground shows for one input, computed with the real packages: the umbrella's
// detectVendor and normalizeError, the chosen vendor package's validateErrorResponse and
// describeStatus. Pure: no DOM, so it reads the same in any runtime.
import { detectVendor, type NormalizedError, normalizeError, type VendorCandidate, type VendorName } from "commerce-errors";
import type { StatusCodeInfo, ValidationIssue, VendorPackage } from "./vendor-package.js";

export interface PlaygroundInput {
  text: string;
  status: number | undefined;
  url: string;
  /** "" for automatic detection. */
  vendor: string;
}

export type BodyReading = { kind: "json"; value: unknown } | { kind: "empty" } | { kind: "text"; error: string };

export interface Analysis {
  body: BodyReading;
  status: number;
  candidates: VendorCandidate[];
  /** The vendor whose package validated the body, and why it was chosen. */
  vendor: string | undefined;
  vendorChoice: "selected" | "detected" | "closest" | "none";
  /** The envelope the vendor's package accepted, if any. */
  envelope: string | undefined;
  issues: ValidationIssue[];
  codes: string[];
  normalized: NormalizedError;
  statusInfo: StatusCodeInfo | undefined;
}

/** Errors carry no status of their own; a client error is the common case. */
export const defaultStatus = 400;

export function readBody(text: string): BodyReading {
  if (text.trim() === "") return { kind: "empty" };
  try {
    return { kind: "json", value: JSON.parse(text) };
  } catch (error) {
    return { kind: "text", error: error instanceof Error ? error.message : String(error) };
  }
}

function hints(input: PlaygroundInput) {
  return input.url.trim() === "" ? {} : { url: input.url.trim() };
}

/** The vendor whose issues are shown when none accepts the body: the one with the fewest. */
function closestVendor(value: unknown, packages: Record<string, VendorPackage>): string | undefined {
  let best: { vendor: string; count: number } | undefined;
  for (const [vendor, pkg] of Object.entries(packages)) {
    const result = pkg.validateErrorResponse(value);
    const count = result.valid ? 0 : result.issues.length;
    if (!best || count < best.count) best = { vendor, count };
  }
  return best?.vendor;
}

function chooseVendor(
  input: PlaygroundInput,
  body: BodyReading,
  candidates: VendorCandidate[],
  packages: Record<string, VendorPackage>,
): Pick<Analysis, "vendor" | "vendorChoice"> {
  if (input.vendor && packages[input.vendor]) return { vendor: input.vendor, vendorChoice: "selected" };
  // detectVendor's own ranking: a request URL on a vendor's host outweighs another vendor's open envelope.
  const detected = candidates[0];
  if (detected) return { vendor: detected.vendor, vendorChoice: "detected" };
  if (body.kind === "json") return { vendor: closestVendor(body.value, packages), vendorChoice: "closest" };
  return { vendor: undefined, vendorChoice: "none" };
}

/** Every code the normalized error names: the primary one, then each detail's, once each. */
function codesOf(normalized: NormalizedError): string[] {
  const codes = [normalized.code, ...normalized.details.map((d) => d.code)].filter((c): c is string => typeof c === "string" && c !== "");
  return [...new Set(codes)];
}

export function analyze(input: PlaygroundInput, packages: Record<string, VendorPackage>): Analysis {
  const body = readBody(input.text);
  const status = input.status ?? defaultStatus;
  const value = body.kind === "json" ? body.value : undefined;
  const candidates = body.kind === "text" ? detectVendor(undefined, hints(input)) : detectVendor(value, hints(input));
  const { vendor, vendorChoice } = chooseVendor(input, body, candidates, packages);
  const pkg = vendor === undefined ? undefined : packages[vendor];
  const validation = pkg && body.kind === "json" ? pkg.validateErrorResponse(value) : undefined;
  const normalized = normalizeError(
    { status, body: body.kind === "json" ? value : input.text },
    { ...hints(input), ...(vendor !== undefined && { vendor: vendor as VendorName }) },
  );
  return {
    body,
    status,
    candidates,
    vendor,
    vendorChoice,
    envelope: validation?.valid ? normalized.envelope : undefined,
    issues: validation && !validation.valid ? validation.issues : [],
    codes: codesOf(normalized),
    normalized,
    statusInfo: pkg?.describeStatus(status),
  };
}

export interface Verdict {
  /** ok: an envelope accepts the body; bad: it is not one; idle: nothing was given to check. */
  tone: "ok" | "bad" | "idle";
  text: string;
}

/** The one-line verdict above the detection, true for every kind of input (none, not JSON, JSON). */
export function verdictOf(result: Analysis, displayName: (vendor: string) => string): Verdict {
  const who = result.vendor ? displayName(result.vendor) : "no vendor";
  if (result.envelope) return { tone: "ok", text: `${who}: ${result.envelope}` };
  if (result.body.kind === "empty") return { tone: "idle", text: "Nothing to check yet: paste an error body or pick a documented one." };
  if (result.body.kind === "text") return { tone: "bad", text: `${who}: the body is not JSON, so no error envelope can accept it` };
  const count = result.issues.length;
  return { tone: "bad", text: `${who}: not a valid error body${count > 0 ? ` (${count} issue${count === 1 ? "" : "s"})` : ""}` };
}
