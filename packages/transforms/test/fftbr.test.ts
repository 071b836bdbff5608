import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fft, fftbr, ifftbr } from "../src/index.js";
import { hashInput } from "./fixtures/hashInput.js";
import { numpyCases, qmcpy } from "./fixtures/load.js";
import { maxAbsDiff, naiveDft, parseComplexArray, permuteBitReversed, powersOfTwo, randomArray, sumSquares } from "./helpers.js";

const x10100110 = new Float64Array([1, 0, 1, 0, 0, 1, 1, 0]);
const arange8 = new Float64Array([0, 1, 2, 3, 4, 5, 6, 7]);

describe("fftbr", () => {
  describe("tier 1: exact values", () => {
    it("n = 1 is the identity", () => {
      const y = fftbr(new Float64Array([-3.5]), new Float64Array([0.25]));
      expect(Array.from(y.re)).toEqual([-3.5]);
      expect(Array.from(y.im)).toEqual([0.25]);
    });

    it("n = 2 is [a + b, a − b]/√2", () => {
      const y = fftbr(new Float64Array([3, 5]), new Float64Array([1, -1]));
      const s = Math.SQRT1_2;
      expect(Array.from(y.re)).toEqual([8 * s, -2 * s]);
      expect(Array.from(y.im)).toEqual([0, 2 * s]);
    });

    it("fftbr([1, 2, 3, 4]) is [5, −½ + ½i, −2, −½ − ½i] exactly (the @example of fftbrInPlace)", () => {
      const y = fftbr(new Float64Array([1, 2, 3, 4]));
      expect(Array.from(y.re)).toEqual([5, -0.5, -2, -0.5]);
      expect(Array.from(y.im)).toEqual([0, 0.5, 0, -0.5]);
    });

    it("a unit impulse at bit-reversed position rev(j) gives n^{-1/2} e^{−2πi jk/n}", () => {
      // x[rev(j)] = 1 for j = 1, so y[k] = e^{−2πik/n}/√n; at n = 4: [1, −i, −1, i]/2, exact.
      const y = fftbr(new Float64Array([0, 0, 1, 0])); // rev_2(1) = 2
      expect(Array.from(y.re)).toEqual([0.5, 0, -0.5, 0]);
      expect(Array.from(y.im)).toEqual([0, -0.5, 0, 0.5]);
    });
  });

  describe("tier 2: QMCPy reference values (shared/reference, to 1e-15 absolute)", () => {
    const cases: Array<[string, Float64Array, Float64Array | undefined]> = [
      ["fftbr_x10100110", x10100110, undefined],
      ["fftbr_arange8", arange8, undefined],
      ["fftbr_complex_qmctoolscl_doc", x10100110, new Float64Array([0, 1, 0, 1, 1, 0, 0, 1])],
    ];
    for (const [key, re, im] of cases) {
      it(key, () => {
        const want = parseComplexArray(qmcpy[key] as string[]);
        const got = fftbr(re, im);
        expect(maxAbsDiff(got.re, want.re)).toBeLessThanOrEqual(1e-15);
        expect(maxAbsDiff(got.im, want.im)).toBeLessThanOrEqual(1e-15);
      });
    }

    it("the @example: fftbr([1,0,1,0,0,1,1,0]) starts √2, −0.1464466 − 0.3535534i", () => {
      const { re, im } = fftbr(x10100110);
      expect(Math.abs(re[0] - Math.SQRT2)).toBeLessThan(1e-15);
      expect(Math.abs(im[0])).toBeLessThan(1e-15);
      expect(Math.abs(re[1] + 0.1464466)).toBeLessThan(1e-7);
      expect(Math.abs(im[1] + 0.3535534)).toBeLessThan(1e-7);
    });
  });

  describe("tier 2: numpy fft(x[rev], norm='ortho') for n = 2^0 … 2^16 (committed generator)", () => {
    // Error bound per output: 4ε·log2(2n)·rms(x), rms(x) = ‖x‖₂/√n (the FFT's O(ε log n) relative
    // error, per entry); the largest observed is 1.13ε·log2(2n)·rms(x), at n = 2^16.
    for (const c of numpyCases) {
      it(`n = ${c.n}`, () => {
        const x = hashInput(c.n);
        const y = fftbr(x.re, x.im);
        const tol = 4 * Number.EPSILON * Math.log2(2 * c.n) * Math.sqrt(sumSquares(x.re, x.im) / c.n);
        const gotRe = c.indices.map((k) => y.re[k]);
        const gotIm = c.indices.map((k) => y.im[k]);
        expect(maxAbsDiff(gotRe, c.fftbr_re)).toBeLessThan(tol);
        expect(maxAbsDiff(gotIm, c.fftbr_im)).toBeLessThan(tol);
      });
    }
  });

  describe("tier 3: identities and properties", () => {
    it("agrees with a naive O(n²) DFT of the permuted input for every n = 1..64", () => {
      for (const n of powersOfTwo(64)) {
        const re = randomArray(n, 100 + n);
        const im = randomArray(n, 200 + n);
        const want = naiveDft(permuteBitReversed(re), permuteBitReversed(im), -1, 1 / Math.sqrt(n));
        const got = fftbr(re, im);
        expect(maxAbsDiff(got.re, want.re)).toBeLessThan(1e-14);
        expect(maxAbsDiff(got.im, want.im)).toBeLessThan(1e-14);
      }
    });

    it("Parseval: ‖fftbr(x)‖₂ = ‖x‖₂ (fast-check, fixed seed)", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (m, seed) => {
          const n = 2 ** m;
          const re = randomArray(n, seed);
          const im = randomArray(n, seed + 1);
          const y = fftbr(re, im);
          const e = sumSquares(re, im);
          return Math.abs(sumSquares(y.re, y.im) - e) <= 1e-13 * e;
        }),
        { seed: 20240607, numRuns: 60 },
      );
    });

    it("linearity, and a real input has conjugate-symmetric output y[n−k] = conj y[k]", () => {
      const n = 256;
      const a = randomArray(n, 5);
      const b = randomArray(n, 6);
      const sum = a.map((v, i) => 2 * v - 3 * b[i]);
      const ya = fftbr(a);
      const yb = fftbr(b);
      const ys = fftbr(sum);
      expect(
        maxAbsDiff(
          ys.re,
          ya.re.map((v, i) => 2 * v - 3 * yb.re[i]),
        ),
      ).toBeLessThan(1e-13);
      expect(
        maxAbsDiff(
          ys.im,
          ya.im.map((v, i) => 2 * v - 3 * yb.im[i]),
        ),
      ).toBeLessThan(1e-13);
      for (let k = 1; k < n; k++) {
        expect(Math.abs(ya.re[n - k] - ya.re[k])).toBeLessThan(1e-14);
        expect(Math.abs(ya.im[n - k] + ya.im[k])).toBeLessThan(1e-14);
      }
    });

    it("agrees on every entry with fft.js (through fft) of the permuted input, n = 2^11 … 2^17", () => {
      // An independent radix-4 implementation; covers the blocked path (n > 2^14) in full.
      for (let n = 2 ** 11; n <= 2 ** 17; n *= 4) {
        const re = randomArray(n, n + 5);
        const im = randomArray(n, n + 6);
        const want = fft(permuteBitReversed(re), permuteBitReversed(im));
        const got = fftbr(re, im);
        const s = Math.sqrt(n);
        const tol = 4 * Number.EPSILON * Math.log2(2 * n) * Math.sqrt(sumSquares(re, im) / n);
        expect(
          maxAbsDiff(
            got.re,
            want.re.map((v) => v / s),
          ),
        ).toBeLessThan(tol);
        expect(
          maxAbsDiff(
            got.im,
            want.im.map((v) => v / s),
          ),
        ).toBeLessThan(tol);
      }
    });

    it("ifftbr(fftbr(x)) = x", () => {
      for (const n of [1, 2, 8, 1024, 2048, 4096, 2 ** 17]) {
        const re = randomArray(n, n);
        const im = randomArray(n, n + 1);
        const y = fftbr(re, im);
        const x = ifftbr(y.re, y.im);
        expect(maxAbsDiff(x.re, re)).toBeLessThan(1e-14);
        expect(maxAbsDiff(x.im, im)).toBeLessThan(1e-14);
      }
    });
  });

  describe("arguments", () => {
    it("leaves its inputs untouched; omitting im means zeros", () => {
      const re = randomArray(32, 1);
      const copy = re.slice();
      expect(fftbr(re)).toEqual(fftbr(re, new Float64Array(32)));
      expect(re).toEqual(copy);
    });

    it("writes into out, which may be the inputs themselves", () => {
      const re = randomArray(64, 2);
      const im = randomArray(64, 3);
      const want = fftbr(re, im);
      const out = { re: new Float64Array(64), im: new Float64Array(64) };
      expect(fftbr(re, im, out)).toBe(out);
      expect(out).toEqual(want);
      const same = { re: re.slice(), im: im.slice() };
      fftbr(same.re, same.im, same);
      expect(same).toEqual(want);
      const realOnly = { re: new Float64Array(64), im: new Float64Array(64).fill(9) };
      fftbr(re, undefined, realOnly);
      expect(realOnly).toEqual(fftbr(re));
    });

    it("rejects bad input with errors naming the argument", () => {
      const z = new Float64Array(8);
      expect(() => fftbr(new Float64Array(6))).toThrow(new RangeError("re.length must be a power of two in [1, 2^30]; got 6"));
      expect(() => fftbr(new Float64Array(0))).toThrow(RangeError);
      expect(() => fftbr([0, 1] as unknown as Float64Array)).toThrow(new TypeError("re must be a Float64Array; got Array(2)"));
      expect(() => fftbr(new Float32Array(8) as unknown as Float64Array)).toThrow(
        new TypeError("re must be a Float64Array; got Float32Array(8)"),
      );
      expect(() => fftbr(z, new Float64Array(4))).toThrow(new RangeError("im.length must equal re.length = 8; got 4"));
      expect(() => fftbr(z, z, { re: new Float64Array(8) } as never)).toThrow(
        new TypeError("out.im must be a Float64Array; got undefined"),
      );
      expect(() => fftbr(z, z, { re: new Float64Array(4), im: new Float64Array(8) })).toThrow(
        new RangeError("out.re.length must equal re.length = 8; got 4"),
      );
      expect(() => fftbr(z, undefined, 5 as never)).toThrow(
        new TypeError("out must be an object { re, im } of Float64Arrays; got 5"),
      );
      const a = new Float64Array(8);
      const b = new Float64Array(8);
      expect(() => fftbr(a, b, { re: b, im: a })).toThrow(/crossed/);
    });
  });
});
