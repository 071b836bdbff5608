import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { fwhtInPlace, fwhtSignedFrom } from "../src/index.js";
import { randomArray } from "./helpers.js";

/** n seeded signs ±1. */
function randomSigns(n: number, seed: number): Float64Array {
  const rng = new RandomStream(seed);
  const s = new Float64Array(n);
  for (let j = 0; j < n; j++) s[j] = rng.nextUint32() >= 2 ** 31 ? -1 : 1;
  return s;
}

/** The reference: float32(scale · src) into a fresh row, multiplied by the signs, then fwhtInPlace. */
function reference(src: Float32Array, srcOffset: number, scale: number, signs: Float64Array): Float32Array {
  const row = new Float32Array(signs.length);
  for (let j = 0; j < row.length; j++) row[j] = src[srcOffset + j] * scale;
  for (let j = 0; j < row.length; j++) row[j] *= signs[j];
  fwhtInPlace(row);
  return row;
}

describe("fwhtSignedFrom", () => {
  it("equals scaling, multiplying by the signs then fwhtInPlace, bit for bit, n = 1 … 2^14", () => {
    for (let n = 1; n <= 2 ** 14; n *= 2) {
      for (const [srcOffset, dstOffset, scale] of [
        [0, 0, 1],
        [5, 2, 0.7300000000000001],
        [1, 0, -3.25],
      ]) {
        const src = Float32Array.from(randomArray(n + srcOffset + 1, 3 * n + srcOffset));
        const signs = randomSigns(n, 11 * n + dstOffset);
        const dst = Float32Array.from(randomArray(n + dstOffset + 3, 5 * n));
        const before = dst.slice();
        const srcBefore = src.slice();
        const want = reference(src, srcOffset, scale, signs);
        expect(fwhtSignedFrom(src, srcOffset, scale, signs, dst, dstOffset)).toBeUndefined();
        expect(dst.subarray(dstOffset, dstOffset + n)).toEqual(want);
        expect(dst.subarray(0, dstOffset)).toEqual(before.subarray(0, dstOffset));
        expect(dst.subarray(dstOffset + n)).toEqual(before.subarray(dstOffset + n));
        expect(src).toEqual(srcBefore);
      }
    }
  });

  it("src and dst may be the same range", () => {
    for (let n = 1; n <= 4096; n *= 2) {
      const x = Float32Array.from(randomArray(n + 1, n));
      const signs = randomSigns(n, n);
      const want = reference(x, 1, 0.3, signs);
      fwhtSignedFrom(x, 1, 0.3, signs, x, 1);
      expect(x.subarray(1)).toEqual(want);
    }
  });

  it("the @example: 2 · [0.5, -0.5, 0.5, -0.5] with signs [1, -1, 1, -1] becomes [2, 0, 0, 0]", () => {
    const src = new Float32Array([0.5, -0.5, 0.5, -0.5]);
    const dst = new Float32Array(4);
    fwhtSignedFrom(src, 0, 2, new Float64Array([1, -1, 1, -1]), dst, 0);
    expect(Array.from(dst)).toEqual([2, 0, 0, 0]);
  });

  it("rejects bad input", () => {
    const s4 = new Float64Array(4);
    const f4 = new Float32Array(4);
    expect(() => fwhtSignedFrom(new Float64Array(4) as unknown as Float32Array, 0, 1, s4, f4, 0)).toThrow(
      new TypeError("src must be a Float32Array; got Float64Array(4)"),
    );
    expect(() => fwhtSignedFrom(f4, 0, 1, s4, [] as unknown as Float32Array, 0)).toThrow(TypeError);
    expect(() => fwhtSignedFrom(f4, 0, 1, new Float64Array(3), f4, 0)).toThrow(
      new RangeError("signs.length must be a power of two in [1, 2^30]; got 3"),
    );
    expect(() => fwhtSignedFrom(f4, 1, 1, s4, f4, 0)).toThrow(RangeError);
    expect(() => fwhtSignedFrom(f4, 0, 1, s4, new Float32Array(3), 0)).toThrow(RangeError);
    expect(() => fwhtSignedFrom(f4, 0, "1" as unknown as number, s4, f4, 0)).toThrow(
      new TypeError("scale must be a number; got string"),
    );
  });
});
