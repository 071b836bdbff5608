const MASK64 = (1n << 64n) - 1n;
/** The SplitMix64 increment, ⌊2^64 / φ⌋ (odd). */
export const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;

/**
 * The SplitMix64 output function (Steele, Lea & Flood 2014; constants of Stafford's "Mix13"): a
 * bijection of 64-bit words with full avalanche. Used only for seeding, so BigInt speed is fine.
 */
export function mix64(z: bigint): bigint {
  z &= MASK64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/**
 * The first `count` outputs of SplitMix64 started from state `state`: the i-th output (i ≥ 1) is
 * `mix64(state + i·GOLDEN_GAMMA mod 2^64)`.
 */
export function splitMix64(state: bigint, count: number): bigint[] {
  const out: bigint[] = [];
  let x = state & MASK64;
  for (let i = 0; i < count; i++) {
    x = (x + GOLDEN_GAMMA) & MASK64;
    out.push(mix64(x));
  }
  return out;
}
