import { describe, expect, it } from "vitest";
import { latticePAlpha, spectralTest } from "../src/index.js";
import { expectRelative } from "./helpers.js";

/** Brute force: the shortest nonzero h in [−r, r]^d with h·z ≡ 0 (mod n), squared length. */
function bruteShortest(z: number[], n: number, r: number): number {
  const d = z.length;
  let best = Number.POSITIVE_INFINITY;
  const h = new Array<number>(d).fill(-r);
  for (;;) {
    let dot = 0;
    let sq = 0;
    for (let j = 0; j < d; j++) {
      dot += h[j] * z[j];
      sq += h[j] * h[j];
    }
    if (sq > 0 && ((dot % n) + n) % n === 0 && sq < best) best = sq;
    let j = 0;
    while (j < d && h[j] === r) h[j++] = -r;
    if (j === d) return best;
    h[j]++;
  }
}

/** P_α from the Bernoulli form, restated independently (α = 2: 1 + 2π² B_2, B_2(x) = x² − x + 1/6). */
function pTwo(z: number[], n: number): number {
  let sum = 0;
  for (let k = 0; k < n; k++) {
    let p = 1;
    for (const zj of z) {
      const x = ((k * zj) % n) / n;
      p *= 1 + 2 * Math.PI ** 2 * (x * x - x + 1 / 6);
    }
    sum += p;
  }
  return sum / n - 1;
}

describe("latticePAlpha", () => {
  it("is π²/(3n²) in one dimension (Σ_{h ≡ 0 mod n, h ≠ 0} h^{−2})", () => {
    // The Bernoulli form sums O(1) terms down to P: its error is a few ulps of 1, absolute.
    for (const n of [1, 2, 7, 64, 1000, 2 ** 16]) {
      const p = latticePAlpha([1], n);
      const exact = Math.PI ** 2 / (3 * n * n);
      if (!(Math.abs(p - exact) <= 1e-12 * exact + 4e-16)) expect.fail(`n=${n}: ${p} vs ${exact}`);
    }
  });
  it("equals the Bernoulli-polynomial sum for small lattices", () => {
    for (const [z, n] of [
      [[1, 55], 89],
      [[1, 3, 7], 31],
      [[1, 182667, 213731, 255351], 1024],
    ] as [number[], number][]) {
      expectRelative(latticePAlpha(z, n), pTwo(z, n), 1e-12, `${z} n=${n}`);
    }
  });
  it("decreases with α and rejects odd α", () => {
    expect(latticePAlpha([1, 55], 89, { alpha: 4 })).toBeLessThan(latticePAlpha([1, 55], 89));
    expect(() => latticePAlpha([1, 55], 89, { alpha: 3 as 2 })).toThrow(/alpha must be one of '2', '4', '6'; got "3"/);
  });
});

describe("spectralTest", () => {
  it("finds the shortest dual vector of small lattices, as a brute-force search does", () => {
    for (const [z, n] of [
      [[1, 55], 89],
      [[1, 34], 55],
      [[1, 7], 50],
      [[3, 5, 11], 37],
      [[1, 12, 19], 64],
      [[5, 1, 17, 9], 29],
    ] as [number[], number][]) {
      const r = spectralTest(z, n);
      const h = r.shortestVector;
      const dot = h.reduce((s, v, j) => s + v * z[j], 0);
      expect(((dot % n) + n) % n).toBe(0);
      expect(r.squaredLength).toBe(bruteShortest(z, n, Math.ceil(r.length) + 1));
      expect(r.squaredLength).toBe(h.reduce((s, v) => s + v * v, 0));
      expectRelative(r.hyperplaneDistance, 1 / r.length, 1e-15, "1/ℓ");
    }
  });
  it("normalizes by the Hermite bound: at most 1, and the Fibonacci lattices are close to it", () => {
    const fib = spectralTest([1, 55], 89);
    // ℓ² = 89 (h = ±(8, −5)), and ℓ / (γ_2^{1/2} √89) = (3/4)^{1/4}.
    expect(fib.squaredLength).toBe(89);
    expectRelative(fib.normalized as number, 0.75 ** 0.25, 1e-15, "normalized");
    expect(fib.normalized).not.toBeNull();
    expect(fib.normalized as number).toBeLessThanOrEqual(1);
    expect(fib.normalized as number).toBeGreaterThan(0.9);
    // z = (1, 1) puts every point on the diagonal: h = (1, −1), a very poor lattice.
    const diag = spectralTest([1, 1], 89);
    expect(diag.length).toBe(Math.SQRT2);
    expect(diag.normalized as number).toBeLessThan(0.2);
    expect(
      spectralTest(
        new Array(9).fill(1).map((_, j) => 2 * j + 1),
        101,
      ).normalized,
    ).toBeNull();
  });
  it("works for 2^20 points in 6 dimensions (the default-vector scale)", () => {
    const r = spectralTest([1, 182667, 213731, 255351, 96013, 116671], 2 ** 20);
    expect(r.normalized as number).toBeGreaterThan(0.3);
    expect(r.normalized as number).toBeLessThanOrEqual(1);
    const dot = r.shortestVector.reduce((s, v, j) => s + BigInt(v) * BigInt([1, 182667, 213731, 255351, 96013, 116671][j]), 0n);
    expect(dot % 2n ** 20n).toBe(0n);
  });
  it("rejects a vector with no component coprime with n, and bad sizes", () => {
    expect(() => spectralTest([2, 4], 8)).toThrow(/component coprime with n = 8/);
    expect(() => spectralTest([1, 2], 1)).toThrow(/n must be an integer in \[2, 4294967296\]; got 1/);
    expect(() => spectralTest(new Array(17).fill(1), 101)).toThrow(/generatingVector.length must be an integer in \[1, 16\]/);
  });
});
