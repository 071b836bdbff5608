import { describe, expect, it } from "vitest";
import { gaussianMarginal, solveLloydMax, sphereMarginal } from "../../src/index.js";
import { close, fixture, type ReferenceCodebooks, type ScipyReference } from "../fixtures.js";

const reference = fixture<ReferenceCodebooks>("lloyd-max-codebooks.json");
const scipy = fixture<ScipyReference>("scipyReference.json");

describe("solveLloydMax", () => {
  it("reproduces the reference N(0,1) codebooks for bits 1..4 (centroids 1e-12, MSE 1e-12 relative)", () => {
    for (let bits = 1; bits <= 4; bits++) {
      const ref = reference.gaussian[String(bits)];
      const got = solveLloydMax(gaussianMarginal, bits);
      got.centroids.forEach((c, i) => {
        expect(close(c, ref.centroids[i], 1e-12), `bits ${bits} c[${i}]`).toBe(true);
      });
      got.thresholds.forEach((t, i) => {
        expect(close(t, ref.thresholds[i], 1e-12), `bits ${bits} t[${i}]`).toBe(true);
      });
      expect(close(got.mse, ref.mse, 1e-12)).toBe(true);
    }
  });

  it("agrees with an independent scipy solve of N(0,1) for bits 5..8 (centroids 1e-10, MSE 1e-9 relative)", () => {
    for (let bits = 5; bits <= 8; bits++) {
      const ref = scipy.gaussian[String(bits)];
      const got = solveLloydMax(gaussianMarginal, bits);
      const positive = got.centroids.subarray(got.centroids.length / 2);
      ref.positiveCentroids.forEach((c, i) => {
        expect(close(positive[i], c, 1e-10), `bits ${bits} c[${i}]`).toBe(true);
      });
      expect(Math.abs(got.mse - ref.mse) / ref.mse).toBeLessThan(1e-9);
    }
  });

  it("reproduces the reference exact sphere codebooks at d = 64, 128, 256, 1024 for bits 1..4", () => {
    // The reference solver stopped at 2·10^5 plain Lloyd steps for some entries (its "iters"), so its
    // last digits are not converged: compare to 2e-8 (MSE to 2e-9 relative).
    for (const d of [64, 128, 256, 1024]) {
      for (let bits = 1; bits <= 4; bits++) {
        const ref = reference[`sphere_d${d}`][String(bits)];
        const got = solveLloydMax(sphereMarginal(d), bits);
        got.centroids.forEach((c, i) => {
          expect(close(c, ref.centroids[i], 2e-8), `d ${d} bits ${bits} c[${i}]`).toBe(true);
        });
        expect(Math.abs(got.mse - ref.mse) / ref.mse, `d ${d} bits ${bits} mse`).toBeLessThan(2e-9);
      }
    }
  });

  it("agrees with a scipy quadrature solve of the sphere marginal at (16, 3), (64, 5), (768, 3), (128, 6)", () => {
    for (const ref of scipy.sphere) {
      const got = solveLloydMax(sphereMarginal(ref.d), ref.bits);
      const positive = got.centroids.subarray(got.centroids.length / 2);
      ref.positiveCentroids.forEach((c, i) => {
        expect(close(positive[i], c, 1e-9), `d ${ref.d} c[${i}]`).toBe(true);
      });
      expect(Math.abs(got.mse - ref.mse) / ref.mse).toBeLessThan(1e-9);
    }
  });

  it("gives the uniform quantizer at d = 3 (uniform marginal on [−√3, √3]): MSE exactly 4^−bits", () => {
    for (let bits = 1; bits <= 8; bits++) {
      const got = solveLloydMax(sphereMarginal(3), bits);
      const levels = 2 ** bits;
      // Centroid error ≈ residual × cond(I − J), and the Lloyd map of a uniform law has cond ~ 4^bits.
      got.centroids.forEach((c, k) => {
        expect(Math.abs(c - (Math.sqrt(3) * (2 * k + 1 - levels)) / levels)).toBeLessThan(1e-14 * 4 ** bits);
      });
      // An absolute 1e-14: the rounding of the total second moment (incomplete beta) shifts every MSE alike.
      expect(Math.abs(got.mse - 4 ** -bits)).toBeLessThan(2e-14);
    }
  });

  it("gives the closed forms at 1 bit: ±√(2/π), MSE 1 − 2/π (Gaussian); ±2√2/π, MSE 1 − 8/π² (d = 2)", () => {
    const g = solveLloydMax(gaussianMarginal, 1);
    expect(Math.abs(g.centroids[1] - Math.sqrt(2 / Math.PI))).toBeLessThan(1e-15);
    expect(Math.abs(g.mse - (1 - 2 / Math.PI))).toBeLessThan(1e-15);
    const s = solveLloydMax(sphereMarginal(2), 1);
    expect(Math.abs(s.centroids[1] - (2 * Math.SQRT2) / Math.PI)).toBeLessThan(5e-14);
    expect(Math.abs(s.mse - (1 - 8 / Math.PI ** 2))).toBeLessThan(5e-14);
  });

  it("returns a symmetric codebook with midpoint thresholds and a small centroid-condition residual", () => {
    for (const bits of [2, 5, 8]) {
      const s = solveLloydMax(sphereMarginal(256), bits);
      const n = s.centroids.length;
      for (let i = 0; i < n; i++) expect(s.centroids[i]).toBe(-s.centroids[n - 1 - i]);
      for (let i = 0; i < n - 1; i++)
        expect(s.thresholds[i]).toBe(i === n / 2 - 1 ? 0 : (s.centroids[i] + s.centroids[i + 1]) / 2);
      expect(s.residual).toBeLessThan(1e-11);
    }
  });

  it("rejects bits outside 1..8", () => {
    for (const bits of [0, 9, 2.5])
      expect(() => solveLloydMax(gaussianMarginal, bits)).toThrow(/^bits must be an integer in \[1, 8\]/);
  });
});
