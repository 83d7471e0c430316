// A local server that enforces two vendors' rate limits as they document them, for the rate-limiter
// tests and `pnpm bench`: Shopify's GraphQL Admin leaky bucket (points; THROTTLED at HTTP 200 with
// extensions.cost; https://shopify.dev/docs/api/usage/limits) and BigCommerce's quota per window
// (HTTP 429 with the X-Rate-Limit-* headers; https://developer.bigcommerce.com/docs/start/best-practices/api-rate-limits).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SimulatorOptions {
  /** Shopify: bucket size in points and points restored per second (documented: 1,000 and 50 on standard plans). */
  bucket?: { limit: number; restorePerSecond: number };
  /** BigCommerce: requests per window (e.g. 150 per 30 s). */
  quota?: { limit: number; windowMs: number };
  /** Added to every answer, like a network round trip. */
  latencyMs?: number;
}

export interface SimulatorStats {
  accepted: number;
  throttled: number;
  /** Points spent by accepted GraphQL queries. */
  points: number;
  startedAt: number;
  /** When each throttled answer went out, in ms since the start (or the last reset). */
  throttledAt: number[];
}

export interface VendorSimulator {
  url: string;
  stats(): SimulatorStats;
  /** Full bucket, new window, zero counts. */
  reset(): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of request) text += chunk;
  return text;
}

/** A query's requested cost as Shopify estimates a connection: 2 plus the page size (`variables.first`). */
function queryCost(body: string): number {
  try {
    const first = (JSON.parse(body) as { variables?: { first?: unknown } }).variables?.first;
    return 2 + (typeof first === "number" && first >= 0 ? first : 0);
  } catch {
    return 2;
  }
}

export async function startVendorSimulator(options: SimulatorOptions = {}): Promise<VendorSimulator> {
  const bucket = options.bucket ?? { limit: 1000, restorePerSecond: 50 };
  const quota = options.quota ?? { limit: 150, windowMs: 30_000 };
  let available = bucket.limit;
  let refilledAt = Date.now();
  let windowStart = 0;
  let used = 0;
  let stats: SimulatorStats = { accepted: 0, throttled: 0, points: 0, startedAt: Date.now(), throttledAt: [] };
  const throttle = () => {
    stats.throttled++;
    stats.throttledAt.push(Date.now() - stats.startedAt);
  };

  const graphql = (body: string) => {
    const now = Date.now();
    available = Math.min(bucket.limit, available + ((now - refilledAt) / 1000) * bucket.restorePerSecond);
    refilledAt = now;
    const cost = queryCost(body);
    const throttleStatus = () => ({
      maximumAvailable: bucket.limit,
      currentlyAvailable: Math.floor(available),
      restoreRate: bucket.restorePerSecond,
    });
    if (available < cost) {
      throttle();
      return {
        errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" } }],
        extensions: { cost: { requestedQueryCost: cost, actualQueryCost: null, throttleStatus: throttleStatus() } },
      };
    }
    available -= cost;
    stats.accepted++;
    stats.points += cost;
    return {
      data: { products: { edges: [] } },
      extensions: { cost: { requestedQueryCost: cost, actualQueryCost: cost, throttleStatus: throttleStatus() } },
    };
  };

  const rest = (): { status: number; headers: Record<string, string> } => {
    const now = Date.now();
    if (windowStart === 0 || now >= windowStart + quota.windowMs) {
      windowStart = now;
      used = 0;
    }
    const resetMs = windowStart + quota.windowMs - now;
    const headers = {
      "X-Rate-Limit-Requests-Quota": String(quota.limit),
      "X-Rate-Limit-Time-Window-Ms": String(quota.windowMs),
      "X-Rate-Limit-Time-Reset-Ms": String(resetMs),
    };
    if (used >= quota.limit) {
      throttle();
      return { status: 429, headers: { ...headers, "X-Rate-Limit-Requests-Left": "0" } };
    }
    used++;
    stats.accepted++;
    return { status: 200, headers: { ...headers, "X-Rate-Limit-Requests-Left": String(quota.limit - used) } };
  };

  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (request.url?.includes("graphql")) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(graphql(body)));
      return;
    }
    const { status, headers } = rest();
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(status === 429 ? "" : JSON.stringify({ data: [] }));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () => ({ ...stats, throttledAt: [...stats.throttledAt] }),
    reset() {
      available = bucket.limit;
      refilledAt = Date.now();
      windowStart = 0;
      used = 0;
      stats = { accepted: 0, throttled: 0, points: 0, startedAt: Date.now(), throttledAt: [] };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
