import { describe, expect, it } from "vitest";
import { fft, fftInto, ifft, ifftInto } from "../src/index.js";
import { maxAbsDiff, naiveDft, powersOfTwo, randomArray } from "./helpers.js";

// Error bound for a length-n FFT of entries in [-1, 1): a few ulps times log2 n times ‖x‖₂ ≤ √n.
const tol = (n: number) => 1e-14 * Math.max(1, Math.log2(n)) * Math.sqrt(n);

describe("fft / ifft (natural order, numpy convention)", () => {
  it("fft of [1, 2, 3, 4] is [10, -2+2i, -2, -2-2i] exactly", () => {
    const y = fft(new Float64Array([1, 2, 3, 4]));
    expect(Array.from(y.re)).toEqual([10, -2, -2, -2]);
    expect(Array.from(y.im)).toEqual([0, 2, 0, -2]);
  });

  it("ifft of [10, -2+2i, -2, -2-2i] is [1, 2, 3, 4] exactly", () => {
    const x = ifft(new Float64Array([10, -2, -2, -2]), new Float64Array([0, 2, 0, -2]));
    expect(Array.from(x.re)).toEqual([1, 2, 3, 4]);
    expect(maxAbsDiff(x.im, [0, 0, 0, 0])).toBe(0);
  });

  it("n = 1 is the identity both ways; n = 2 is [a + b, a − b] and its half", () => {
    expect(fft(new Float64Array([3]), new Float64Array([-2]))).toEqual({ re: new Float64Array([3]), im: new Float64Array([-2]) });
    expect(ifft(new Float64Array([3]))).toEqual({ re: new Float64Array([3]), im: new Float64Array([0]) });
    expect(Array.from(fft(new Float64Array([3, 5])).re)).toEqual([8, -2]);
    expect(Array.from(ifft(new Float64Array([8, -2])).re)).toEqual([3, 5]);
  });

  it("agrees with a naive O(n²) DFT for every n = 1..256", () => {
    for (const n of powersOfTwo(256)) {
      const re = randomArray(n, n);
      const im = randomArray(n, n + 1000);
      const want = naiveDft(re, im, -1);
      const got = fft(re, im);
      expect(maxAbsDiff(got.re, want.re)).toBeLessThan(tol(n));
      expect(maxAbsDiff(got.im, want.im)).toBeLessThan(tol(n));
      const back = naiveDft(re, im, 1, 1 / n);
      const inv = ifft(re, im);
      expect(maxAbsDiff(inv.re, back.re)).toBeLessThan(tol(n) / n);
      expect(maxAbsDiff(inv.im, back.im)).toBeLessThan(tol(n) / n);
    }
  });

  it("ifft(fft(x)) = x for n up to 2^14", () => {
    for (const n of [512, 4096, 16384]) {
      const re = randomArray(n, 7);
      const im = randomArray(n, 8);
      const y = fft(re, im);
      const x = ifft(y.re, y.im);
      expect(maxAbsDiff(x.re, re)).toBeLessThan(1e-14 * Math.log2(n));
      expect(maxAbsDiff(x.im, im)).toBeLessThan(1e-14 * Math.log2(n));
    }
  });

  it("fft leaves its inputs untouched and omitting im means zeros", () => {
    const re = randomArray(16, 3);
    const copy = re.slice();
    expect(fft(re)).toEqual(fft(re, new Float64Array(16)));
    expect(re).toEqual(copy);
  });

  it("fftInto / ifftInto write into the given arrays, in place allowed", () => {
    const re = randomArray(64, 11);
    const im = randomArray(64, 12);
    const want = fft(re, im);
    const outRe = new Float64Array(64);
    const outIm = new Float64Array(64);
    const r = fftInto(re, im, outRe, outIm);
    expect(r.re).toBe(outRe);
    expect(r.im).toBe(outIm);
    expect(outRe).toEqual(want.re);
    expect(outIm).toEqual(want.im);
    const a = re.slice();
    const b = im.slice();
    fftInto(a, b, a, b);
    expect(a).toEqual(want.re);
    ifftInto(a, b, a, b);
    expect(maxAbsDiff(a, re)).toBeLessThan(1e-14);
    expect(maxAbsDiff(b, im)).toBeLessThan(1e-14);
  });

  it("rejects bad input with errors naming the argument", () => {
    expect(() => fft(new Float64Array(12))).toThrow(RangeError);
    expect(() => fft(new Float64Array(12))).toThrow(/^re\.length must be a power of two in \[1, 2\^30\]; got 12/);
    expect(() => fft(new Float64Array(0))).toThrow(/^re\.length must be a power of two/);
    expect(() => fft([1, 2] as unknown as Float64Array)).toThrow(new TypeError("re must be a Float64Array; got Array(2)"));
    expect(() => fft(new Float32Array(2) as unknown as Float64Array)).toThrow(TypeError);
    expect(() => ifft(new Float64Array(4), new Float64Array(2))).toThrow(
      new RangeError("im.length must equal re.length = 4; got 2"),
    );
    expect(() => ifft(new Float64Array(4), [0, 0, 0, 0] as unknown as Float64Array)).toThrow(
      new TypeError("im must be a Float64Array; got Array(4)"),
    );
    const z = new Float64Array(4);
    expect(() => fftInto(z, z.slice(), new Float64Array(2), new Float64Array(4))).toThrow(
      new RangeError("outRe.length must equal re.length = 4; got 2"),
    );
    expect(() => fftInto(z, undefined as unknown as Float64Array, z, z.slice())).toThrow(TypeError);
    const o = new Float64Array(4);
    expect(() => ifftInto(z, z.slice(), o, o)).toThrow(/^outRe and outIm must be distinct/);
  });
});
