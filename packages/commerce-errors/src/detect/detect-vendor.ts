// Which vendor(s) an error body belongs to: every candidate with its score and reasons, never a guess.
import type { EnvelopeName, VendorName } from "../generated/vendor-names.js";
import type { AnyDetectableAdapter } from "../vendors/any-adapter.js";
import type { VendorMetadata } from "../vendors/adapter.js";
import { contentTypeReason, headerReasons, hostReason, type DetectionHints } from "./hint-evidence.js";
import { score } from "./scores.js";

export interface VendorCandidate {
  vendor: VendorName;
  /** The vendor envelope that accepts the body; `undefined` when only hints point at the vendor. */
  envelope: EnvelopeName | undefined;
  score: number;
  /** Why, in words, one per piece of evidence. */
  reasons: string[];
}

function evaluate(
  adapter: AnyDetectableAdapter,
  body: unknown,
  hints: DetectionHints,
  everyVendor: readonly VendorMetadata[],
): VendorCandidate {
  const envelope = adapter.matchErrorEnvelope(body);
  const reasons: string[] = [];
  let total = 0;
  if (envelope !== undefined) {
    reasons.push(`${adapter.metadata.displayName} envelope ${envelope} accepts the body`);
    total += score.envelope;
    const marks = safeVocabulary(adapter, body, envelope).slice(0, score.maxVocabularyMarks);
    reasons.push(...marks);
    total += marks.length * score.vocabulary;
  }
  const host = hostReason(adapter.metadata, hints);
  if (host) {
    reasons.push(host);
    total += score.host;
  }
  const contentType = contentTypeReason(adapter.metadata, everyVendor, hints);
  if (contentType) {
    reasons.push(contentType);
    total += score.contentType;
  }
  const headers = headerReasons(adapter.metadata, hints).slice(0, score.maxHeaders);
  reasons.push(...headers);
  total += headers.length * score.header;
  return { vendor: adapter.vendor.name, envelope, score: total, reasons };
}

/** Vocabulary reads an accepted body again; a hostile getter there costs the marks, not the call. */
function safeVocabulary(adapter: AnyDetectableAdapter, body: unknown, envelope: EnvelopeName): string[] {
  try {
    return adapter.vocabulary(body, envelope);
  } catch {
    return [];
  }
}

/**
 * Ranks the vendors among `adapters` whose packages accept `body` (already parsed JSON, or
 * `undefined` when there is none) and whose hosts, Content-Type or headers match the hints.
 * Scoring: see ./scores.ts. Ties go to the earlier adapter. An empty array means nothing points at
 * any vendor. Never throws. (`detectVendor` is this, bound to an entry's vendors: entries/.)
 */
export function rankVendors(adapters: readonly AnyDetectableAdapter[], body: unknown, hints: DetectionHints = {}): VendorCandidate[] {
  const everyVendor = adapters.map((adapter) => adapter.metadata);
  const order = (vendor: VendorName) => adapters.findIndex((adapter) => adapter.vendor.name === vendor);
  return adapters
    .map((adapter) => evaluate(adapter, body, hints, everyVendor))
    .filter((candidate) => candidate.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score || Number(b.envelope !== undefined) - Number(a.envelope !== undefined) || order(a.vendor) - order(b.vendor),
    );
}
