import { describe, expect, it } from "vitest";
import { geometricDiscrepancy } from "../src/index.js";
import { fixture, poolPoints } from "./fixture.js";
import { expectRelative } from "./helpers.js";

describe("geometricDiscrepancy against scipy (fixture: scripts/discrepancy-fixture.py)", () => {
  it("covers both methods and the three metrics on random, Sobol', Halton and boundary sets", () => {
    for (const method of ["mindist", "mst"]) {
      for (const metric of ["euclidean", "chebyshev", "cityblock"]) {
        for (const pool of ["random", "sobol", "halton", "edges"]) {
          expect(fixture.geometric.some((g) => g.method === method && g.metric === metric && g.pool === pool)).toBe(true);
        }
      }
    }
  });
  for (const g of fixture.geometric) {
    it(`${g.pool} n=${g.n} d=${g.d} ${g.method} ${g.metric}`, () => {
      const x = poolPoints(g.pool, g.n, g.d);
      // mindist is one distance, computed as scipy does (bit-identical in practice); the tree mean sums
      // n − 1 lengths in another order than numpy's pairwise mean.
      const tol = g.method === "mindist" ? 1e-15 : 1e-13;
      expectRelative(geometricDiscrepancy(x, { method: g.method, metric: g.metric, dimension: g.d }), g.scipy, tol, "");
    });
  }
});

describe("geometricDiscrepancy: definitions and errors", () => {
  it("three points: nearest pair and a two-edge tree (exact)", () => {
    const x = [
      [0, 0],
      [0.5, 0.5],
      [1, 0],
    ];
    expect(geometricDiscrepancy(x)).toBe(Math.sqrt(0.5));
    expect(geometricDiscrepancy(x, { method: "mst" })).toBe(Math.sqrt(0.5));
    expect(geometricDiscrepancy(x, { metric: "cityblock" })).toBe(1);
    expect(geometricDiscrepancy(x, { method: "mst", metric: "chebyshev" })).toBe(0.5);
  });
  it("skips zero distances, as scipy: duplicates hang from their nearest distinct point", () => {
    const x = [[0.25], [0.25], [0.75]];
    expect(geometricDiscrepancy(x)).toBe(0.5);
    expect(geometricDiscrepancy(x, { method: "mst" })).toBe(0.5);
  });
  it("rejects fewer than two points, all-equal points, unknown methods and metrics", () => {
    expect(() => geometricDiscrepancy([[0.5, 0.5]])).toThrow(/points must hold at least 2 points; got 1/);
    expect(() => geometricDiscrepancy([[0.5], [0.5]])).toThrow(/at least two distinct points/);
    expect(() => geometricDiscrepancy([[0.5], [0.2]], { method: "max" as "mst" })).toThrow(
      "method must be one of 'mindist', 'mst'; got \"max\"",
    );
    expect(() => geometricDiscrepancy([[0.5], [0.2]], { metric: "cosine" as "euclidean" })).toThrow(
      "metric must be one of 'euclidean', 'chebyshev', 'cityblock'; got \"cosine\"",
    );
    expect(() => geometricDiscrepancy([[0.5], [1.2]])).toThrow(/points must lie in \[0, 1\]\^d/);
  });
});
