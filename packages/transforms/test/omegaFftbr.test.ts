import { describe, expect, it } from "vitest";
import { omegaFftbr } from "../src/index.js";
import { qmcpy } from "./fixtures/load.js";
import { maxAbsDiff, parseComplexArray } from "./helpers.js";

describe("omegaFftbr", () => {
  it("matches QMCPy's omega_fftbr(2) to 1e-15 — the @example", () => {
    const want = parseComplexArray(qmcpy.omega_fftbr_m2 as string[]);
    const got = omegaFftbr(2);
    expect(maxAbsDiff(got.re, want.re)).toBeLessThanOrEqual(1e-15);
    expect(maxAbsDiff(got.im, want.im)).toBeLessThanOrEqual(1e-15);
    expect(Array.from(got.re)).toEqual([1, Math.SQRT1_2, 0, -Math.SQRT1_2]);
    expect(Array.from(got.im)).toEqual([0, -Math.SQRT1_2, -1, -Math.SQRT1_2]);
  });

  it("m = 0 is [1]; m = 1 is [1, −i]; quadrant and octant values are exact", () => {
    expect(omegaFftbr(0)).toEqual({ re: new Float64Array([1]), im: new Float64Array([0]) });
    expect(omegaFftbr(1)).toEqual({ re: new Float64Array([1, 0]), im: new Float64Array([0, -1]) });
    const w = omegaFftbr(10);
    expect([w.re[512], w.im[512]]).toEqual([0, -1]);
    expect([w.re[256], w.im[256]]).toEqual([Math.SQRT1_2, -Math.SQRT1_2]);
    expect([w.re[768], w.im[768]]).toEqual([-Math.SQRT1_2, -Math.SQRT1_2]);
  });

  // The direct Math.cos(πk/n) carries the rounding of its argument (up to π·2^-53 ≈ 3.5e-16 in
  // angle), so agreement is checked to 1e-15; the symmetry is exact.
  it("entries are e^{−iπk/2^m} (to 1e-15 of Math.cos / Math.sin), and symmetric: ω[2^m − k] = −conj ω[k]", () => {
    const m = 12;
    const n = 2 ** m;
    const w = omegaFftbr(m);
    for (let k = 0; k < n; k++) {
      expect(Math.abs(w.re[k] - Math.cos((Math.PI * k) / n))).toBeLessThan(1e-15);
      expect(Math.abs(w.im[k] + Math.sin((Math.PI * k) / n))).toBeLessThan(1e-15);
      if (k > 0) {
        expect(w.re[n - k] + w.re[k]).toBe(0);
        expect(w.im[n - k]).toBe(w.im[k]);
      }
    }
  });

  it("rejects bad m", () => {
    expect(() => omegaFftbr(-1)).toThrow(new RangeError("m must be an integer in [0, 30]; got -1"));
    expect(() => omegaFftbr(1.5)).toThrow(RangeError);
    expect(() => omegaFftbr(31)).toThrow(RangeError);
    expect(() => omegaFftbr("2" as unknown as number)).toThrow(TypeError);
  });
});
