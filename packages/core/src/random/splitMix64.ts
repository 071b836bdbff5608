import { formatValue } from "../validate/formatValue.js";
import { validateInteger } from "../validate/validateInteger.js";

const MASK64 = (1n << 64n) - 1n;
/** Most outputs one {@link splitMix64} call returns (an array of BigInts: about 2^24 · 40 bytes). */
const MAX_SPLITMIX_COUNT = 2 ** 24;
/** The SplitMix64 increment, ⌊2^64 / φ⌋ (odd). */
export const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;

/**
 * The SplitMix64 output function (Steele, Lea & Flood 2014; constants of Stafford's "Mix13"): a
 * bijection of 64-bit words with full avalanche. Used only for seeding, so BigInt speed is fine.
 *
 * @param z - a bigint (taken mod 2^64).
 * @throws TypeError when z is not a bigint.
 */
export function mix64(z: bigint): bigint {
  if (typeof z !== "bigint") throw new TypeError(`z must be a bigint; got ${formatValue(z)} (${typeof z})`);
  z &= MASK64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/**
 * The first `count` outputs of SplitMix64 started from state `state`: the i-th output (i ≥ 1) is
 * `mix64(state + i·GOLDEN_GAMMA mod 2^64)`.
 *
 * @param state - a bigint (taken mod 2^64).
 * @param count - an integer in [0, 2^24].
 * @throws TypeError when state is not a bigint; TypeError / RangeError naming `count` otherwise.
 */
export function splitMix64(state: bigint, count: number): bigint[] {
  if (typeof state !== "bigint") throw new TypeError(`state must be a bigint; got ${formatValue(state)} (${typeof state})`);
  validateInteger("count", count, 0, MAX_SPLITMIX_COUNT);
  const out: bigint[] = [];
  let x = state & MASK64;
  for (let i = 0; i < count; i++) {
    x = (x + GOLDEN_GAMMA) & MASK64;
    out.push(mix64(x));
  }
  return out;
}
