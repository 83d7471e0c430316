// Runs a retrying call on fake timers (setTimeout and Date only; network I/O stays real), jumping
// over each wait as soon as it is scheduled, and reports how much fake time passed.
import { vi } from "vitest";

/** A whole second, so HTTP dates (second resolution) are exact. */
export const clockStart = Date.UTC(2026, 0, 5, 12, 0, 0);

/**
 * Node's fetch (undici) keeps its own housekeeping timers (a 499 ms tick for socket timeouts).
 * They stay on real time, so the fake clock only moves for the waits the code under test schedules.
 */
function keepUndiciOnRealTime(realSetTimeout: typeof setTimeout, realClearTimeout: typeof clearTimeout): () => void {
  const fakeSetTimeout = globalThis.setTimeout;
  const fakeClearTimeout = globalThis.clearTimeout;
  const realHandles = new WeakSet<object>();
  globalThis.setTimeout = ((callback: () => void, ms?: number, ...args: unknown[]) => {
    if (/undici/.test(new Error().stack ?? "")) {
      const handle = realSetTimeout(callback, ms, ...args);
      realHandles.add(handle as unknown as object);
      return handle;
    }
    return fakeSetTimeout(callback, ms, ...args);
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((handle: Parameters<typeof clearTimeout>[0]) =>
    typeof handle === "object" && handle !== null && realHandles.has(handle)
      ? realClearTimeout(handle)
      : fakeClearTimeout(handle)) as typeof clearTimeout;
  return () => {
    globalThis.setTimeout = fakeSetTimeout;
    globalThis.clearTimeout = fakeClearTimeout;
  };
}

export async function onFakeClock<T>(run: () => Promise<T>): Promise<{ outcome: PromiseSettledResult<T>; elapsedMs: number }> {
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: clockStart });
  const restore = keepUndiciOnRealTime(realSetTimeout, realClearTimeout);
  try {
    let settled = false;
    const outcome = run().then(
      (value): PromiseSettledResult<T> => ({ status: "fulfilled", value }),
      (reason: unknown): PromiseSettledResult<T> => ({ status: "rejected", reason }),
    );
    void outcome.finally(() => {
      settled = true;
    });
    while (!settled) {
      // setImmediate is not faked: it lets sockets make progress between jumps.
      await new Promise((resolve) => setImmediate(resolve));
      if (!settled && vi.getTimerCount() > 0) await vi.advanceTimersToNextTimerAsync();
    }
    return { outcome: await outcome, elapsedMs: Date.now() - clockStart };
  } finally {
    restore();
    vi.useRealTimers();
  }
}
