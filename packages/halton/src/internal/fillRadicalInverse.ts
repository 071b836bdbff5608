import type { DigitPlan } from "./digitPlan.js";

/**
 * Writes the unrandomized Halton coordinate of base b (the radical inverse φ_b(i) = Σ_k a_k(i) b^{−k−1})
 * for the indices a ≤ i < e into `out[offset + (i − a)·stride]`, correctly rounded.
 *
 * @param plan - the base's digit plan.
 * @param out - the output buffer.
 * @param offset - position of index a.
 * @param stride - distance between consecutive indices (the dimension).
 * @param a - first index.
 * @param e - end index (exclusive), e ≤ 2^32.
 * @remarks
 * Step 1, the index digits, is an odometer over the M digits of the indices (b^M ≥ e): one increment
 * per point, carries amortized O(1). There is no scramble (step 2), and step 3 divides the exact integer
 * N = Σ_{k<M} a_k b^{M−1−k} < b·2^32 < 2^53 by b^M: one correctly rounded division, so the result is
 * the double nearest to φ_b(i) whatever the window (QMCPy's digit-by-digit summation is off by an ulp
 * for some indices, e.g. 0.6000000000000001 for i = 3, b = 5).
 * @example
 * ```ts
 * const out = new Float64Array(4);
 * fillRadicalInverse(digitPlan(3), out, 0, 1, 0, 4); // [0, 1/3, 2/3, 1/9]
 * ```
 */
export function fillRadicalInverse(
  plan: DigitPlan,
  out: Float64Array,
  offset: number,
  stride: number,
  a: number,
  e: number,
): void {
  if (e <= a) return;
  const b = plan.base;
  let M = 1;
  let BM = b;
  while (BM < e) {
    BM *= b;
    M++;
  }
  // Step 1: the digits of a, and the change of N when the odometer carries c times.
  const digit = new Int32Array(M + 1);
  let N = 0;
  let rest = a;
  for (let k = 0; k < M; k++) {
    const q = Math.floor(rest / b);
    digit[k] = rest - q * b;
    rest = q;
  }
  for (let k = M - 1, p = 1; k >= 0; k--, p *= b) N += digit[k] * p;
  const delta = new Float64Array(M);
  for (let c = 0, dropped = 0; c < M; c++) {
    const weight = BM / b ** (c + 1);
    delta[c] = weight - dropped;
    dropped += (b - 1) * weight;
  }
  let pos = offset;
  for (let i = a; ; ) {
    out[pos] = N / BM;
    if (++i === e) break;
    pos += stride;
    let c = 0;
    while (digit[c] === b - 1) digit[c++] = 0;
    digit[c]++;
    N += delta[c];
  }
}
