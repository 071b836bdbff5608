import { PointSet } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { DISCREPANCY_METHODS, discrepancy } from "../src/index.js";
import { fixture, poolPoints } from "./fixture.js";
import { expectRelative } from "./helpers.js";

const SCIPY_METHODS = ["CD", "WD", "MD", "L2-star"] as const;

describe("discrepancy against exact values and scipy (fixture: scripts/discrepancy-fixture.py)", () => {
  it("covers random, Sobol' and Halton sets for every n in {1, 2, 17, 1000} and d in {1, 2, 5, 20}", () => {
    for (const pool of ["random", "sobol", "halton"]) {
      for (const n of [1, 2, 17, 1000]) {
        for (const d of [1, 2, 5, 20]) {
          expect(fixture.cases.some((c) => c.pool === pool && c.n === n && c.d === d)).toBe(true);
        }
      }
    }
  });

  for (const c of fixture.cases) {
    it(`${c.pool} n=${c.n} d=${c.d}: every method within 1e-12 relative of the exact value`, () => {
      const x = poolPoints(c.pool, c.n, c.d);
      for (const method of DISCREPANCY_METHODS) {
        expectRelative(discrepancy(x, { method, dimension: c.d }), c.exact[method], 1e-12, `${method} vs exact`);
      }
    });
    it(`${c.pool} n=${c.n} d=${c.d}: equals scipy to 1e-12 relative beyond scipy's own rounding error`, () => {
      const x = poolPoints(c.pool, c.n, c.d);
      for (const method of SCIPY_METHODS) {
        const ours = discrepancy(x, { method, dimension: c.d });
        const scipy = c.scipy[method];
        // scipy evaluates c − (2/n)Σg + (1/n²)ΣK, which cancels: its distance to the exact value is
        // its own error, which no other evaluation order can reproduce.
        const scipyError = Math.abs(scipy - c.exact[method]);
        const diff = Math.abs(ours - scipy);
        if (!(diff <= 1e-12 * Math.abs(scipy) + scipyError)) {
          expect.fail(`${method}: ours ${ours}, scipy ${scipy}, exact ${c.exact[method]}`);
        }
      }
      const iterative = discrepancy(x, { dimension: c.d, iterative: true });
      expectRelative(iterative, c.scipy["CD-iterative"], 1e-9, "CD iterative");
    });
  }

  it("scipy's docstring example (a 6-point Latin hypercube): 0.008142039609053464", () => {
    const space = [
      [1, 3],
      [2, 6],
      [3, 2],
      [4, 5],
      [5, 1],
      [6, 4],
    ].map((r) => r.map((v) => (v - 0.5) / 6));
    expectRelative(discrepancy(space), 0.008142039609053464, 1e-13, "CD");
    expectRelative(discrepancy(space.slice(0, 5), { iterative: true }), 0.04769081147119336, 1e-13, "iterative");
  });

  it("gives the same value for a PointSet, a flat Float64Array and number[][]", () => {
    const flat = poolPoints("halton", 17, 5);
    const rows = new PointSet(flat, 1, 17, 5).toRows();
    for (const method of DISCREPANCY_METHODS) {
      const a = discrepancy(flat, { method, dimension: 5 });
      expect(discrepancy(new PointSet(flat, 1, 17, 5), { method })).toBe(a);
      expect(discrepancy(rows, { method })).toBe(a);
    }
  });

  it("one point at the centre: CD² = (13/12)^d − 2 + 1 for d = 1 (exact dyadic arithmetic)", () => {
    // n = 1, x = ½: g = 1, K(x, x) = 1, c = 13/12 → CD² = 13/12 − 2 + 1 = 1/12.
    expectRelative(discrepancy([[0.5]]), 1 / 12, 1e-15, "CD");
    // WD of any single point in d = 1: −4/3 + 3/2 = 1/6.
    expectRelative(discrepancy([[0.3]], { method: "WD" }), 1 / 6, 1e-15, "WD");
  });
});
