import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { DISCREPANCY_METHODS, discrepancy } from "../src/index.js";
import { discrepancyParallel, discrepancyPool } from "../src/parallel.js";

describe("discrepancyPool / discrepancyParallel (worker threads)", () => {
  it("gives the single-thread value bit for bit with 1, 2 and 3 threads, for every method", async () => {
    const n = 1003; // not a multiple of the 4-row tile; CD grouped into 2^3 groups
    const d = 6;
    const x = new RandomStream(42).fillFloat64(new Float64Array(n * d));
    const pools = [1, 2, 3].map((threads) => discrepancyPool({ threads }));
    try {
      for (const method of DISCREPANCY_METHODS) {
        const single = discrepancy(x, { method, dimension: d });
        for (const pool of pools) expect(await pool.discrepancy(x, { method, dimension: d })).toBe(single);
      }
      expect(await pools[1].discrepancy(x, { dimension: d, iterative: true })).toBe(
        discrepancy(x, { dimension: d, iterative: true }),
      );
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  }, 60_000);

  it("gives the single-thread CD bit for bit when the points are grouped (d = 1, 2, 9; groups of many blocks)", async () => {
    const n = 2500;
    const pool = discrepancyPool({ threads: 2 });
    try {
      for (const d of [1, 2, 9]) {
        const x = new RandomStream(d).fillFloat64(new Float64Array(n * d));
        expect(await pool.discrepancy(x, { dimension: d })).toBe(discrepancy(x, { dimension: d }));
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("discrepancyParallel starts and closes its own pool; errors reject", async () => {
    const x = [
      [0.1, 0.2],
      [0.7, 0.9],
      [0.4, 0.5],
    ];
    expect(await discrepancyParallel(x, { method: "WD", threads: 2 })).toBe(discrepancy(x, { method: "WD" }));
    await expect(discrepancyParallel([[2]], { threads: 1 })).rejects.toThrow(/points must lie in \[0, 1\]\^d/);
    expect(() => discrepancyPool({ threads: 0 })).toThrow(/threads must be an integer in \[1, 1024\]; got 0/);
  }, 60_000);
});
