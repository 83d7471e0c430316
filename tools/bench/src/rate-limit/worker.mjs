// One worker process of the rate-limit benchmark. argv: mode ("limiter" | "none"), api ("graphql" | "rest"),
// url, redis port, duration ms, key, lanes. Prints "ready", then starts at the time (ms since the epoch) it reads on stdin. Each lane sends one request after the other until the
// deadline. Without the limiter a lane reacts as a careful client does today: after a 429 or
// THROTTLED it waits what the server says (Retry-After, the reset header, the bucket's refill), then goes on.
import { createRateLimiter, rateLimitedFetch, readRateLimit } from "commerce-errors/rate-limit";
import { createRedisStore } from "commerce-errors/rate-limit/redis";
import { Redis } from "ioredis";

const [mode, api, url, port, duration, key, lanes] = process.argv.slice(2);
const vendor = api === "graphql" ? "shopify" : "bigcommerce";
const init =
  api === "graphql"
    ? {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query($first:Int){products(first:$first){edges{node{id}}}}", variables: { first: 50 } }),
      }
    : {};
let client;
let storeErrors = 0;
let send = (target, options) => fetch(target, options);
if (mode === "limiter") {
  client = new Redis({ port: Number(port), host: "127.0.0.1", enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  await new Promise((resolve) => client.once("ready", resolve));
  const limiter = createRateLimiter({ vendor, key, store: createRedisStore({ client }) });
  limiter.on((event) => {
    if (event.type === "store-error") storeErrors++;
  });
  send = rateLimitedFetch(limiter, (target, options) => fetch(target, options), { retries: 0 });
}
// Every worker starts at the same moment, however long its process took to come up.
process.stdout.write("ready\n");
const startAt = await new Promise((resolve) => process.stdin.once("data", (chunk) => resolve(Number(String(chunk).trim()))));
process.stdin.pause();
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
const deadline = Number(startAt) + Number(duration);
let sent = 0;
async function lane() {
  while (Date.now() < deadline) {
    const response = await send(url, init);
    sent++;
    const body = api === "graphql" ? await response.json() : await response.arrayBuffer().then(() => undefined);
    if (mode === "none") {
      const state = readRateLimit({ status: response.status, headers: response.headers, body }, vendor);
      if (state?.throttled) {
        const wait =
          state.retryAfterMs ??
          state.resetMs ??
          (state.requestedCost !== undefined && state.remaining !== undefined && state.restorePerSecond
            ? ((state.requestedCost - state.remaining) / state.restorePerSecond) * 1000
            : 1000);
        await new Promise((resolve) => setTimeout(resolve, Math.max(1, wait)));
      }
    }
  }
}
await Promise.all(Array.from({ length: Number(lanes) }, lane));
process.stdout.write(`${JSON.stringify({ sent, storeErrors })}\n`);
client?.disconnect();
