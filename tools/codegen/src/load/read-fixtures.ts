// schemas/<vendor>/fixtures/*.json: real responses with their public source, the status and headers
// they came with, and what parsing must make of them. Read here, once, for every tool that uses them.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readJson } from "./read-json.js";
import type { SchemaProblem } from "./schema-error.js";

/** What `parseErrorResponse` must make of a fixture: "success" means neither "error" nor "partial". */
export type FixtureKind = "error" | "partial" | "empty" | "unrecognized" | "success";

/** A real body with its provenance: `schemas/<vendor>/fixtures/<name>.json`. */
export interface LoadedFixture {
  /** File name without `.json`. */
  name: string;
  /** Repository-relative path. */
  file: string;
  source: string;
  status: number;
  headers?: Record<string, string>;
  /** Title of the envelope the body is an instance of, when the fixture names one. */
  envelope?: string;
  kind: FixtureKind;
  body: unknown;
}

const FIXTURE_KINDS: readonly FixtureKind[] = ["error", "partial", "empty", "unrecognized", "success"];
const FIXTURE_KEYS = new Set(["$comment", "source", "status", "headers", "envelope", "kind", "body"]);

/** Every fixture of a vendor folder, sorted by file name; malformed ones become problems. */
export function readFixtures(dir: string, display: (file: string) => string): { fixtures: LoadedFixture[]; problems: SchemaProblem[] } {
  const fixturesDir = join(dir, "fixtures");
  const fixtures: LoadedFixture[] = [];
  const problems: SchemaProblem[] = [];
  if (!existsSync(fixturesDir)) return { fixtures, problems };
  const names = readdirSync(fixturesDir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  for (const name of names) {
    const file = display(`fixtures/${name}`);
    const raw = readJson(join(fixturesDir, name), file);
    const problem = fixtureProblem(raw);
    if (problem) {
      problems.push({ file, pointer: "", reason: problem });
      continue;
    }
    const fixture = raw as Record<string, unknown>;
    fixtures.push({
      name: name.slice(0, -".json".length),
      file,
      source: fixture.source as string,
      status: fixture.status as number,
      ...(fixture.headers ? { headers: fixture.headers as Record<string, string> } : {}),
      ...(fixture.envelope ? { envelope: fixture.envelope as string } : {}),
      kind: (fixture.kind as FixtureKind | undefined) ?? "error",
      body: fixture.body,
    });
  }
  return { fixtures, problems };
}

/** Why a fixture file's content is malformed, or undefined. */
export function fixtureProblem(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return "must be an object";
  const record = raw as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !FIXTURE_KEYS.has(key));
  if (unknown.length > 0) return `unknown keys ${unknown.join(", ")}`;
  if (typeof record.source !== "string" || !/^https:\/\/[^\s]+$/.test(record.source)) return "source must be a public https URL";
  if (!Number.isInteger(record.status) || (record.status as number) < 100 || (record.status as number) > 599)
    return "status must be an HTTP status";
  if (!("body" in record)) return "body is missing";
  if (record.kind !== undefined && !FIXTURE_KINDS.includes(record.kind as FixtureKind))
    return `kind must be one of ${FIXTURE_KINDS.join(", ")}`;
  if (record.envelope !== undefined && typeof record.envelope !== "string") return "envelope must be a title";
  if (
    record.headers !== undefined &&
    (typeof record.headers !== "object" || record.headers === null || Object.values(record.headers).some((v) => typeof v !== "string"))
  )
    return "headers must map names to strings";
  return undefined;
}
