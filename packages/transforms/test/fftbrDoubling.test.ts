import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fftbr, fftbrDoubling, omegaFftbr } from "../src/index.js";
import { maxAbsDiff, randomArray } from "./helpers.js";

describe("fftbrDoubling", () => {
  it("the @example: the halves of [1,0,1,0,0,1,1,0] double to its fftbr", () => {
    const a = fftbr(new Float64Array([1, 0, 1, 0]));
    const b = fftbr(new Float64Array([0, 1, 1, 0]));
    const y = fftbrDoubling(a, b);
    const want = fftbr(new Float64Array([1, 0, 1, 0, 0, 1, 1, 0]));
    expect(maxAbsDiff(y.re, want.re)).toBeLessThan(1e-15);
    expect(maxAbsDiff(y.im, want.im)).toBeLessThan(1e-15);
  });

  it("fftbr([x₁, x₂]) = [(a + ω·b), (a − ω·b)]/√2 against the direct transform, n = 1 … 2^12 (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (m, seed) => {
        const n = 2 ** m;
        const re = randomArray(2 * n, seed);
        const im = randomArray(2 * n, seed + 3);
        const a = fftbr(re.subarray(0, n), im.subarray(0, n));
        const b = fftbr(re.subarray(n), im.subarray(n));
        const y = fftbrDoubling(a, b);
        const want = fftbr(re, im);
        const tol = 1e-15 * (m + 3) * 4;
        return maxAbsDiff(y.re, want.re) < tol && maxAbsDiff(y.im, want.im) < tol;
      }),
      { seed: 9001, numRuns: 50 },
    );
  });

  it("uses exactly QMCPy's omega: y[k] = (a[k] + omegaFftbr(m)[k]·b[k])/√2", () => {
    const m = 3;
    const a = { re: randomArray(8, 1), im: randomArray(8, 2) };
    const b = { re: randomArray(8, 3), im: randomArray(8, 4) };
    const y = fftbrDoubling(a, b);
    const w = omegaFftbr(m);
    for (let k = 0; k < 8; k++) {
      const tr = w.re[k] * b.re[k] - w.im[k] * b.im[k];
      const ti = w.re[k] * b.im[k] + w.im[k] * b.re[k];
      expect(y.re[k]).toBe((a.re[k] + tr) * Math.SQRT1_2);
      expect(y.im[k]).toBe((a.im[k] + ti) * Math.SQRT1_2);
      expect(y.re[k + 8]).toBe((a.re[k] - tr) * Math.SQRT1_2);
      expect(y.im[k + 8]).toBe((a.im[k] - ti) * Math.SQRT1_2);
    }
  });

  it("rejects bad input naming the argument", () => {
    const z = () => ({ re: new Float64Array(4), im: new Float64Array(4) });
    expect(() => fftbrDoubling(z(), { re: new Float64Array(8), im: new Float64Array(8) })).toThrow(
      new RangeError("b.re.length must equal a.re.length = 4; got 8"),
    );
    expect(() => fftbrDoubling(null as never, z())).toThrow(new TypeError("a must be an object { re, im }; got null"));
    expect(() => fftbrDoubling(z(), { re: new Float64Array(4) } as never)).toThrow(
      new TypeError("b.im must be a Float64Array; got undefined"),
    );
    expect(() => fftbrDoubling({ re: new Float64Array(3), im: new Float64Array(3) }, z())).toThrow(
      new RangeError("a.re.length must be a power of two in [1, 2^30]; got 3"),
    );
    expect(() => fftbrDoubling({ re: new Float64Array(4), im: new Float64Array(2) }, z())).toThrow(
      new RangeError("a.im.length must equal a.re.length = 4; got 2"),
    );
  });
});
