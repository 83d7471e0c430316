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

/** What a candidate's envelope tells about the body beyond accepting it: only the ranking of equal scores reads it. */
interface Fit {
  /** Body values equal to a value the envelope documents at that place. */
  documented: number;
  /** Share of the body's top-level fields that the envelope declares. */
  accounted: number;
}

type Ranked = VendorCandidate & { fit: Fit };

function evaluate(adapter: AnyDetectableAdapter, body: unknown, hints: DetectionHints, everyVendor: readonly VendorMetadata[]): Ranked {
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
  return { vendor: adapter.vendor.name, envelope, score: total, reasons, fit: fitOf(adapter, body, envelope) };
}

const noFit: Fit = { documented: 0, accounted: 0 };

/** How closely the accepting envelope fits the body (envelope evidence of the vendor package); never throws. */
function fitOf(adapter: AnyDetectableAdapter, body: unknown, envelope: EnvelopeName | undefined): Fit {
  const evidence = envelope === undefined ? undefined : adapter.evidence?.[envelope];
  if (!evidence || typeof body !== "object" || body === null || Array.isArray(body)) return noFit;
  try {
    const keys = Object.keys(body);
    const accounted = keys.length === 0 ? 0 : keys.filter((key) => evidence.fields.includes(key)).length / keys.length;
    let documented = 0;
    for (const [path, values] of evidence.values) for (const found of valuesAt(body, path)) if (values.includes(found)) documented += 1;
    return { documented, accounted };
  } catch {
    return noFit;
  }
}

/** The string values at a path of own property names, `*` standing for every item of an array. */
function valuesAt(value: unknown, path: readonly string[]): string[] {
  if (path.length === 0) return typeof value === "string" ? [value] : [];
  if (typeof value !== "object" || value === null) return [];
  const [head, ...rest] = path as [string, ...string[]];
  if (head === "*") return Array.isArray(value) ? value.flatMap((item) => valuesAt(item, rest)) : [];
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the package targets ES2020
  return Object.prototype.hasOwnProperty.call(value, head) ? valuesAt((value as Record<string, unknown>)[head], rest) : [];
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
 * Scoring: see ./scores.ts. Among equal scores, a candidate whose envelope accepted the body comes
 * first, then the one whose body holds more values its envelope documents exactly (codes, types,
 * messages), then the one whose envelope declares more of the body's fields; only candidates equal
 * on all of these keep the registry's order (they are ambiguous). An empty array means nothing
 * points at any vendor. Never throws. (`detectVendor` is this, bound to an entry's vendors: entries/.)
 */
export function rankVendors(adapters: readonly AnyDetectableAdapter[], body: unknown, hints: DetectionHints = {}): VendorCandidate[] {
  const everyVendor = adapters.map((adapter) => adapter.metadata);
  const order = (vendor: VendorName) => adapters.findIndex((adapter) => adapter.vendor.name === vendor);
  return adapters
    .map((adapter) => evaluate(adapter, body, hints, everyVendor))
    .filter((candidate) => candidate.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.envelope !== undefined) - Number(a.envelope !== undefined) ||
        b.fit.documented - a.fit.documented ||
        b.fit.accounted - a.fit.accounted ||
        order(a.vendor) - order(b.vendor),
    )
    .map(({ fit: _fit, ...candidate }) => candidate);
}
