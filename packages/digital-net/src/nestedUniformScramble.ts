import type { RandomStream } from "@qmckit/core";
import { hash32 } from "./internal/hash32.js";

/** Random keys per coordinate: 8 groups of 4 tree levels (levels 0–31) and one for levels 32–63. */
export const NESTED_KEYS_PER_COORDINATE = 9;

/**
 * The randomness of {@link nestedUniformScramble} for `dimension` coordinates: 9 random 32-bit keys per
 * coordinate, and a cache of the flips of the first 8 tree levels (256 entries per coordinate).
 */
export interface NestedScramble {
  readonly dimension: number;
  /** `keys[9j + g]`: key of group g of coordinate j. */
  readonly keys: Int32Array;
  /** `top[256j + v]`: the flips of levels 0–7 for a point whose first byte is v (derived from keys). */
  readonly top: Uint8Array;
}

/**
 * Draws the keys of a nested uniform scramble: 9 draws of 32 bits per coordinate, in order.
 *
 * @example
 * ```ts
 * const nus = drawNestedScramble(new RandomStream(1), 4); // keys for 4 coordinates
 * ```
 */
export function drawNestedScramble(rng: RandomStream, dimension: number): NestedScramble {
  const keys = new Int32Array(dimension * NESTED_KEYS_PER_COORDINATE);
  for (let i = 0; i < keys.length; i++) keys[i] = rng.nextUint32();
  return nestedScrambleFromKeys(keys, dimension);
}

/**
 * The nested scramble of given keys (9 per coordinate), with its level-0–7 cache.
 *
 * @example
 * ```ts
 * const nus = nestedScrambleFromKeys(new Int32Array(9), 1); // the deterministic scramble of all-zero keys
 * ```
 */
export function nestedScrambleFromKeys(keys: Int32Array, dimension: number): NestedScramble {
  const top = new Uint8Array(dimension * 256);
  for (let j = 0; j < dimension; j++) {
    const k0 = keys[j * NESTED_KEYS_PER_COORDINATE];
    const k1 = keys[j * NESTED_KEYS_PER_COORDINATE + 1];
    for (let v = 0; v < 256; v++) {
      top[j * 256 + v] = (groupFlips(hash32(k0), v >>> 4) << 4) | groupFlips(hash32((v >>> 4) ^ k1), v & 15);
    }
  }
  return { dimension, keys, top };
}

/**
 * The flips of 4 consecutive tree levels below one node: bit 3 − r of the result is the flip of level r
 * on the path of the 4 digits `v` (the node's children are addressed by the digits so far), read from
 * the 15 bits of the node hash `h` in heap order: level r, digits prefix p → bit 2^r − 1 + p.
 */
function groupFlips(h: number, v: number): number {
  return (
    ((h & 1) << 3) | (((h >>> (1 + (v >>> 3))) & 1) << 2) | (((h >>> (3 + (v >>> 2))) & 1) << 1) | ((h >>> (7 + (v >>> 1))) & 1)
  );
}

/**
 * Owen's nested uniform scrambling (NUS) by hashing, no tree in memory: randomization step on integer
 * points of at most 32 bits, producing `bits` (≤ 64) scrambled bits per coordinate.
 *
 * @param points - input points as 32-bit MSB-aligned words, row-major `[point][dimension]`.
 * @param scramble - keys per coordinate ({@link drawNestedScramble}).
 * @param bits - output bits, 1–64.
 * @param outHi - high words of the result (same layout); allocated when omitted.
 * @param outLo - low words of the result.
 * @returns `{ hi, lo }`.
 *
 * @remarks
 * Owen's scramble flips digit k of x by a random bit attached to the tree node addressed by digits
 * 0 … k − 1 of x, independently for every node (A. B. Owen, "Randomly permuted (t,m,s)-nets and
 * (t,s)-sequences", 1995). Here a node's bit is derived by hashing instead of being stored: levels are
 * grouped by 4; group g (levels 4g … 4g+3) of coordinate j hashes its prefix p (the first 4g digits, an
 * integer) as `h = mix32(p ⊕ key[9j + g])` (Wellons' lowbias32, `mix32` of `@qmckit/core`), whose bits 0 … 14
 * are the 15 node bits of the 4-level subtree below p (heap order, see the code). The input has 32
 * digits, so every node at level ≥ 32 is addressed by x itself: their flips are the bits of
 * `mix32(x ⊕ key[9j + 8])`, most significant first. Cost O(bits / 4) hashes per coordinate, no memory
 * growth; levels 0–7 come from a 256-entry table per coordinate computed from the same formula.
 * Distinct nodes get independent-looking bits because mix32 is a bijection with good avalanche; the
 * marginal of every node bit is exactly fair because each key is uniform.
 *
 * @example
 * ```ts
 * const nus = drawNestedScramble(new RandomStream(3), 1);
 * const { hi } = nestedUniformScramble(new Uint32Array([0, 0x80000000]), nus, 32);
 * (hi[0] ^ hi[1]) >>> 31; // 1: the first digit still differs (prefixes are kept apart)
 * ```
 */
export function nestedUniformScramble(
  points: Uint32Array,
  scramble: NestedScramble,
  bits: number,
  outHi?: Uint32Array,
  outLo?: Uint32Array,
): { hi: Uint32Array; lo: Uint32Array } {
  const d = scramble.dimension;
  const hi = outHi ?? new Uint32Array(points.length);
  const lo = outLo ?? new Uint32Array(points.length);
  const { keys, top } = scramble;
  const maskHi = bits >= 32 ? -1 : bits <= 0 ? 0 : -1 << (32 - bits);
  const maskLo = bits >= 64 ? -1 : bits <= 32 ? 0 : -1 << (64 - bits);
  // Groups 2 … 7 (levels 8–31) are needed only as far as the output reaches.
  const lastGroup = Math.min(8, (bits + 3) >>> 2);
  for (let i = 0; i < points.length; i += d) {
    for (let j = 0; j < d; j++) {
      const x = points[i + j] | 0;
      const kb = j * NESTED_KEYS_PER_COORDINATE;
      let y = x ^ (top[(j << 8) + (x >>> 24)] << 24);
      for (let g = 2; g < lastGroup; g++) {
        const h = hash32((x >>> (32 - 4 * g)) ^ keys[kb + g]);
        const v = (x >>> (28 - 4 * g)) & 15;
        y ^=
          (((h & 1) << 3) |
            (((h >>> (1 + (v >>> 3))) & 1) << 2) |
            (((h >>> (3 + (v >>> 2))) & 1) << 1) |
            ((h >>> (7 + (v >>> 1))) & 1)) <<
          (28 - 4 * g);
      }
      hi[i + j] = y & maskHi;
      lo[i + j] = maskLo === 0 ? 0 : hash32(x ^ keys[kb + 8]) & maskLo;
    }
  }
  return { hi, lo };
}
