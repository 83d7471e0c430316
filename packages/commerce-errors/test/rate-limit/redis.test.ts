// The Redis store against a real redis-server (Debian's package) started on 127.0.0.1 for this file:
// several Node processes share one budget; Redis going away mid-run costs no request.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startRedisServer, type RedisServer } from "@commerce-errors/testkit/redis-server";
import { startVendorSimulator, type VendorSimulator } from "@commerce-errors/testkit/rate-limit-simulator";
import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, expect, test } from "vitest";
import { createRateLimiter, type RateLimiterEvent, rateLimitedFetch } from "../../src/rate-limit/index.js";
import { createRedisStore } from "../../src/rate-limit/redis/index.js";

const run = promisify(execFile);
const worker = fileURLToPath(new URL("../support/rate-limit-worker.mjs", import.meta.url));
let redis: RedisServer;
let sim: VendorSimulator;
beforeAll(async () => {
  redis = await startRedisServer();
  sim = await startVendorSimulator({ quota: { limit: 10, windowMs: 500 }, latencyMs: 2 });
});
afterAll(async () => {
  await sim.close();
  await redis.stop();
});
beforeEach(() => sim.reset());
const rest = () => `${sim.url}/stores/abc123/v3/catalog/products`;

test("four processes sharing the Redis store stay within one quota: all answered, none throttled", async () => {
  const key = `shared-${Date.now()}`;
  const outputs = await Promise.all(
    Array.from({ length: 4 }, () =>
      run(process.execPath, [worker, String(redis.port), rest(), "10", key], { cwd: fileURLToPath(new URL("../..", import.meta.url)) }),
    ),
  );
  const statuses = outputs.flatMap(({ stdout }) => JSON.parse(stdout) as number[]);
  expect(statuses).toHaveLength(40);
  expect(statuses.every((status) => status === 200)).toBe(true);
  expect(sim.stats()).toMatchObject({ accepted: 40, throttled: 0 });
});

test("the same four processes each with its own memory store overrun the quota (the control)", async () => {
  const statuses = await Promise.all(
    Array.from({ length: 4 }, async () => {
      const paced = rateLimitedFetch(createRateLimiter({ vendor: "bigcommerce", key: "alone" }), fetch, { retries: 0 });
      return Promise.all(Array.from({ length: 10 }, () => paced(rest()).then((r) => r.status)));
    }),
  );
  expect(statuses.flat().some((status) => status === 429)).toBe(true);
});

test("Redis killed and restarted mid-run: local pacing, events, no request lost, Redis used again", async () => {
  const client = new Redis({
    port: redis.port,
    host: "127.0.0.1",
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => 50,
  });
  client.on("error", () => undefined); // ioredis reports each failed reconnection; the limiter's events say what matters
  await new Promise((resolve) => client.once("ready", resolve));
  const limiter = createRateLimiter({ vendor: "bigcommerce", key: `restart-${Date.now()}`, store: createRedisStore({ client }) });
  const events: RateLimiterEvent["type"][] = [];
  limiter.on((event) => {
    if (event.type !== "wait") events.push(event.type);
  });
  const paced = rateLimitedFetch(limiter, fetch);
  const batch = () => Promise.all(Array.from({ length: 8 }, () => paced(rest()).then((r) => r.status)));

  const before = await batch();
  await redis.stop();
  const during = await batch();
  await redis.start();
  await new Promise((resolve) => client.once("ready", resolve));
  await new Promise((resolve) => setTimeout(resolve, 1100)); // the limiter looks at Redis again a second after a failure
  const after = await batch();
  client.disconnect();

  expect([...before, ...during, ...after]).toHaveLength(24);
  expect([...before, ...during, ...after].every((status) => status === 200)).toBe(true);
  expect(events).toContain("store-error");
  expect(events.indexOf("store-recovered")).toBeGreaterThan(events.indexOf("store-error"));
});
