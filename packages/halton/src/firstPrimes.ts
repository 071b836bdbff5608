import { validateInteger } from "@qmckit/core";

/**
 * The first `count` prime numbers in increasing order (2, 3, 5, 7, …), by a sieve of Eratosthenes.
 * These are the bases of the Halton sequence: coordinate j uses the (j+1)-th prime.
 *
 * @param count - how many primes, an integer in [0, 2^20].
 * @returns a new Uint32Array of length `count`.
 * @throws TypeError for a non-number; RangeError naming `count` when it is not an integer in range.
 * @remarks The sieve bound comes from Rosser's bound p_n < n (ln n + ln ln n) for n ≥ 6.
 * @example
 * ```ts
 * firstPrimes(5); // Uint32Array [2, 3, 5, 7, 11]
 * firstPrimes(1000)[999]; // 7919
 * ```
 */
export function firstPrimes(count: number): Uint32Array {
  validateInteger("count", count, 0, 2 ** 20);
  const out = new Uint32Array(count);
  if (count === 0) return out;
  const limit = count < 6 ? 15 : Math.ceil(count * (Math.log(count) + Math.log(Math.log(count))));
  const composite = new Uint8Array(limit + 1);
  let found = 0;
  for (let p = 2; p <= limit && found < count; p++) {
    if (composite[p]) continue;
    out[found++] = p;
    for (let q = p * p; q <= limit; q += p) composite[q] = 1;
  }
  return out;
}
