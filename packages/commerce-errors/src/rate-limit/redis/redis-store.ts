// A rate-limit store in Redis through ioredis: every process that uses the same Redis and key paces
// against one budget. Each call is one atomic Lua script (scripts.ts). The client is the caller's;
// this module does not import ioredis.
import { type BudgetUpdate, PROBE_MS, PROBE_POLL_MS, UNKNOWN_WINDOW_WAIT_MS } from "../budget.js";
import type { RateLimitStore } from "../memory-store.js";
import { learnScript, reserveScript } from "./scripts.js";

/** The part of an ioredis client (v5) the store uses. */
export interface IoredisLike {
  /** "ready" when connected; any other status fails a call at once, so the limiter paces on its own instead of queueing. */
  readonly status: string;
  defineCommand(name: string, definition: { numberOfKeys: number; lua: string }): void;
}

export interface RedisStoreOptions {
  client: IoredisLike;
  /** Prepended to every key (default "commerce-errors:rate-limit:"). */
  prefix?: string | undefined;
  /** An idle budget expires after this long (default 1 hour). */
  ttlMs?: number | undefined;
}

type Commands = {
  commerceErrorsReserve(key: string, ...args: (string | number)[]): Promise<number>;
  commerceErrorsLearn(key: string, ...args: (string | number)[]): Promise<number>;
};

const arg = (value: number | undefined) => (value === undefined ? "" : String(value));

export class RedisUnavailableError extends Error {
  override readonly name = "RedisUnavailableError";
}

export function createRedisStore(options: RedisStoreOptions): RateLimitStore {
  const { client } = options;
  const prefix = options.prefix ?? "commerce-errors:rate-limit:";
  const ttl = options.ttlMs ?? 3_600_000;
  client.defineCommand("commerceErrorsReserve", { numberOfKeys: 1, lua: reserveScript });
  client.defineCommand("commerceErrorsLearn", { numberOfKeys: 1, lua: learnScript });
  const commands = client as unknown as Commands;
  const ready = () => {
    if (client.status !== "ready") throw new RedisUnavailableError(`Redis is ${client.status}`);
  };
  return {
    async reserve(key, cost, now) {
      ready();
      return Number(await commands.commerceErrorsReserve(prefix + key, cost, now, ttl, PROBE_MS, PROBE_POLL_MS, UNKNOWN_WINDOW_WAIT_MS));
    },
    async learn(key, update: BudgetUpdate, now) {
      ready();
      await commands.commerceErrorsLearn(
        prefix + key,
        now,
        ttl,
        arg(update.limit),
        arg(update.remaining),
        arg(update.rate),
        arg(update.windowMs),
        arg(update.resetMs),
        arg(update.refund),
        update.throttled ? "1" : "0",
        arg(update.waitMs),
      );
    },
  };
}
