import { describe, expect, it } from "vitest";
import { fwht, fwhtInPlace } from "../src/index.js";
import { randomArray } from "./helpers.js";

describe("fwhtInPlace", () => {
  it("equals fwht bit for bit, Float64Array and Float32Array, n = 1 … 2^16", () => {
    for (let n = 1; n <= 2 ** 16; n *= 2) {
      const x = randomArray(n, n);
      const want = fwht(x);
      expect(fwhtInPlace(x)).toBeUndefined();
      expect(x).toEqual(want);
      const x32 = Float32Array.from(randomArray(n, n + 1));
      const want32 = fwht(x32);
      fwhtInPlace(x32);
      expect(x32).toEqual(want32);
    }
  });

  it("the @example: Float32Array [1, 1, 1, 1] becomes [2, 0, 0, 0]", () => {
    const x = new Float32Array([1, 1, 1, 1]);
    fwhtInPlace(x);
    expect(Array.from(x)).toEqual([2, 0, 0, 0]);
  });

  it("rejects bad input", () => {
    expect(() => fwhtInPlace(new Float32Array(6))).toThrow(new RangeError("x.length must be a power of two in [1, 2^30]; got 6"));
    expect(() => fwhtInPlace(new Uint8Array(4) as unknown as Float32Array)).toThrow(
      new TypeError("x must be a Float64Array or Float32Array; got Uint8Array(4)"),
    );
  });
});
