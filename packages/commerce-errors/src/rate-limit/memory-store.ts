// The default store: budgets in this process's memory, one per key.
import { type Budget, type BudgetUpdate, emptyBudget, learn, reserve } from "./budget.js";

/** Where budgets live. A store shared by several processes (commerce-errors/rate-limit/redis) paces them together. */
export interface RateLimitStore {
  /** 0: go (the units are taken); otherwise wait this many ms and ask again. */
  reserve(key: string, cost: number, now: number): number | Promise<number>;
  learn(key: string, update: BudgetUpdate, now: number): void | Promise<void>;
}

export class MemoryStore implements RateLimitStore {
  readonly #budgets = new Map<string, Budget>();

  #budget(key: string): Budget {
    const known = this.#budgets.get(key);
    if (known) return known;
    const budget = emptyBudget();
    this.#budgets.set(key, budget);
    return budget;
  }

  reserve(key: string, cost: number, now: number): number {
    return reserve(this.#budget(key), cost, now);
  }

  learn(key: string, update: BudgetUpdate, now: number): void {
    learn(this.#budget(key), update, now);
  }
}

export function createMemoryStore(): RateLimitStore {
  return new MemoryStore();
}
