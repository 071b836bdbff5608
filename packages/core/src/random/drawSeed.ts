/**
 * Draws a fresh seed, an integer in [0, 2^53 − 1], from the platform's cryptographic source
 * (`crypto.getRandomValues`, in Node ≥ 20 and every browser). Generators call it only when the caller
 * gives no seed, and expose the result as `seed` so the run can be replayed.
 */
export function drawSeed(): number {
  const words = new Uint32Array(2);
  globalThis.crypto.getRandomValues(words);
  return (words[0] & 0x1fffff) * 0x100000000 + words[1];
}
