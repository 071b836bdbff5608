import { validateInteger } from "../validate/validateInteger.js";
import { validateSeed } from "../validate/validateSeed.js";
import { mix64, splitMix64 } from "./splitMix64.js";

/** Separates the child-seed derivation from the stream-state derivation (the fraction of √2). */
const SPAWN_DOMAIN = 0x6a09e667f3bcc909n;

/**
 * The seeds of the `k` children of `seed`: child i (0-based) has the seed
 * `splitMix64(mix64(seed) XOR 0x6a09e667f3bcc909)[i] >> 11` (the top 53 bits of the (i+1)-th output).
 * A pure function of `(seed, i)`: spawning twice gives the same children, child i is the same for
 * every k > i, and a child is replayed from its own seed alone.
 *
 * @throws RangeError for a bad seed or k not an integer in [0, 2^20].
 */
export function spawnSeeds(seed: number, k: number): number[] {
  validateSeed(seed);
  validateInteger("k", k, 0, 2 ** 20);
  return splitMix64(mix64(BigInt(seed)) ^ SPAWN_DOMAIN, k).map((w) => Number(w >> 11n));
}
