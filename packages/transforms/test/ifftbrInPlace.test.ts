import { describe, expect, it } from "vitest";
import { fftbrInPlace, ifftbr, ifftbrInPlace } from "../src/index.js";
import { maxAbsDiff, randomArray } from "./helpers.js";

describe("ifftbrInPlace", () => {
  it("equals ifftbr bit for bit, for n = 1 … 2^14", () => {
    for (let n = 1; n <= 2 ** 14; n *= 2) {
      const re = randomArray(n, 3 * n);
      const im = randomArray(n, 5 * n);
      const want = ifftbr(re, im);
      ifftbrInPlace(re, im);
      expect(re).toEqual(want.re);
      expect(im).toEqual(want.im);
    }
  });

  it("the @example: fftbrInPlace then ifftbrInPlace restores [3, 1, 4, 1]", () => {
    const re = new Float64Array([3, 1, 4, 1]);
    const im = new Float64Array(4);
    fftbrInPlace(re, im);
    ifftbrInPlace(re, im);
    expect(maxAbsDiff(re, [3, 1, 4, 1])).toBeLessThan(1e-15);
    expect(maxAbsDiff(im, [0, 0, 0, 0])).toBeLessThan(1e-15);
  });

  it("rejects bad input", () => {
    const z = new Float64Array(8);
    expect(() => ifftbrInPlace(z, z)).toThrow(new RangeError("re and im must be distinct arrays; got the same array twice"));
    expect(() => ifftbrInPlace(z, new Float32Array(8) as unknown as Float64Array)).toThrow(
      new TypeError("im must be a Float64Array; got Float32Array(8)"),
    );
  });
});
