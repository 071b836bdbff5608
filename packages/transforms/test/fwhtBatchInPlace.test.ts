import { describe, expect, it } from "vitest";
import { fwht, fwhtBatchInPlace } from "../src/index.js";
import { randomArray } from "./helpers.js";

describe("fwhtBatchInPlace", () => {
  it("transforms every row exactly as fwht does (Float64Array and Float32Array)", () => {
    for (const [batch, n] of [
      [4, 1],
      [3, 2],
      [9, 16],
      [5, 1024],
      [2, 8192],
    ]) {
      for (const make of [(a: Float64Array) => a, (a: Float64Array) => Float32Array.from(a)]) {
        const x = make(randomArray(batch * n, batch + 3 * n));
        const rows = Array.from({ length: batch }, (_, r) => fwht(x.slice(r * n, (r + 1) * n)));
        fwhtBatchInPlace(x, n);
        rows.forEach((y, r) => {
          expect(x.subarray(r * n, (r + 1) * n)).toEqual(y);
        });
      }
    }
  });

  it("the @example: rows [1, 1, 1, 1] and [4, 0, 0, 0]", () => {
    const x = new Float64Array([1, 1, 1, 1, 4, 0, 0, 0]);
    fwhtBatchInPlace(x, 4);
    expect(Array.from(x)).toEqual([2, 0, 0, 0, 2, 2, 2, 2]);
  });

  it("rejects bad input naming the argument; an empty batch is fine", () => {
    expect(() => fwhtBatchInPlace(new Float64Array(0), 4)).not.toThrow();
    expect(() => fwhtBatchInPlace(new Float64Array(10), 4)).toThrow(
      new RangeError("x.length must be a multiple of n = 4 (rows of length n); got 10"),
    );
    expect(() => fwhtBatchInPlace(new Float64Array(12), 12)).toThrow(
      new RangeError("n must be a power of two in [1, 2^30]; got 12"),
    );
    expect(() => fwhtBatchInPlace(new Float64Array(4), 2.5)).toThrow(RangeError);
    expect(() => fwhtBatchInPlace(new Float64Array(4), undefined as unknown as number)).toThrow(TypeError);
    expect(() => fwhtBatchInPlace({ length: 4 } as unknown as Float64Array, 4)).toThrow(
      new TypeError("x must be a Float64Array or Float32Array; got an object"),
    );
  });
});
