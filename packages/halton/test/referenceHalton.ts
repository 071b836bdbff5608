import type { DigitScramble } from "../src/index.js";

/**
 * An independent, deliberately plain restatement of a scrambled Halton coordinate, for differential
 * tests: digits of i by division, y = S·a mod b, z_t = π_t(y_t), then the exact rational
 * Σ z_t b^{−t−1} in BigInt arithmetic, rounded to a double (and to 1 − 2^−53 if it rounds to 1).
 */
export function referenceCoordinate(s: DigitScramble, i: number): number {
  const b = s.base;
  const K = s.digits;
  const m = s.indexDigits;
  const a: number[] = [];
  for (let k = 0, rest = i; k < m; k++, rest = Math.floor(rest / b)) a.push(rest % b);
  let X = 0n;
  for (let t = 0; t < K; t++) {
    let y = 0;
    if (s.matrix !== null) {
      for (let k = 0; k <= t && k < m; k++) y += s.matrix[t * m + k] * a[k];
    } else if (t < m) {
      y = a[t];
    }
    y %= b;
    const z = s.permutations !== null ? s.permutations[t * b + y] : (s.multiplier * y + s.shifts[t]) % b;
    X = X * BigInt(b) + BigInt(z);
  }
  return exactToDouble(X, BigInt(b) ** BigInt(K));
}

/** The double nearest to num/den (0 ≤ num < den), rounded down to 1 − 2^−53 if it would be 1. */
export function exactToDouble(num: bigint, den: bigint): number {
  const x = Number((num << 100n) / den) * 2 ** -100;
  return x < 1 ? x : 1 - 2 ** -53;
}

/** The radical inverse φ_b(i) as an exact fraction [numerator, denominator]. */
export function radicalInverseFraction(i: number, b: number): [bigint, bigint] {
  let num = 0n;
  let den = 1n;
  for (let rest = i; rest > 0; rest = Math.floor(rest / b)) {
    num = num * BigInt(b) + BigInt(rest % b);
    den *= BigInt(b);
  }
  return [num, den];
}
