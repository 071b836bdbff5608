import { indexDigits, precisionDigits } from "../precisionDigits.js";

/** The largest double below 1, 1 − 2^−53: where a coordinate that would round up to 1 goes. */
export const ONE_BELOW = 1 - 2 ** -53;

/**
 * How the K scrambled digits z_0 … z_{K−1} of a base-b coordinate become a double, the third of the
 * three steps (index digits → digit scramble → float). The digits are split at a fixed position
 * `split` = ⌈K/2⌉ into two exact integers
 *
 *   U = Σ_{t<split} z_t · b^{split−1−t} < b^split ≤ 2^53,   V = Σ_{t≥split} z_t · b^{K−1−t} < b^{K−split} ≤ 2^53,
 *
 * and the coordinate is `min(U·scaleU + V·scaleV, 1 − 2^−53)` with scaleU = b^−split, scaleV = b^−K.
 *
 * @remarks
 * Because U and V are exact integers, every evaluation order and table layout gives them exactly, so
 * the double is a fixed function of the digits: the same point has the same bits in every window (the
 * extensibility contract demands bitwise equality). The float result is within about 2 ulp of the exact
 * Σ z_t b^{−t−1}. The true value is at most 1 − b^{−K} and b^{−K} ≤ 2^−53 may be far below the spacing
 * of doubles under 1, so the exact sum can round to 1.0 (all digits b − 1, e.g. base 7919: 1 − 7919^−5);
 * the final `min` rounds those few values down instead, so coordinates always lie in [0, 1).
 * @example
 * ```ts
 * const p = digitPlan(3);
 * p.digits; // 34
 * p.split;  // 17
 * ```
 */
export interface DigitPlan {
  /** The prime base b. */
  readonly base: number;
  /** K = ⌈53 / log2 b⌉ scrambled digits per coordinate. */
  readonly digits: number;
  /** m: base-b digits of an index below 2^32. */
  readonly indexDigits: number;
  /** ⌈K/2⌉: digits t < split go to U, the others to V. */
  readonly split: number;
  /** Place value of digit t inside U or V: b^{split−1−t} for t < split, b^{K−1−t} otherwise. */
  readonly place: Float64Array;
  /** b^−split. */
  readonly scaleU: number;
  /** b^−K, as b^−split / b^{K−split}. */
  readonly scaleV: number;
}

/**
 * Builds the {@link DigitPlan} of base `base`.
 *
 * @param base - a prime in [2, 2^16] (unchecked: internal).
 * @returns the plan.
 * @example
 * ```ts
 * digitPlan(2).place[0]; // 2^26
 * ```
 */
export function digitPlan(base: number): DigitPlan {
  const K = precisionDigits(base);
  const split = Math.ceil(K / 2);
  const place = new Float64Array(K);
  for (let t = 0; t < K; t++) place[t] = base ** (t < split ? split - 1 - t : K - 1 - t);
  const scaleU = 1 / base ** split;
  return {
    base,
    digits: K,
    indexDigits: indexDigits(base),
    split,
    place,
    scaleU,
    scaleV: scaleU / base ** (K - split),
  };
}
