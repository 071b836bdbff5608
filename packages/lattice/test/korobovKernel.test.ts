import { describe, expect, it } from "vitest";
import { korobovKernel } from "../src/index.js";
import reference from "./fixtures/qmcpy-reference.json" with { type: "json" };
import fixture from "./fixtures/worst-case-errors.json" with { type: "json" };

const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("korobovKernel", () => {
  it("matches mpmath's (2π)^{2α}/(2α)!·(−1)^{α+1}·B_{2α}(x) to 4 ulps of ω(0) (fixture script)", () => {
    for (const { alpha, x, value } of fixture.kernelValues) {
      const scale = korobovKernel(0, alpha as 1 | 2 | 3);
      expect(Math.abs(korobovKernel(x, alpha as 1 | 2 | 3) - value), `α=${alpha} x=${x}`).toBeLessThan(4 * 2 ** -52 * scale);
    }
  });

  it("matches QMCPy's shift-invariant kernel K̃_α at δ = 0, 0.25, 0.5, 0.9 within 1e−10", () => {
    // QMCPy evaluates the constant as exp(2α·log 2π − lgamma(2α+1)), which carries errors up to 6e−11
    // (checked against mpmath), hence the looser tolerance than the test above.
    const deltas = [0, 0.25, 0.5, 0.9];
    for (const alpha of [1, 2, 3] as const) {
      const expected = (reference as Record<string, unknown>)[`SI_ktilde_alpha${alpha}_delta_0_0.25_0.5_0.9`] as number[];
      deltas.forEach((x, i) => {
        expect(Math.abs(korobovKernel(x, alpha) - expected[i])).toBeLessThan(1e-10);
      });
    }
  });

  it("ω_α(0) = 2ζ(2α): π²/3, π⁴/45, 2π⁶/945", () => {
    expect(relativeError(korobovKernel(0, 1), Math.PI ** 2 / 3)).toBeLessThan(1e-15);
    expect(relativeError(korobovKernel(0, 2), Math.PI ** 4 / 45)).toBeLessThan(1e-15);
    expect(relativeError(korobovKernel(0, 3), (2 * Math.PI ** 6) / 945)).toBeLessThan(1e-15);
  });

  it("equals its Fourier series Σ_{h≠0} |h|^{−2α} e^{2πihx} (α = 2, 3; 4000 terms, tail < 1e−11)", () => {
    for (const alpha of [2, 3] as const) {
      for (const x of [0.1, 0.3, 0.5, 0.77]) {
        let series = 0;
        for (let h = 4000; h >= 1; h--) series += (2 * Math.cos(2 * Math.PI * h * x)) / h ** (2 * alpha);
        expect(Math.abs(korobovKernel(x, alpha) - series)).toBeLessThan(1e-11);
      }
    }
  });

  it("is 1-periodic and even: ω(x) = ω(x + 3) = ω(1 − x) = ω(−x)", () => {
    for (const alpha of [1, 2, 3] as const) {
      for (const x of [0.125, 0.375, 0.6]) {
        const w = korobovKernel(x, alpha);
        expect(korobovKernel(x + 3, alpha)).toBeCloseTo(w, 12);
        expect(korobovKernel(1 - x, alpha)).toBe(w);
        expect(korobovKernel(-x, alpha)).toBeCloseTo(w, 12);
      }
    }
  });

  it("sums over an N-point grid to 2ζ(2α)·N^{1−2α} (only the multiples of N survive in the Fourier sum)", () => {
    const zeta2 = [0, Math.PI ** 2 / 3, Math.PI ** 4 / 45, (2 * Math.PI ** 6) / 945];
    for (const alpha of [1, 2, 3] as const) {
      const N = 16;
      let sum = 0;
      for (let k = 0; k < N; k++) sum += korobovKernel(k / N, alpha);
      // Absolute tolerance: the sum cancels down from terms of size ω(0).
      expect(Math.abs(sum - zeta2[alpha] * N ** (1 - 2 * alpha))).toBeLessThan(1e-13 * N * zeta2[alpha]);
    }
  });

  it("returns NaN for a non-finite x and rejects α outside {1, 2, 3}", () => {
    expect(korobovKernel(Number.NaN)).toBeNaN();
    expect(korobovKernel(Number.POSITIVE_INFINITY)).toBeNaN();
    expect(() => korobovKernel(0.5, 4 as 1)).toThrow(/^alpha must be an integer in \[1, 3\]; got 4/);
    expect(() => korobovKernel(0.5, "2" as unknown as 1)).toThrow(TypeError);
  });
});
