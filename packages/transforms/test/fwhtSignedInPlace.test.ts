import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { fwhtInPlace, fwhtSignedInPlace } from "../src/index.js";
import { randomArray } from "./helpers.js";

/** n seeded signs ±1. */
function randomSigns(n: number, seed: number): Float64Array {
  const rng = new RandomStream(seed);
  const s = new Float64Array(n);
  for (let j = 0; j < n; j++) s[j] = rng.nextUint32() >= 2 ** 31 ? -1 : 1;
  return s;
}

/** The reference: flip the signs of the row, then fwhtInPlace on it. */
function reference(x: Float32Array, signs: Float64Array, offset: number): Float32Array {
  const row = x.slice(offset, offset + signs.length);
  for (let j = 0; j < row.length; j++) row[j] *= signs[j];
  fwhtInPlace(row);
  return row;
}

describe("fwhtSignedInPlace", () => {
  it("equals multiplying by the signs then fwhtInPlace, bit for bit, n = 1 … 2^14, at offsets", () => {
    for (let n = 1; n <= 2 ** 14; n *= 2) {
      for (const offset of [0, 3]) {
        const x = Float32Array.from(randomArray(n + offset + 2, n + offset));
        const signs = randomSigns(n, 7 * n + offset);
        const before = x.slice();
        const want = reference(x, signs, offset);
        expect(fwhtSignedInPlace(x, signs, offset)).toBeUndefined();
        expect(x.subarray(offset, offset + n)).toEqual(want);
        expect(x.subarray(0, offset)).toEqual(before.subarray(0, offset));
        expect(x.subarray(offset + n)).toEqual(before.subarray(offset + n));
      }
    }
  });

  it("offset defaults to 0; all-plus signs give fwhtInPlace", () => {
    const x = Float32Array.from(randomArray(1024, 5));
    const want = x.slice();
    fwhtInPlace(want);
    fwhtSignedInPlace(x, new Float64Array(1024).fill(1));
    expect(x).toEqual(want);
  });

  it("the @example: [1, -1, 1, -1] with signs [1, -1, 1, -1] becomes [2, 0, 0, 0]", () => {
    const x = new Float32Array([1, -1, 1, -1]);
    fwhtSignedInPlace(x, new Float64Array([1, -1, 1, -1]));
    expect(Array.from(x)).toEqual([2, 0, 0, 0]);
  });

  it("rejects bad input", () => {
    expect(() => fwhtSignedInPlace(new Float64Array(4) as unknown as Float32Array, new Float64Array(4))).toThrow(
      new TypeError("x must be a Float32Array; got Float64Array(4)"),
    );
    expect(() => fwhtSignedInPlace(new Float32Array(4), new Float32Array(4) as unknown as Float64Array)).toThrow(
      new TypeError("signs must be a Float64Array; got Float32Array(4)"),
    );
    expect(() => fwhtSignedInPlace(new Float32Array(6), new Float64Array(6))).toThrow(
      new RangeError("signs.length must be a power of two in [1, 2^30]; got 6"),
    );
    expect(() => fwhtSignedInPlace(new Float32Array(6), new Float64Array(4), 3)).toThrow(RangeError);
    expect(() => fwhtSignedInPlace(new Float32Array(6), new Float64Array(4), 0.5)).toThrow(RangeError);
    expect(() => fwhtSignedInPlace(new Float32Array(6), new Float64Array(4), "1" as unknown as number)).toThrow(TypeError);
    expect(() => fwhtSignedInPlace(new Float32Array(2), new Float64Array(4))).toThrow(RangeError);
  });
});
