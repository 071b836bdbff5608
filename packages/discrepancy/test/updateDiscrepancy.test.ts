import { describe, expect, it } from "vitest";
import { discrepancy, updateDiscrepancy } from "../src/index.js";
import { fixture, poolPoints } from "./fixture.js";
import { expectRelative } from "./helpers.js";

describe("updateDiscrepancy", () => {
  for (const u of fixture.update) {
    it(`${u.pool} n=${u.n} d=${u.d}: equals the recomputed CD of n + 1 points and scipy's update`, () => {
      const x = poolPoints(u.pool, u.n, u.d);
      const xNew = poolPoints(u.pool, u.newRow + 1, u.d).subarray(u.newRow * u.d);
      const init = discrepancy(x, { dimension: u.d, iterative: true });
      const updated = updateDiscrepancy(xNew, x, init);
      const all = new Float64Array((u.n + 1) * u.d);
      all.set(x);
      all.set(xNew, u.n * u.d);
      const recomputed = discrepancy(all, { dimension: u.d });
      // The update adds O(1) terms to an O(1) initial value: its error is a few ulps of (13/12)^d
      // (the same in scipy), relative to a CD that can be 1e-7.
      const scale = (13 / 12) ** u.d;
      const tol = 1e-12 * recomputed + 64 * Number.EPSILON * scale;
      if (!(Math.abs(updated - recomputed) <= tol)) expect.fail(`updated ${updated}, recomputed ${recomputed}`);
      // scipy's own iterative initial value carries up to ~300 ulps of its terms (≈ 4 (13/12)^d).
      if (!(Math.abs(updated - u.scipy) <= 1e-12 * u.scipy + 2048 * Number.EPSILON * scale)) {
        expect.fail(`updated ${updated}, scipy ${u.scipy}`);
      }
    });
  }
  it("reproduces scipy's docstring example: 0.008142039609053513", () => {
    const space = [
      [1, 3],
      [2, 6],
      [3, 2],
      [4, 5],
      [5, 1],
      [6, 4],
    ].map((r) => r.map((v) => (v - 0.5) / 6));
    const init = discrepancy(space.slice(0, 5), { iterative: true });
    expectRelative(updateDiscrepancy(space[5], space.slice(0, 5), init), 0.008142039609053513, 1e-13, "");
  });
  it("rejects a point of another dimension, out of range, and a non-finite initial value", () => {
    const x = [
      [0.1, 0.2],
      [0.3, 0.4],
    ];
    expect(() => updateDiscrepancy([0.5], x, 0.1)).toThrow(/xNew.length must equal the dimension 2 of points; got 1/);
    expect(() => updateDiscrepancy([0.5, 1.5], x, 0.1)).toThrow(/xNew must lie in \[0, 1\]\^d; coordinate 1 is 1.5/);
    expect(() => updateDiscrepancy([0.5, 0.5], x, Number.NaN)).toThrow(/initial must be a finite number/);
    expect(() => updateDiscrepancy([0.5, 0.5], [[0.1, Number.NaN]], 0.1)).toThrow(/points must lie in \[0, 1\]\^d/);
  });
});
