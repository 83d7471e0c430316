// commerce-errors/rate-limit/redis: share a rate-limit budget across processes through Redis (ioredis v5,
// an optional peer dependency: only this entry needs it, and it takes the caller's client).
export { createRedisStore, type IoredisLike, RedisUnavailableError, type RedisStoreOptions } from "./redis-store.js";
