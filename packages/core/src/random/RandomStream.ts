import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { validateInteger } from "../validate/validateInteger.js";
import { validateSeed } from "../validate/validateSeed.js";
import { drawSeed } from "./drawSeed.js";
import { spawnSeeds } from "./spawnSeeds.js";
import { splitMix64 } from "./splitMix64.js";

type Xoroshiro = ReturnType<typeof xoroshiro128plusFromState>;

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

/**
 * A seeded random stream: **xoroshiro128+** (Blackman & Vigna; the implementation of `pure-rand`),
 * whose 128-bit state (s0, s1) is the first two outputs of SplitMix64 started at the seed, as the
 * xoroshiro authors recommend. Each draw of 32 bits is the low half of xoroshiro128+'s 64-bit output,
 * as `pure-rand` returns it; floats use only the high bits of two draws (see {@link nextFloat64}).
 *
 * @remarks
 * To reproduce a stream elsewhere: s0, s1 = SplitMix64(seed) outputs 1 and 2; then per step
 * `out = (s0 + s1) mod 2^64`, `s1 ^= s0`, `s0 = rotl(s0, 24) ^ s1 ^ (s1 << 16)`, `s1 = rotl(s1, 37)`;
 * `nextUint32()` is `out mod 2^32`. Children from {@link spawn} are streams of {@link spawnSeeds}.
 *
 * @example
 * ```ts
 * const rng = new RandomStream(42);
 * const u = rng.nextFloat64();            // in [0, 1)
 * const [a, b] = rng.spawn(2);            // independent child streams
 * ```
 */
export class RandomStream {
  /** The seed this stream started from, an integer in [0, 2^53 − 1]. */
  readonly seed: number;
  #gen: Xoroshiro;

  /**
   * @param seed - an integer in [0, 2^53 − 1]; drawn from `crypto.getRandomValues` when omitted.
   * @throws RangeError naming `seed` when it is negative, fractional, NaN or beyond 2^53 − 1.
   */
  constructor(seed?: number) {
    this.seed = seed === undefined ? drawSeed() : validateSeed(seed);
    const [s0, s1] = splitMix64(BigInt(this.seed), 2);
    // pure-rand keeps each 64-bit word as (high 32 bits, low 32 bits) signed int32 pairs.
    const hi = (w: bigint) => Number(BigInt.asIntN(32, w >> 32n));
    const lo = (w: bigint) => Number(BigInt.asIntN(32, w));
    this.#gen = xoroshiro128plusFromState([hi(s0), lo(s0), hi(s1), lo(s1)]);
  }

  /** The next 32 random bits as an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    return this.#gen.next() >>> 0;
  }

  /**
   * A uniform double in [0, 1) with 53 random bits: `(a >>> 5) · 2^26 + (b >>> 6)` over 2^53 for two
   * successive draws a, b (the resolution of MT19937's `genrand_res53`). Never 1.
   */
  nextFloat64(): number {
    const a = this.#gen.next() >>> 5;
    const b = this.#gen.next() >>> 6;
    return (a * TWO_POW_26 + b) / TWO_POW_53;
  }

  /**
   * A uniform integer in [0, bound) for an integer bound in [1, 2^32], by rejection (no modulo bias).
   */
  nextBelow(bound: number): number {
    validateInteger("bound", bound, 1, 2 ** 32);
    // Reject the top partial block of [0, 2^32) so that every residue is equally likely.
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      const u = this.#gen.next() >>> 0;
      if (u < limit) return u % bound;
    }
  }

  /** 64 random bits as a BigInt in [0, 2^64): the first draw is the high word. */
  nextBigUint64(): bigint {
    const hi = BigInt(this.#gen.next() >>> 0);
    const lo = BigInt(this.#gen.next() >>> 0);
    return (hi << 32n) | lo;
  }

  /** Fills `out` with successive `nextUint32()` values and returns it. */
  fillUint32(out: Uint32Array): Uint32Array {
    for (let i = 0; i < out.length; i++) out[i] = this.#gen.next() >>> 0;
    return out;
  }

  /** Fills `out` with successive `nextFloat64()` values and returns it. */
  fillFloat64(out: Float64Array): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = this.nextFloat64();
    return out;
  }

  /**
   * `k` independent child streams, one for each seed of {@link spawnSeeds}(this.seed, k). A pure
   * function of the seed: it does not depend on, or advance, this stream's position.
   */
  spawn(k: number): RandomStream[] {
    return spawnSeeds(this.seed, k).map((s) => new RandomStream(s));
  }
}
