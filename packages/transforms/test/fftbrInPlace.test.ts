import { describe, expect, it } from "vitest";
import { fftbr, fftbrInPlace } from "../src/index.js";
import { randomArray } from "./helpers.js";

describe("fftbrInPlace", () => {
  it("equals fftbr bit for bit, for n = 1 … 2^14", () => {
    for (let n = 1; n <= 2 ** 14; n *= 2) {
      const re = randomArray(n, n);
      const im = randomArray(n, 2 * n + 1);
      const want = fftbr(re, im);
      fftbrInPlace(re, im);
      expect(re).toEqual(want.re);
      expect(im).toEqual(want.im);
    }
  });

  it("the @example: [1, 2, 3, 4] becomes [5, −½ + ½i, −2, −½ − ½i] exactly", () => {
    const re = new Float64Array([1, 2, 3, 4]);
    const im = new Float64Array(4);
    expect(fftbrInPlace(re, im)).toBeUndefined();
    expect(Array.from(re)).toEqual([5, -0.5, -2, -0.5]);
    expect(Array.from(im)).toEqual([0, 0.5, 0, -0.5]);
  });

  it("rejects bad input: im is required, distinct and of equal length", () => {
    const z = new Float64Array(4);
    expect(() => fftbrInPlace(z, undefined as unknown as Float64Array)).toThrow(
      new TypeError("im must be a Float64Array; got undefined"),
    );
    expect(() => fftbrInPlace(z, z)).toThrow(new RangeError("re and im must be distinct arrays; got the same array twice"));
    expect(() => fftbrInPlace(z, new Float64Array(2))).toThrow(new RangeError("im.length must equal re.length = 4; got 2"));
    expect(() => fftbrInPlace(new Float64Array(5), new Float64Array(5))).toThrow(/^re\.length must be a power of two/);
  });
});
