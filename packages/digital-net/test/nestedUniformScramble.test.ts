// NUS by hashing: equality with a direct, level-by-level restatement of the documented definition, the
// nested (prefix-keeping) structure, and fair node bits.
import { mix32, RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { drawNestedScramble, NESTED_KEYS_PER_COORDINATE, nestedScrambleFromKeys, nestedUniformScramble } from "../src/index.js";
import { hash32 } from "../src/internal/hash32.js";
import { word } from "./helpers.js";

/**
 * The definition in nestedUniformScramble's TSDoc, one level at a time with BigInt: digit k (k < 32) is
 * flipped by bit 2^r − 1 + (digits 4g … k−1 of x) of mix32(prefix_4g(x) XOR key_g), g = ⌊k/4⌋,
 * r = k mod 4; digit k ≥ 32 by bit 63 − k of mix32(x XOR key_8) read as the low word.
 */
function reference(x: number, keys: Int32Array, j: number, bits: number): bigint {
  let y = 0n;
  for (let k = 0; k < bits; k++) {
    let flip: number;
    if (k < 32) {
      const g = k >> 2;
      const r = k & 3;
      const prefix = g === 0 ? 0 : x >>> (32 - 4 * g);
      const h = mix32((prefix ^ keys[j * NESTED_KEYS_PER_COORDINATE + g]) >>> 0);
      const local = r === 0 ? 0 : (x >>> (32 - k)) & ((1 << r) - 1);
      flip = (h >>> (2 ** r - 1 + local)) & 1;
    } else {
      flip = (mix32((x ^ keys[j * NESTED_KEYS_PER_COORDINATE + 8]) >>> 0) >>> (63 - k)) & 1;
    }
    const digit = k < 32 ? (x >>> (31 - k)) & 1 : 0;
    y |= BigInt(digit ^ flip) << BigInt(63 - k);
  }
  return y;
}

describe("nestedUniformScramble", () => {
  it("equals the level-by-level definition for every output width", () => {
    const rng = new RandomStream(8);
    const d = 3;
    const nus = drawNestedScramble(rng, d);
    const pts = rng.fillUint32(new Uint32Array(300 * d));
    for (const bits of [1, 4, 5, 8, 9, 31, 32, 33, 53, 64]) {
      const { hi, lo } = nestedUniformScramble(pts, nus, bits);
      for (let i = 0; i < pts.length; i++) {
        expect(word(hi[i], lo[i]), `bits=${bits} i=${i}`).toBe(reference(pts[i], nus.keys, i % d, bits));
      }
    }
  });

  it("is nested: points sharing exactly k leading digits still share k and differ at digit k", () => {
    const rng = new RandomStream(12);
    const nus = drawNestedScramble(rng, 1);
    for (let trial = 0; trial < 2000; trial++) {
      const x = rng.nextUint32();
      const k = trial % 32;
      const y = (x ^ (2 ** (31 - k))) >>> 0; // flip digit k
      const { hi } = nestedUniformScramble(new Uint32Array([x, y]), nus, 32);
      const diff = (hi[0] ^ hi[1]) >>> 0;
      expect(Math.clz32(diff)).toBe(k);
    }
  });

  it("permutes the 2^10 cells of the first 10 digits", () => {
    const nus = drawNestedScramble(new RandomStream(3), 1);
    const pts = new Uint32Array(1024).map((_, i) => i * 2 ** 22);
    const { hi } = nestedUniformScramble(pts, nus, 53);
    expect(new Set(Array.from(hi, (w) => w >>> 22)).size).toBe(1024);
  });

  it("node bits are fair: over 4000 key draws each of the first 40 output digits of a fixed point is 1 about half the time (within 5σ)", () => {
    const rng = new RandomStream(99);
    const draws = 4000;
    const counts = new Array(40).fill(0);
    const x = new Uint32Array([0x5a5a5a5a]);
    for (let t = 0; t < draws; t++) {
      const { hi, lo } = nestedUniformScramble(x, drawNestedScramble(rng, 1), 40);
      for (let k = 0; k < 40; k++) counts[k] += k < 32 ? (hi[0] >>> (31 - k)) & 1 : (lo[0] >>> (63 - k)) & 1;
    }
    const sigma = Math.sqrt(draws / 4);
    for (const c of counts) expect(Math.abs(c - draws / 2)).toBeLessThan(5 * sigma);
  });

  it("the level-0–7 table is the hashing formula (nestedScrambleFromKeys of zero keys)", () => {
    const keys = new Int32Array(NESTED_KEYS_PER_COORDINATE);
    const nus = nestedScrambleFromKeys(keys, 1);
    const pts = new Uint32Array(256).map((_, v) => v * 2 ** 24);
    const { hi } = nestedUniformScramble(pts, nus, 8);
    for (let v = 0; v < 256; v++) expect(word(hi[v], 0)).toBe(reference(pts[v], keys, 0, 8));
  });

  it("hash32 is core's mix32 as a signed int32", () => {
    const rng = new RandomStream(1);
    for (let i = 0; i < 1000; i++) {
      const x = rng.nextUint32();
      expect(hash32(x) >>> 0).toBe(mix32(x));
    }
  });
});
