import { describe, expect, it } from "vitest";
import { ifftbr, ifftbrBatchInPlace } from "../src/index.js";
import { randomArray } from "./helpers.js";

describe("ifftbrBatchInPlace", () => {
  it("transforms every row exactly as ifftbr does", () => {
    for (const [batch, n] of [
      [3, 1],
      [6, 4],
      [3, 512],
      [2, 2048],
    ]) {
      const re = randomArray(batch * n, 11 * n);
      const im = randomArray(batch * n, 13 * n);
      const rows = Array.from({ length: batch }, (_, r) => ifftbr(re.slice(r * n, (r + 1) * n), im.slice(r * n, (r + 1) * n)));
      ifftbrBatchInPlace(re, im, n);
      rows.forEach((x, r) => {
        expect(re.subarray(r * n, (r + 1) * n)).toEqual(x.re);
        expect(im.subarray(r * n, (r + 1) * n)).toEqual(x.im);
      });
    }
  });

  it("the @example: rows [2, 0, 0, 0] and [0, 2, 0, 0]", () => {
    const re = new Float64Array([2, 0, 0, 0, 0, 2, 0, 0]);
    const im = new Float64Array(8);
    ifftbrBatchInPlace(re, im, 4);
    expect(Array.from(re)).toEqual([1, 1, 1, 1, 1, -1, 0, 0]);
    expect(Array.from(im)).toEqual([0, 0, 0, 0, 0, 0, 1, -1]);
  });

  it("rejects bad input naming the argument", () => {
    expect(() => ifftbrBatchInPlace(new Float64Array(6), new Float64Array(6), 4)).toThrow(
      new RangeError("re.length must be a multiple of n = 4 (rows of length n); got 6"),
    );
    expect(() => ifftbrBatchInPlace(new Float64Array(8), new Float64Array(8), 6)).toThrow(/^n must be a power of two/);
  });
});
