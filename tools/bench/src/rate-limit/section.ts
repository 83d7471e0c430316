// The rate-limit section of `pnpm bench`: the table (workers x store: throttled answers, share of what
// the vendor allows, limiter overhead) without and with the limiter, and its goal lines.
import { table } from "../format.js";
import { measureRateLimit } from "./measure.js";

interface GoalLine {
  goal: string;
  check: string;
  item: string;
  measured: string;
  target: string;
  met: boolean;
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const us = (value: number) => `${value.toFixed(1)} µs`;

export async function rateLimitSection(options: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<{ markdown: string; goals: GoalLine[] }> {
  const result = await measureRateLimit(options);
  const goals: GoalLine[] = [];
  for (const row of result.rows.filter((r) => r.limiter)) {
    const item = `${row.api === "graphql" ? "Shopify GraphQL" : "BigCommerce REST"}, ${row.workers} worker(s), Redis store`;
    goals.push({
      goal: "rate limits",
      check: "throttled after the first window",
      item,
      measured: String(row.throttledAfterFirstWindow),
      target: "0",
      met: row.throttledAfterFirstWindow === 0,
    });
    goals.push({
      goal: "rate limits",
      check: "throughput share",
      item,
      measured: pct(row.share),
      target: ">= 95%",
      met: row.share >= 0.95,
    });
  }
  for (const row of result.overhead) {
    const target = row.store === "memory" ? 20 : 1000;
    const measured = row.store === "memory" ? row.p50Us : row.p99Us;
    goals.push({
      goal: "rate limits",
      check: `limiter overhead per request (${row.store === "memory" ? "in-memory, p50" : "Redis, p99"})`,
      item: row.store,
      measured: us(measured),
      target: `< ${target} µs`,
      met: measured < target,
    });
  }
  const markdown = [
    "### Rate limits: pacing before the 429",
    "",
    `Simulated: ${result.scale}. "no limiter" is today's careful client: it waits what a 429 or THROTTLED says, then goes on. ` +
      "Throttled answers are counted over the whole run and after the first window (after the first full bucket's refill time for Shopify); the share is accepted points (Shopify) or requests (BigCommerce) over what the vendor allows in the run.",
    "",
    table(
      ["API", "workers", "limiter", "accepted", "throttled", "throttled after 1st window", "share of allowance", "store fallbacks"],
      result.rows.map((row) => [
        row.api === "graphql" ? "Shopify GraphQL" : "BigCommerce REST",
        String(row.workers),
        row.limiter ? "yes, Redis store" : "no",
        String(row.accepted),
        String(row.throttled),
        String(row.throttledAfterFirstWindow),
        pct(row.share),
        row.limiter ? String(row.storeErrors) : "",
      ]),
    ),
    "",
    "Limiter's own cost per request (a reserve and a learn, a budget that never makes it wait):",
    "",
    table(
      ["store", "requests", "p50", "p99"],
      result.overhead.map((row) => [
        row.store === "memory" ? "in-memory" : "Redis on 127.0.0.1",
        String(row.requests),
        us(row.p50Us),
        us(row.p99Us),
      ]),
    ),
  ].join("\n");
  return { markdown, goals };
}
