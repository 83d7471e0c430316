// One worker process of the shared-budget test: paces `count` requests through the built package and a
// Redis store shared with its siblings. argv: redis port, url, count, key.
import { createRateLimiter, rateLimitedFetch } from "commerce-errors/rate-limit";
import { createRedisStore } from "commerce-errors/rate-limit/redis";
import { Redis } from "ioredis";

const [port, url, count, key] = process.argv.slice(2);
const client = new Redis({ port: Number(port), host: "127.0.0.1", enableOfflineQueue: false, maxRetriesPerRequest: 0 });
await new Promise((resolve) => client.once("ready", resolve));
const limiter = createRateLimiter({ vendor: "bigcommerce", key, store: createRedisStore({ client }) });
const paced = rateLimitedFetch(limiter, fetch, { retries: 0 });
const statuses = await Promise.all(
  Array.from({ length: Number(count) }, () =>
    paced(url).then(async (r) => {
      await r.arrayBuffer();
      return r.status;
    }),
  ),
);
process.stdout.write(JSON.stringify(statuses));
client.disconnect();
