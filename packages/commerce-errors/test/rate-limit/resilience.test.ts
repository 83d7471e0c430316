// Retries that cannot storm, and the circuit-breaker predicate with the real cockatiel and opossum:
// vendor-side and transport failures count, the caller's own 4xx do not.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ConsecutiveBreaker, CircuitState, circuitBreaker, handleWhen } from "cockatiel";
import ky from "ky";
import CircuitBreaker from "opossum";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  capRetryAfter,
  countsAsFailure,
  createRetryBudget,
  opossumErrorFilter,
  RetryAfterTooLongError,
} from "../../src/rate-limit/resilience.js";

let base = "";
const server = createServer((request, response) => {
  const status = Number(new URL(request.url ?? "/", "http://x").searchParams.get("status") ?? 200);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (status === 429) headers["retry-after"] = "120";
  response.writeHead(status, headers);
  response.end(
    status === 422
      ? JSON.stringify({
          status: 422,
          title: "Invalid field",
          type: "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
          errors: { name: "required" },
        })
      : "{}",
  );
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const kyError = (status: number) =>
  ky.get(`${base}/?status=${status}`, { retry: 0 }).then(
    () => undefined,
    (error: unknown) => error,
  );
const refused = () =>
  ky.get("http://127.0.0.1:1/", { retry: 0, timeout: 2000 }).then(
    () => undefined,
    (error: unknown) => error,
  );

describe("countsAsFailure", () => {
  test.each([
    [503, true],
    [500, true],
    [429, true],
    [422, false],
    [404, false],
    [409, false],
    [401, false],
  ])("HTTP %i -> %s", async (status, want) => {
    expect(countsAsFailure(await kyError(status))).toBe(want);
  });
  test("a refused connection counts", async () => {
    expect(countsAsFailure(await refused())).toBe(true);
  });
});

describe("cockatiel: handleWhen(countsAsFailure)", () => {
  test("caller-fault 422s leave the circuit closed; 503s open it", async () => {
    const breaker = circuitBreaker(handleWhen(countsAsFailure), { halfOpenAfter: 60_000, breaker: new ConsecutiveBreaker(3) });
    const call = (status: number) => breaker.execute(() => ky.get(`${base}/?status=${status}`, { retry: 0 }).text()).catch(() => undefined);
    for (let i = 0; i < 5; i++) await call(422);
    expect(breaker.state).toBe(CircuitState.Closed);
    for (let i = 0; i < 3; i++) await call(503);
    expect(breaker.state).toBe(CircuitState.Open);
  });
});

describe("opossum: errorFilter", () => {
  test("caller-fault 404s leave the circuit closed; a refused connection opens it", async () => {
    const breaker = new CircuitBreaker((url: string) => ky.get(url, { retry: 0, timeout: 2000 }).text(), {
      errorFilter: opossumErrorFilter,
      volumeThreshold: 1,
      errorThresholdPercentage: 10,
      resetTimeout: 60_000,
    });
    for (let i = 0; i < 4; i++) await breaker.fire(`${base}/?status=404`).catch(() => undefined);
    expect(breaker.opened).toBe(false);
    expect(breaker.stats.failures).toBe(0);
    await breaker.fire("http://127.0.0.1:1/").catch(() => undefined);
    expect(breaker.stats.failures).toBe(1);
    expect(breaker.opened).toBe(true);
    breaker.shutdown();
  });
});

describe("createRetryBudget (AWS SDK v3 standard strategy)", () => {
  test("retries cost tokens, a transport failure costs more, an empty bucket refuses, success gives back", async () => {
    const budget = createRetryBudget({ capacity: 12, retryCost: 5, transientRetryCost: 10 });
    const serverError = await kyError(503);
    expect(budget.tryAcquire(serverError)).toBe(true);
    expect(budget.available).toBe(7);
    expect(budget.tryAcquire(await refused())).toBe(false); // 10 > 7: no retry, nothing taken
    expect(budget.tryAcquire(serverError)).toBe(true);
    expect(budget.tryAcquire(serverError)).toBe(false);
    budget.recordSuccess();
    expect(budget.available).toBe(7);
  });
});

describe("capRetryAfter", () => {
  test("a wait within the cap is returned; beyond it the error surfaces with the wait asked for", async () => {
    const throttled = await kyError(429);
    expect(capRetryAfter(throttled, 180_000)).toBe(120_000);
    expect(() => capRetryAfter(throttled, 1000)).toThrow(RetryAfterTooLongError);
    try {
      capRetryAfter(throttled, 1000);
    } catch (error) {
      expect(error).toMatchObject({ retryAfterMs: 120_000, maxRetryAfterMs: 1000, cause: throttled });
    }
  });
});
