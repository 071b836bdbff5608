import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fwht, fwhtDoubling } from "../src/index.js";
import { maxAbsDiff, randomArray } from "./helpers.js";

describe("fwhtDoubling", () => {
  it("the @example: fwht([1, 0]) twice doubles to fwht([1, 0, 1, 0]) = [1, 1, 0, 0]", () => {
    const a = fwht(new Float64Array([1, 0]));
    const y = fwhtDoubling(a, a);
    expect(maxAbsDiff(y, [1, 1, 0, 0])).toBeLessThan(1e-15);
    expect(maxAbsDiff(y, fwht(new Float64Array([1, 0, 1, 0])))).toBeLessThan(1e-15);
  });

  it("fwht([x₁, x₂]) = [(a + b), (a − b)]/√2 against the direct transform, n = 1 … 2^14 (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (m, seed) => {
        const n = 2 ** m;
        const x = randomArray(2 * n, seed);
        const y = fwhtDoubling(fwht(x.slice(0, n)), fwht(x.slice(n)));
        return maxAbsDiff(y, fwht(x)) < 4e-16 * (m + 2);
      }),
      { seed: 31337, numRuns: 50 },
    );
  });

  it("keeps Float32Array", () => {
    const y = fwhtDoubling(new Float32Array([1, 2]), new Float32Array([3, 4]));
    expect(y).toBeInstanceOf(Float32Array);
    expect(maxAbsDiff(y, [4 * Math.SQRT1_2, 6 * Math.SQRT1_2, -2 * Math.SQRT1_2, -2 * Math.SQRT1_2])).toBeLessThan(1e-6);
  });

  it("rejects bad input naming the argument", () => {
    expect(() => fwhtDoubling(new Float64Array(2), new Float32Array(2) as unknown as Float64Array)).toThrow(
      new TypeError("b must be a Float64Array like a; got Float32Array(2)"),
    );
    expect(() => fwhtDoubling(new Float64Array(2), new Float64Array(4))).toThrow(
      new RangeError("b.length must equal a.length = 2; got 4"),
    );
    expect(() => fwhtDoubling(new Float64Array(3), new Float64Array(3))).toThrow(
      new RangeError("a.length must be a power of two in [1, 2^30]; got 3"),
    );
    expect(() => fwhtDoubling([1] as unknown as Float64Array, new Float64Array(1))).toThrow(TypeError);
  });
});
