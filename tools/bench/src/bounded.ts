// Bounded explanations: every vendor package's validateErrorResponse on a body with a million
// wrong items (a schema example whose first array holds them), timed. Goal: < 50 ms each, since
// issues stop at the cap (100 by default) instead of one per item.
import { MUTATED_PACKAGES } from "./mutations.js";
import { median } from "./stats.js";
import { vendorModel } from "./vendors.js";

export const WRONG_ITEMS = 1_000_000;

export interface BoundedRow {
  vendor: string;
  /** Where the wrong items are: the example and the array's pointer. */
  body: string;
  ms: number;
  issues: number;
  truncated: boolean;
}

/** The pointer of the first non-empty array (depth first), if any. */
function firstArray(value: unknown, pointer = ""): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (Array.isArray(value)) return value.length > 0 ? pointer : undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = firstArray(item, `${pointer}/${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

function withWrongItems(value: unknown, pointer: string): unknown {
  if (pointer === "") {
    const first = (value as unknown[])[0];
    const wrong = typeof first === "string" ? 12345 : "broken";
    return Array.from({ length: WRONG_ITEMS }, () => wrong);
  }
  const [head, ...rest] = pointer.slice(1).split("/");
  const record = value as Record<string, unknown>;
  return { ...record, [head!]: withWrongItems(record[head!], rest.length ? `/${rest.join("/")}` : "") };
}

export function measureBounded({ rounds }: { rounds: number }): BoundedRow[] {
  const rows: BoundedRow[] = [];
  for (const [vendor, pkg] of Object.entries(MUTATED_PACKAGES)) {
    let chosen: { name: string; body: unknown } | undefined;
    for (const { stem, examples } of vendorModel(vendor).envelopes) {
      for (const [i, example] of examples.entries()) {
        const pointer = firstArray(example);
        if (pointer === undefined) continue;
        const body = withWrongItems(example, pointer);
        if (pkg.isErrorResponse(body)) continue; // unconstrained items: nothing to explain
        chosen = {
          name: `${stem}#/examples/${i} with ${pointer || "the root"} holding ${WRONG_ITEMS.toLocaleString("en")} wrong items`,
          body,
        };
        break;
      }
      if (chosen) break;
    }
    // No example with an array: the million items are the body itself.
    chosen ??= { name: `a root array of ${WRONG_ITEMS.toLocaleString("en")} numbers`, body: Array.from({ length: WRONG_ITEMS }, () => 1) };
    const times: number[] = [];
    let result = pkg.validateErrorResponse(chosen.body) as { valid: boolean; issues?: unknown[]; truncated?: boolean };
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      result = pkg.validateErrorResponse(chosen.body) as typeof result;
      times.push(performance.now() - started);
    }
    rows.push({ vendor, body: chosen.name, ms: median(times), issues: result.issues?.length ?? 0, truncated: result.truncated === true });
  }
  return rows;
}
