import { PointSet } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { DISCREPANCY_METHODS, type DiscrepancyMethod, discrepancy } from "../src/index.js";
import { fixture, poolPoints } from "./fixture.js";
import { expectRelative } from "./helpers.js";

const SCIPY_METHODS = ["CD", "WD", "MD", "L2-star"] as const;

/** The squared discrepancy (L2-star is returned as a root, the others squared). */
function squared(method: DiscrepancyMethod, v: number): number {
  return method === "L2-star" ? v * v : v;
}

/**
 * The magnitude of the terms of D² = c − (2/n) Σ g(x_i) + (1/n²) Σ K(x_i, x_j), all three positive:
 * S = c + 2ḡ + mean K = D² + 4ḡ. Rounding in double precision is relative to S, not to D², which
 * is smaller by up to 1e6 for n = 1000 in low dimension (the formula cancels).
 */
function termScale(x: Float64Array, n: number, d: number, method: DiscrepancyMethod, exactSquared: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let p = 1;
    for (let k = 0; k < d; k++) {
      const v = x[i * d + k];
      const u = Math.abs(v - 0.5);
      if (method === "CD") p *= 1 + 0.5 * u - 0.5 * u * u;
      else if (method === "WD") p *= 4 / 3;
      else if (method === "MD") p *= 5 / 3 - 0.25 * u - 0.25 * u * u;
      else if (method === "L2-star") p *= 0.5 * (1 - v * v);
      else p *= 1 + 2 * v - 2 * v * v;
    }
    sum += p;
  }
  return exactSquared + (4 * sum) / n;
}

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
    it(`${c.pool} n=${c.n} d=${c.d}: every method within 1e-12 relative (or 16 ulps of its terms) of the exact value`, () => {
      const x = poolPoints(c.pool, c.n, c.d);
      for (const method of DISCREPANCY_METHODS) {
        const ours = squared(method, discrepancy(x, { method, dimension: c.d }));
        const exact = squared(method, c.exact[method]);
        const tol = 1e-12 * Math.abs(exact) + 16 * Number.EPSILON * termScale(x, c.n, c.d, method, exact);
        if (!(Math.abs(ours - exact) <= tol)) expect.fail(`${method}: ours ${ours}, exact ${exact}, tolerance ${tol}`);
      }
    });
    it(`${c.pool} n=${c.n} d=${c.d}: equals scipy to 1e-12 relative beyond scipy's own rounding error`, () => {
      const x = poolPoints(c.pool, c.n, c.d);
      for (const method of SCIPY_METHODS) {
        const ours = squared(method, discrepancy(x, { method, dimension: c.d }));
        const scipy = squared(method, c.scipy[method]);
        const exact = squared(method, c.exact[method]);
        // scipy's distance to the exact value is its own rounding error (up to ~300 ulps of the terms
        // here), which no other evaluation order reproduces; ours is bounded by the test above.
        const ulps = 16 * Number.EPSILON * termScale(x, c.n, c.d, method, exact);
        const tol = 1e-12 * Math.abs(scipy) + Math.abs(scipy - exact) + ulps;
        if (!(Math.abs(ours - scipy) <= tol)) expect.fail(`${method}: ours ${ours}, scipy ${scipy}, exact ${exact}`);
        // Where scipy is accurate (well-conditioned cases), that is plain 1e-12 relative agreement.
        if (Math.abs(scipy - exact) <= 1e-13 * Math.abs(exact)) expectRelative(ours, scipy, 1e-12, `${method} vs scipy`);
      }
      const iterative = discrepancy(x, { dimension: c.d, iterative: true });
      const scale = termScale(x, c.n, c.d, "CD", c.exact.CD);
      const tol = 1e-12 * Math.abs(c.scipy["CD-iterative"]) + 1024 * Number.EPSILON * scale;
      if (!(Math.abs(iterative - c.scipy["CD-iterative"]) <= tol)) {
        expect.fail(`CD iterative: ours ${iterative}, scipy ${c.scipy["CD-iterative"]}`);
      }
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
