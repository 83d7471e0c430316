// The rate-limit part of `pnpm bench`: a local server enforcing Shopify's GraphQL leaky bucket and
// BigCommerce's window quota (time scaled down; the scale is printed), 1, 4 and 16 worker processes
// with and without the limiter sharing one Redis store, and the limiter's own cost per request.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startVendorSimulator } from "@commerce-errors/testkit/rate-limit-simulator";
import { startRedisServer } from "@commerce-errors/testkit/redis-server";
import { createRateLimiter } from "commerce-errors/rate-limit";
import { createRedisStore } from "commerce-errors/rate-limit/redis";
import { Redis } from "ioredis";

/** Starts the workers, waits until every one is ready, starts them together; resolves with each one's output and the start time. */
async function runWorkers(
  args: string[],
  count: number,
  onStart: (startAt: number) => void,
): Promise<{ sent: number; storeErrors: number }[]> {
  const children = Array.from({ length: count }, () => spawn(process.execPath, [worker, ...args], { stdio: ["pipe", "pipe", "inherit"] }));
  const outputs = children.map((child) => {
    let text = "";
    const ready = new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes("ready\n")) resolve();
      });
    });
    const done = new Promise<{ sent: number; storeErrors: number }>((resolve, reject) =>
      child.once("exit", (code) =>
        code === 0
          ? resolve(JSON.parse(text.split("\n")[1] ?? "") as { sent: number; storeErrors: number })
          : reject(new Error(`worker exited with ${code}`)),
      ),
    );
    return { child, ready, done };
  });
  await Promise.all(outputs.map(({ ready }) => ready));
  const startAt = Date.now() + 200;
  onStart(startAt);
  for (const { child } of outputs) child.stdin.end(`${startAt}\n`);
  return Promise.all(outputs.map(({ done }) => done));
}
const worker = fileURLToPath(new URL("worker.mjs", import.meta.url));

export interface RateLimitRow {
  api: "graphql" | "rest";
  workers: number;
  limiter: boolean;
  durationMs: number;
  sent: number;
  accepted: number;
  throttled: number;
  throttledAfterFirstWindow: number;
  /** Times a worker's limiter found Redis too slow or gone and paced on its own. */
  storeErrors: number;
  /** Accepted units (points or requests) as a share of what the vendor allowed in the time. */
  share: number;
}

export interface OverheadRow {
  store: "memory" | "redis";
  requests: number;
  p50Us: number;
  p99Us: number;
}

export interface RateLimitResult {
  scale: string;
  rows: RateLimitRow[];
  overhead: OverheadRow[];
}

// Documented: Shopify 1,000 points restoring 50/s; BigCommerce e.g. 150 requests per 30 s. Both run 10x faster here.
const BUCKET = { limit: 1000, restorePerSecond: 500 };
const QUOTA = { limit: 150, windowMs: 3000 };
const QUERY_COST = 52; // 2 + first: 50, as the simulator prices a connection

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function measureOverhead(store: "memory" | "redis", requests: number, redisPort: number): Promise<OverheadRow> {
  const client = store === "redis" ? new Redis({ port: redisPort, host: "127.0.0.1", enableOfflineQueue: false }) : undefined;
  if (client) await new Promise((resolve) => client.once("ready", resolve));
  const limiter = createRateLimiter({
    vendor: "bigcommerce",
    key: `overhead-${store}-${Date.now()}`,
    ...(client ? { store: createRedisStore({ client }) } : {}),
  });
  // A budget too large to ever wait: only the limiter's own work is timed (a reserve and a learn per request).
  const response = {
    status: 200,
    headers: {
      "X-Rate-Limit-Requests-Left": "100000000",
      "X-Rate-Limit-Requests-Quota": "100000000",
      "X-Rate-Limit-Time-Window-Ms": "30000",
      "X-Rate-Limit-Time-Reset-Ms": "30000",
    },
  };
  await limiter.learn(response, await limiter.acquire());
  const samples: number[] = [];
  for (let i = 0; i < requests + 200; i++) {
    const start = performance.now();
    const ticket = await limiter.acquire();
    await limiter.learn(response, ticket);
    if (i >= 200) samples.push((performance.now() - start) * 1000);
  }
  client?.disconnect();
  samples.sort((a, b) => a - b);
  return { store, requests, p50Us: quantile(samples, 0.5), p99Us: quantile(samples, 0.99) };
}

export async function measureRateLimit(options: { quick: boolean; log: (line: string) => void }): Promise<RateLimitResult> {
  const redis = await startRedisServer();
  const sim = await startVendorSimulator({ bucket: BUCKET, quota: QUOTA, latencyMs: 5 });
  const rows: RateLimitRow[] = [];
  const durationMs = options.quick ? 4000 : 9000;
  try {
    for (const api of ["graphql", "rest"] as const) {
      for (const workers of [1, 4, 16]) {
        for (const limiter of [false, true]) {
          sim.reset();
          const key = `${api}-${workers}-${Date.now()}`;
          const url = api === "graphql" ? `${sim.url}/admin/api/2025-01/graphql.json` : `${sim.url}/stores/abc123/v3/catalog/products`;
          // Processes take a while to start on a busy machine: all begin together, and the server counts from then.
          // Counted from the start to the deadline; answers to requests that waited past it are not.
          let stats = sim.stats();
          const outputs = await runWorkers(
            [limiter ? "limiter" : "none", api, url, String(redis.port), String(durationMs), key, "4"],
            workers,
            (startAt) => {
              setTimeout(() => sim.reset(), startAt - Date.now());
              setTimeout(
                () => {
                  stats = sim.stats();
                },
                startAt + durationMs - Date.now(),
              );
            },
          );
          const sent = outputs.reduce((sum, output) => sum + output.sent, 0);
          // What the vendor allows in the time the server saw traffic: the full bucket plus its refill, or one quota per window begun.
          const seenMs = durationMs;
          const allowed =
            api === "graphql" ? BUCKET.limit + (BUCKET.restorePerSecond * seenMs) / 1000 : QUOTA.limit * Math.ceil(seenMs / QUOTA.windowMs);
          const firstWindowMs = api === "graphql" ? (BUCKET.limit / BUCKET.restorePerSecond) * 1000 : QUOTA.windowMs;
          const row: RateLimitRow = {
            api,
            workers,
            limiter,
            durationMs: seenMs,
            sent,
            accepted: stats.accepted,
            throttled: stats.throttled,
            storeErrors: outputs.reduce((sum, output) => sum + output.storeErrors, 0),
            throttledAfterFirstWindow: stats.throttledAt.filter((at) => at > firstWindowMs).length,
            share: (api === "graphql" ? stats.points : stats.accepted) / allowed,
          };
          options.log(
            `${api} x${workers} ${limiter ? "limiter+redis" : "no limiter"}: ${row.accepted} ok, ${row.throttled} throttled, share ${(row.share * 100).toFixed(1)}%, after first window ${row.throttledAfterFirstWindow}, store errors ${row.storeErrors}`,
          );
          rows.push(row);
        }
      }
    }
    const overhead = [
      await measureOverhead("memory", options.quick ? 5000 : 20_000, redis.port),
      await measureOverhead("redis", options.quick ? 1000 : 5000, redis.port),
    ];
    return {
      scale: `Shopify GraphQL bucket ${BUCKET.limit} points restoring ${BUCKET.restorePerSecond}/s (documented 1,000 and 50/s: time runs 10x faster), queries of ${QUERY_COST} points; BigCommerce ${QUOTA.limit} requests per ${QUOTA.windowMs / 1000} s (documented example 150 per 30 s, 10x faster); 5 ms server latency; each worker 4 concurrent lanes for ${durationMs / 1000} s; the limiter's store is one Redis (Debian redis-server on 127.0.0.1)`,
      rows,
      overhead,
    };
  } finally {
    await sim.close();
    await redis.stop();
  }
}
