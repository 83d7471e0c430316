// Reads schemas/<vendor>/rate-limits.json (optional): checks it against meta/rate-limits.schema.json and
// proves every fixture reads, through the runtime's interpreter, as the state it claims.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { type RateLimitRules, readRateLimitWith } from "@commerce-errors/runtime";
import { checkAgainstMeta } from "./meta.js";
import { readJson } from "./read-json.js";
import type { SchemaProblem } from "./schema-error.js";

/** A captured response and the state it must read as (`null`: the response says nothing). */
export interface RateLimitFixture {
  title: string;
  source: string;
  now?: string;
  given: { status?: number; headers: Record<string, string>; body?: unknown };
  want: Record<string, unknown> | null;
}

export interface RateLimitsFile {
  policies: RateLimitRules["policies"];
  common: RateLimitRules["common"];
  fixtures: RateLimitFixture[];
}

export interface LoadedRateLimits {
  rules: RateLimitRules;
  fixtures: RateLimitFixture[];
}

const FILE = "rate-limits.json";

/** A vendor without the file documents nothing: no policies, no fixtures, and readRateLimit only sees a 429. */
export function loadRateLimits(
  dir: string,
  vendor: string,
  display: (file: string) => string,
  problems: SchemaProblem[],
): LoadedRateLimits {
  const empty: LoadedRateLimits = { rules: { vendor, policies: [], common: [] }, fixtures: [] };
  if (!existsSync(join(dir, FILE))) return empty;
  const file = readJson(join(dir, FILE), display(FILE)) as RateLimitsFile;
  const found = checkAgainstMeta("rate-limits", file, display(FILE));
  if (found.length > 0) {
    problems.push(...found);
    return empty;
  }
  const rules: RateLimitRules = { vendor, policies: file.policies, common: file.common };
  const names = new Set<string>();
  file.policies.forEach((policy, index) => {
    if (names.has(policy.name))
      problems.push({ file: display(FILE), pointer: `/policies/${index}/name`, reason: `repeats "${policy.name}"` });
    names.add(policy.name);
  });
  file.fixtures.forEach((fixture, index) => {
    const got = readRateLimitWith(rules, fixture.given, fixture.now === undefined ? {} : { now: Date.parse(fixture.now) });
    if (!isDeepStrictEqual(got ?? null, fixture.want)) {
      problems.push({
        file: display(FILE),
        pointer: `/fixtures/${index}/want`,
        reason: `"${fixture.title}" reads as ${JSON.stringify(got ?? null)}`,
      });
    }
  });
  return { rules, fixtures: file.fixtures };
}
