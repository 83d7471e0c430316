// Goal 1: ops/s of every implementation on every body, measured side by side with mitata.
// Method: one cell per implementation x body, each with its own
// compiled loop (so its call-site feedback is its own), warm-up first, batches calibrated per cell,
// then rounds in a new shuffled order each; a cell's value is the median over rounds, a ratio is the
// median of the per-round ratios. Every call's result is checked, so nothing can be optimised away.
// Within a round, the cells of one vendor and body (the ones a ratio compares) run back to back in
// shuffled order, and those groups run in shuffled order: on a shared, noisy machine the load
// drifts within seconds, and a ratio of two cells measured seconds apart would measure the drift.
import { measure } from "mitata";
import { type BodyName, bodies } from "./bodies.js";
import { type ImplementationId, loadImplementations } from "./implementations.js";
import { median, quantile, shuffle } from "./stats.js";
import type { Vendor } from "./vendors.js";

export interface ThroughputOptions {
  vendors: readonly Vendor[];
  rounds: number;
  /** Warm-up per cell, ms. */
  warmupMs: number;
  /** Measuring time per cell per round, ms. */
  cellMs: number;
  log?: (line: string) => void;
}

export interface CellResult {
  vendor: Vendor;
  implementation: ImplementationId;
  body: BodyName;
  /** Median ops/s over the rounds. */
  opsPerSecond: number;
  /** ops/s of each round, in round order. */
  rounds: number[];
}

export interface ThroughputResult {
  cells: CellResult[];
  /** Median per-round ratio of `implementation` to `baseline` (ops/s over ops/s), per vendor and body. */
  ratio(vendor: Vendor, body: BodyName, implementation: ImplementationId, baseline: ImplementationId): number | undefined;
  /** The interquartile range of the same per-round ratios. */
  spread(vendor: Vendor, body: BodyName, implementation: ImplementationId, baseline: ImplementationId): [number, number] | undefined;
}

interface Cell {
  vendor: Vendor;
  implementation: ImplementationId;
  body: BodyName;
  run: () => void;
  batch: number;
  nsPerOp: number[];
}

/**
 * A new Function per cell: V8 keeps call feedback per function literal, so closures made by one
 * factory would share (and pollute) it; this gives each cell its own, as mitata's own loops do.
 */
function compileCell(check: (value: unknown) => boolean, value: unknown, expected: boolean, label: string): () => void {
  const make = new Function(
    "check",
    "value",
    "expected",
    "label",
    `return function cell() { if (check(value) !== expected) throw new Error("wrong answer from " + label); };`,
  ) as (...args: unknown[]) => () => void;
  return make(check, value, expected, label);
}

async function nsPerOp(cell: Cell, cpuMs: number): Promise<number> {
  const stats = await measure(cell.run, {
    gc: false,
    batch_samples: cell.batch,
    batch_unroll: 4,
    min_samples: 5,
    min_cpu_time: cpuMs * 1e6,
    warmup_samples: 1,
  });
  return stats.p50;
}

export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const log = options.log ?? (() => {});
  const cells: Cell[] = [];
  for (const vendor of options.vendors) {
    const implementations = await loadImplementations(vendor);
    for (const body of bodies[vendor]) {
      const value = body.value(); // one parsed body per vendor and body, shared like a real response
      for (const implementation of implementations) {
        const label = `${implementation.id} on ${vendor}/${body.name}`;
        cells.push({
          vendor,
          implementation: implementation.id,
          body: body.name,
          run: compileCell(implementation.check, value, body.valid, label),
          batch: 4,
          nsPerOp: [],
        });
      }
    }
  }

  // Calibrate: a sample (one batch) should take about 1 ms, so timer resolution does not matter.
  log(`throughput: ${cells.length} cells, warm-up ${options.warmupMs} ms each`);
  for (const cell of shuffle(cells)) {
    cell.batch = 4;
    const estimate = await nsPerOp(cell, Math.min(5, options.warmupMs));
    cell.batch = Math.max(4, Math.min(1 << 16, Math.round(1e6 / Math.max(estimate, 1) / 4) * 4));
    await nsPerOp(cell, options.warmupMs);
  }

  const groups = new Map<string, Cell[]>();
  for (const cell of cells) groups.set(`${cell.vendor}/${cell.body}`, [...(groups.get(`${cell.vendor}/${cell.body}`) ?? []), cell]);
  for (let round = 0; round < options.rounds; round++) {
    const started = performance.now();
    for (const group of shuffle([...groups.values()])) {
      for (const cell of shuffle(group)) cell.nsPerOp.push(await nsPerOp(cell, options.cellMs));
    }
    log(`throughput: round ${round + 1}/${options.rounds} (${Math.round(performance.now() - started)} ms)`);
  }

  const byKey = new Map(cells.map((cell) => [`${cell.vendor}/${cell.body}/${cell.implementation}`, cell]));
  const perRound = (vendor: Vendor, body: BodyName, implementation: ImplementationId, baseline: ImplementationId) => {
    const a = byKey.get(`${vendor}/${body}/${implementation}`);
    const b = byKey.get(`${vendor}/${body}/${baseline}`);
    return a && b ? a.nsPerOp.map((ns, round) => b.nsPerOp[round]! / ns) : undefined;
  };
  return {
    cells: cells.map((cell) => {
      const rounds = cell.nsPerOp.map((ns) => 1e9 / ns);
      return { vendor: cell.vendor, implementation: cell.implementation, body: cell.body, opsPerSecond: median(rounds), rounds };
    }),
    ratio(vendor, body, implementation, baseline) {
      const ratios = perRound(vendor, body, implementation, baseline);
      return ratios && median(ratios);
    },
    spread(vendor, body, implementation, baseline) {
      const ratios = perRound(vendor, body, implementation, baseline);
      return ratios && [quantile(ratios, 0.25), quantile(ratios, 0.75)];
    },
  };
}
