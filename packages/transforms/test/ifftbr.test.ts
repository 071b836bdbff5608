import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fftbr, ifftbr } from "../src/index.js";
import { hashInput } from "./fixtures/hashInput.js";
import { numpyCases, qmcpy } from "./fixtures/load.js";
import { bitReverse, maxAbsDiff, naiveDft, parseComplexArray, powersOfTwo, randomArray, sumSquares } from "./helpers.js";

describe("ifftbr", () => {
  it("exact: n = 1 is the identity; ifftbr([2, 0, 0, 0]) = [1, 1, 1, 1]; a unit impulse at k = 1 gives i^{rev(j)}/2", () => {
    expect(ifftbr(new Float64Array([7]), new Float64Array([-1]))).toEqual({
      re: new Float64Array([7]),
      im: new Float64Array([-1]),
    });
    expect(Array.from(ifftbr(new Float64Array([2, 0, 0, 0])).re)).toEqual([1, 1, 1, 1]);
    // x[rev(j)] = e^{2πi j/4}/2 = i^j/2 → positions [0, 2, 1, 3] hold [1, i, −1, −i]/2.
    const x = ifftbr(new Float64Array([0, 1, 0, 0]));
    expect(Array.from(x.re)).toEqual([0.5, -0.5, 0, 0]);
    expect(Array.from(x.im)).toEqual([0, 0, 0.5, -0.5]);
  });

  it("QMCPy reference values (to 1e-15 absolute)", () => {
    for (const [key, re] of [
      ["ifftbr_x10100110", new Float64Array([1, 0, 1, 0, 0, 1, 1, 0])],
      ["ifftbr_arange8", new Float64Array([0, 1, 2, 3, 4, 5, 6, 7])],
    ] as const) {
      const want = parseComplexArray(qmcpy[key] as string[]);
      const got = ifftbr(re);
      expect(maxAbsDiff(got.re, want.re)).toBeLessThanOrEqual(1e-15);
      expect(maxAbsDiff(got.im, want.im)).toBeLessThanOrEqual(1e-15);
    }
  });

  describe("numpy ifft(x, norm='ortho')[rev] for n = 2^0 … 2^16 (committed generator)", () => {
    for (const c of numpyCases) {
      it(`n = ${c.n}`, () => {
        const x = hashInput(c.n);
        const y = ifftbr(x.re, x.im);
        const tol = 4 * Number.EPSILON * Math.log2(2 * c.n) * Math.sqrt(sumSquares(x.re, x.im) / c.n);
        expect(
          maxAbsDiff(
            c.indices.map((k) => y.re[k]),
            c.ifftbr_re,
          ),
        ).toBeLessThan(tol);
        expect(
          maxAbsDiff(
            c.indices.map((k) => y.im[k]),
            c.ifftbr_im,
          ),
        ).toBeLessThan(tol);
      });
    }
  });

  it("agrees with a naive inverse DFT, then bit reversal, for every n = 1..64", () => {
    for (const n of powersOfTwo(64)) {
      const re = randomArray(n, 300 + n);
      const im = randomArray(n, 400 + n);
      const z = naiveDft(re, im, 1, 1 / Math.sqrt(n));
      const m = Math.log2(n);
      const got = ifftbr(re, im);
      const gotRe = Array.from({ length: n }, (_, j) => got.re[bitReverse(j, m)]);
      const gotIm = Array.from({ length: n }, (_, j) => got.im[bitReverse(j, m)]);
      expect(maxAbsDiff(gotRe, z.re)).toBeLessThan(1e-14);
      expect(maxAbsDiff(gotIm, z.im)).toBeLessThan(1e-14);
    }
  });

  it("fftbr(ifftbr(y)) = y and ifftbr(fftbr(x)) = x (fast-check, fixed seed)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (m, seed) => {
        const n = 2 ** m;
        const re = randomArray(n, seed);
        const im = randomArray(n, seed ^ 0x5555);
        const back = fftbr(...(Object.values(ifftbr(re, im)) as [Float64Array, Float64Array]));
        const fwd = ifftbr(...(Object.values(fftbr(re, im)) as [Float64Array, Float64Array]));
        const tol = 1e-15 * (m + 2) * 4;
        return (
          maxAbsDiff(back.re, re) < tol &&
          maxAbsDiff(back.im, im) < tol &&
          maxAbsDiff(fwd.re, re) < tol &&
          maxAbsDiff(fwd.im, im) < tol
        );
      }),
      { seed: 424242, numRuns: 60 },
    );
  });

  it("the @example: ifftbr(fftbr([1, 2, 3, 4])) = [1, 2, 3, 4]", () => {
    const y = fftbr(new Float64Array([1, 2, 3, 4]));
    const x = ifftbr(y.re, y.im);
    expect(maxAbsDiff(x.re, [1, 2, 3, 4])).toBeLessThan(1e-15);
    expect(maxAbsDiff(x.im, [0, 0, 0, 0])).toBeLessThan(1e-15);
  });

  it("out and bad input behave as for fftbr", () => {
    const re = randomArray(16, 9);
    const out = { re: new Float64Array(16), im: new Float64Array(16) };
    expect(ifftbr(re, undefined, out)).toBe(out);
    expect(out).toEqual(ifftbr(re));
    expect(() => ifftbr(new Float64Array(3))).toThrow(new RangeError("re.length must be a power of two in [1, 2^30]; got 3"));
    expect(() => ifftbr(new Float64Array(4), new Float64Array(8))).toThrow(
      new RangeError("im.length must equal re.length = 4; got 8"),
    );
    expect(() => ifftbr("abc" as unknown as Float64Array)).toThrow(new TypeError('re must be a Float64Array; got "abc"'));
  });
});
