import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { discrepancy } from "../src/index.js";
import { expectRelative } from "./helpers.js";

/**
 * scipy's CD formula, c − (2/n) Σ g(x_i) + (1/n²) Σ_{i,j} K(x_i, x_j), summed naively over all n² pairs.
 * With coordinates on the grid k/16 every factor is a multiple of 2^-9, every product over d = 3 or 5
 * coordinates a multiple of 2^-45 below 2^3, so the sums of K and g are exact in double precision and
 * only the last three operations round: an exact reference up to a few ulps of c.
 */
function naiveCD(x: Float64Array, n: number, d: number): number {
  let sumK = 0;
  let sumG = 0;
  for (let i = 0; i < n; i++) {
    let gi = 1;
    for (let k = 0; k < d; k++) {
      const u = Math.abs(x[i * d + k] - 0.5);
      gi *= 1 + 0.5 * u - 0.5 * u * u;
    }
    sumG += gi;
    for (let j = 0; j < n; j++) {
      let p = 1;
      for (let k = 0; k < d; k++) {
        const a = x[i * d + k];
        const b = x[j * d + k];
        p *= 1 + 0.5 * Math.abs(a - 0.5) + 0.5 * Math.abs(b - 0.5) - 0.5 * Math.abs(a - b);
      }
      sumK += p;
    }
  }
  return (13 / 12) ** d - (2 / n) * sumG + sumK / (n * n);
}

/** n points with coordinates k/16, k = 0 … 16 (so ½, 0 and 1 occur, and repeated points). */
function gridPoints(n: number, d: number, seed: number): Float64Array {
  const rng = new RandomStream(seed);
  const x = new Float64Array(n * d);
  for (let i = 0; i < x.length; i++) x[i] = Math.floor(rng.nextFloat64() * 17) / 16;
  return x;
}

describe("CD with the points grouped by the sides of ½ (n ≥ 128)", () => {
  // n = 512, d = 3: all three coordinates grouped (8 groups); n = 300, d = 5: two of five;
  // n = 1000, d = 1: two groups of ~500 rows (several blocks each).
  for (const [n, d] of [
    [512, 3],
    [300, 5],
    [1000, 1],
  ] as const) {
    it(`equals the exact pairwise sum on a dyadic grid with coordinates at ½, 0 and 1 (n = ${n}, d = ${d})`, () => {
      const x = gridPoints(n, d, 7 + d);
      const exact = naiveCD(x, n, d);
      // The reference rounds relative to c = (13/12)^d ≈ 1.3, the discrepancy is ~1e-3: 1e-12 relative
      // to it is ~1e-15 absolute, a few ulps of c.
      expectRelative(discrepancy(x, { dimension: d }), exact, 1e-12, `n=${n} d=${d}`);
    });
  }

  it("does not depend on the order of the points (beyond rounding)", () => {
    const n = 500;
    const d = 4;
    const x = new RandomStream(3).fillFloat64(new Float64Array(n * d));
    const reversed = new Float64Array(n * d);
    for (let i = 0; i < n; i++) reversed.set(x.subarray((n - 1 - i) * d, (n - i) * d), i * d);
    const a = discrepancy(x, { dimension: d });
    const b = discrepancy(reversed, { dimension: d });
    expect(Math.abs(a - b) / a).toBeLessThan(1e-13);
  });
});
