import { RandomStream } from "@qmckit/core";
import { discrepancy, geometricDiscrepancy } from "@qmckit/discrepancy";
import { discrepancyPool } from "@qmckit/discrepancy/parallel";
import type { BenchModule } from "../types.js";

/**
 * Discrepancy benchmarks against scipy.stats.qmc (`discrepancy(…, workers=1)`, `geometric_discrepancy`)
 * on uniform random points (the cost does not depend on the values). The worker-thread group times a
 * pool created in setup (worker start-up is outside the timed region, as it is for a reused pool).
 */
const N = 2 ** 12;
const D = 8;

function randomPoints(n: number, d: number, seed: number): Float64Array {
  return new RandomStream(seed).fillFloat64(new Float64Array(n * d));
}

const CD = `discrepancy CD n=2^12 d=${D}`;
const THREADS = `discrepancy CD n=2^12 d=${D} 2 threads`;
const MST = `geometricDiscrepancy mst n=2^12 d=${D}`;

function pooled(threads: number) {
  return () => {
    const x = randomPoints(N, D, 2);
    const pool = discrepancyPool({ threads });
    return () => pool.discrepancy(x, { dimension: D });
  };
}

export const bench: BenchModule = {
  cases: [
    {
      group: CD,
      impl: "qmckit",
      setup: () => {
        const x = randomPoints(N, D, 1);
        return () => discrepancy(x, { dimension: D });
      },
      throughput: { count: (N * (N - 1)) / 2, unit: "pairs" },
    },
    {
      group: CD,
      impl: "qmckit WD",
      setup: () => {
        const x = randomPoints(N, D, 1);
        return () => discrepancy(x, { method: "WD", dimension: D });
      },
    },
    { group: THREADS, impl: "qmckit", setup: pooled(2), throughput: { count: (N * (N - 1)) / 2, unit: "pairs" } },
    { group: THREADS, impl: "1 worker thread", setup: pooled(1) },
    {
      group: THREADS,
      impl: "inline (no worker)",
      setup: () => {
        const x = randomPoints(N, D, 2);
        return () => discrepancy(x, { dimension: D });
      },
    },
    {
      group: MST,
      impl: "qmckit",
      setup: () => {
        const x = randomPoints(N, D, 3);
        return () => geometricDiscrepancy(x, { method: "mst", dimension: D });
      },
    },
    {
      group: MST,
      impl: "qmckit mindist",
      setup: () => {
        const x = randomPoints(N, D, 3);
        return () => geometricDiscrepancy(x, { method: "mindist", dimension: D });
      },
    },
  ],
  peers: [
    { group: CD, impl: "scipy", op: "scipy.qmc.discrepancy.CD", args: { n: N, d: D, workers: 1 } },
    { group: CD, impl: "scipy WD", op: "scipy.qmc.discrepancy.WD", args: { n: N, d: D, workers: 1 } },
    { group: THREADS, impl: "scipy workers=2", op: "scipy.qmc.discrepancy.CD", args: { n: N, d: D, workers: 2 } },
    { group: MST, impl: "scipy", op: "scipy.qmc.geometric_discrepancy.mst", args: { n: N, d: D } },
  ],
  targets: [
    { group: CD, maxRatio: 0.5, against: "scipy" },
    { group: THREADS, maxRatio: 1 / 1.7, against: "1 worker thread" },
    { group: MST, maxRatio: 0.5, against: "scipy" },
  ],
};
