import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fwht } from "../src/index.js";
import { hashInput } from "./fixtures/hashInput.js";
import { numpyCases, qmcpy } from "./fixtures/load.js";
import { denseHadamard, maxAbsDiff, powersOfTwo, randomArray, sumSquares } from "./helpers.js";

describe("fwht", () => {
  describe("tier 1: exact values", () => {
    it("n = 1 is the identity and n = 2 is [a + b, a − b]/√2", () => {
      expect(Array.from(fwht(new Float64Array([-2.5])))).toEqual([-2.5]);
      expect(Array.from(fwht(new Float64Array([3, 5])))).toEqual([8 * Math.SQRT1_2, -2 * Math.SQRT1_2]);
    });

    it("a constant vector goes to √n·c at index 0 and 0 elsewhere; a unit impulse to the ±n^{-1/2} row", () => {
      for (const n of [4, 16, 64, 256, 4096, 16384]) {
        const y = fwht(new Float64Array(n).fill(1));
        expect(y[0]).toBe(Math.sqrt(n));
        expect(maxAbsDiff(y.subarray(1), new Float64Array(n - 1))).toBe(0);
        const e = new Float64Array(n);
        e[0] = 1;
        expect(Array.from(new Set(fwht(e)))).toEqual([1 / Math.sqrt(n)]);
      }
    });
  });

  describe("tier 2: QMCPy reference values", () => {
    // QMCPy divides by √2 at each of the m stages, which leaves some entries up to two ulps off
    // (fwht_arange8[0] = 9.899494936611664 against 7√2 = 9.8994949366116653416…, Python decimal;
    // [4] = −5.656854249492379 against −4√2 = −5.65685424949238019…). We scale once and return the
    // correctly rounded values, checked exactly first; against QMCPy the tolerance is max(1e-15, 2 ulp).
    const ulp = (v: number) => (v === 0 ? 0 : 2 ** (Math.floor(Math.log2(Math.abs(v))) - 52));
    const S2 = Math.SQRT2;
    const H = Math.SQRT1_2;

    it("fwht([1,0,1,0,0,1,1,0]) = [√2, √½, 0, −√½, 0, √½, 0, √½] correctly rounded — the @example", () => {
      const y = fwht(new Float64Array([1, 0, 1, 0, 0, 1, 1, 0]));
      expect(Array.from(y)).toEqual([S2, H, 0, -H, 0, H, 0, H]);
      const want = qmcpy.fwht_x10100110 as number[];
      want.forEach((w, i) => {
        expect(Math.abs(y[i] - w)).toBeLessThanOrEqual(Math.max(1e-15, 2 * ulp(w)));
      });
    });

    it("fwht(arange(8)) = [7√2, −√2, −2√2, 0, −4√2, 0, 0, 0] correctly rounded", () => {
      const y = fwht(new Float64Array([0, 1, 2, 3, 4, 5, 6, 7]));
      expect(Array.from(y)).toEqual([9.899494936611665, -S2, -2 * S2, 0, -4 * S2, 0, 0, 0]);
      const want = qmcpy.fwht_arange8 as number[];
      want.forEach((w, i) => {
        expect(Math.abs(y[i] - w)).toBeLessThanOrEqual(Math.max(1e-15, 2 * ulp(w)));
      });
    });
  });

  describe("tier 2: direct signed sums in numpy for n = 2^0 … 2^16 (committed generator)", () => {
    // Each output is one signed sum, error ≤ ~ε·log2(n)·rms(x) per butterfly path; allow 4ε·log2(2n)·rms.
    for (const c of numpyCases) {
      it(`n = ${c.n}`, () => {
        const x = hashInput(c.n).re;
        const y = fwht(x);
        const tol = 4 * Number.EPSILON * Math.log2(2 * c.n) * Math.sqrt(sumSquares(x) / c.n);
        expect(
          maxAbsDiff(
            c.indices.map((k) => y[k]),
            c.fwht,
          ),
        ).toBeLessThan(tol);
      });
    }
  });

  describe("tier 3: identities and properties", () => {
    it("agrees with the dense Hadamard product n^{-1/2} H_n x for every n = 1..64", () => {
      for (const n of powersOfTwo(64)) {
        const x = randomArray(n, 700 + n);
        expect(maxAbsDiff(fwht(x), denseHadamard(x))).toBeLessThan(1e-14);
      }
    });

    it("fwht(fwht(x)) = x and Parseval (fast-check, fixed seed)", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (m, seed) => {
          const x = randomArray(2 ** m, seed);
          const y = fwht(x);
          const e = sumSquares(x);
          return maxAbsDiff(fwht(y), x) < 4e-16 * (m + 1) && Math.abs(sumSquares(y) - e) <= 1e-13 * e;
        }),
        { seed: 77, numRuns: 50 },
      );
    });

    it("Float32Array: matches the Float64 transform within float32 rounding and returns a Float32Array", () => {
      for (const n of [1, 2, 8, 64, 1024, 8192, 65536]) {
        const x32 = Float32Array.from(randomArray(n, n + 17));
        const y32 = fwht(x32);
        expect(y32).toBeInstanceOf(Float32Array);
        const y64 = fwht(Float64Array.from(x32));
        // float32 storage after each radix-8 pass: ⌈m/3⌉ + 1 roundings of 2^-24 relative to rms(y) ≈ rms(x).
        const tol = (Math.ceil(Math.log2(n) / 3) + 2) * 2 ** -24 * Math.max(1, Math.sqrt(sumSquares(y64) / n)) * 4;
        expect(maxAbsDiff(y32, y64)).toBeLessThan(tol);
      }
    });
  });

  describe("arguments", () => {
    it("leaves x untouched; out receives the result and may be x", () => {
      const x = randomArray(128, 1);
      const copy = x.slice();
      const y = fwht(x);
      expect(x).toEqual(copy);
      const out = new Float64Array(128);
      expect(fwht(x, out)).toBe(out);
      expect(out).toEqual(y);
      expect(fwht(x, x)).toBe(x);
      expect(x).toEqual(y);
    });

    it("rejects bad input naming the argument", () => {
      expect(() => fwht(new Float64Array(12))).toThrow(new RangeError("x.length must be a power of two in [1, 2^30]; got 12"));
      expect(() => fwht(new Float64Array(0))).toThrow(RangeError);
      expect(() => fwht([1, 2] as unknown as Float64Array)).toThrow(
        new TypeError("x must be a Float64Array or Float32Array; got Array(2)"),
      );
      expect(() => fwht(new Int32Array(4) as unknown as Float64Array)).toThrow(TypeError);
      expect(() => fwht(new Float64Array(4), new Float32Array(4) as unknown as Float64Array)).toThrow(
        new TypeError("out must be a Float64Array like x; got Float32Array(4)"),
      );
      expect(() => fwht(new Float64Array(4), new Float64Array(8))).toThrow(
        new RangeError("out.length must equal x.length = 4; got 8"),
      );
    });
  });
});
