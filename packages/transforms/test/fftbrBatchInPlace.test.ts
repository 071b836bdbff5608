import { describe, expect, it } from "vitest";
import { fftbr, fftbrBatchInPlace } from "../src/index.js";
import { randomArray } from "./helpers.js";

describe("fftbrBatchInPlace", () => {
  it("transforms every row exactly as fftbr does, for several row lengths and batch sizes", () => {
    for (const [batch, n] of [
      [5, 1],
      [3, 2],
      [7, 8],
      [4, 256],
      [2, 4096],
      [1, 32],
    ]) {
      const re = randomArray(batch * n, batch + n);
      const im = randomArray(batch * n, batch * n + 7);
      const rows = Array.from({ length: batch }, (_, r) => fftbr(re.slice(r * n, (r + 1) * n), im.slice(r * n, (r + 1) * n)));
      fftbrBatchInPlace(re, im, n);
      rows.forEach((y, r) => {
        expect(re.subarray(r * n, (r + 1) * n)).toEqual(y.re);
        expect(im.subarray(r * n, (r + 1) * n)).toEqual(y.im);
      });
    }
  });

  it("the @example: rows [1, 2, 3, 4] and [1, 1, 1, 1]", () => {
    const re = new Float64Array([1, 2, 3, 4, 1, 1, 1, 1]);
    const im = new Float64Array(8);
    fftbrBatchInPlace(re, im, 4);
    expect(Array.from(re)).toEqual([5, -0.5, -2, -0.5, 2, 0, 0, 0]);
    expect(Array.from(im)).toEqual([0, 0.5, 0, -0.5, 0, 0, 0, 0]);
  });

  it("an empty batch is fine", () => {
    expect(() => fftbrBatchInPlace(new Float64Array(0), new Float64Array(0), 8)).not.toThrow();
  });

  it("rejects bad input naming the argument", () => {
    const a = new Float64Array(12);
    const b = new Float64Array(12);
    expect(() => fftbrBatchInPlace(a, b, 8)).toThrow(
      new RangeError("re.length must be a multiple of n = 8 (rows of length n); got 12"),
    );
    expect(() => fftbrBatchInPlace(a, b, 3)).toThrow(new RangeError("n must be a power of two in [1, 2^30]; got 3"));
    expect(() => fftbrBatchInPlace(a, b, 0)).toThrow(new RangeError("n must be an integer in [1, 1073741824]; got 0"));
    expect(() => fftbrBatchInPlace(a, b, "4" as unknown as number)).toThrow(TypeError);
    expect(() => fftbrBatchInPlace(a, new Float64Array(8), 4)).toThrow(
      new RangeError("im.length must equal re.length = 12; got 8"),
    );
    expect(() => fftbrBatchInPlace(a, a, 4)).toThrow(
      new RangeError("re and im must be distinct arrays; got the same array twice"),
    );
    expect(() => fftbrBatchInPlace([0] as unknown as Float64Array, b, 1)).toThrow(
      new TypeError("re must be a Float64Array; got Array(1)"),
    );
  });
});
