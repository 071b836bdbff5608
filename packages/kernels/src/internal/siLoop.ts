/** What a kernel loop writes: the kernel, the kernel minus one, or the unweighted factors. */
export type Mode = 0 | 1 | 2;
/** Write K. */
export const VALUE: Mode = 0;
/** Write K − 1. */
export const MINUS_ONE: Mode = 1;
/** Write the unweighted factors K̃_j (pairs × d). */
export const FACTORS: Mode = 2;

/**
 * The shift-invariant kernel loop over `count` pairs (row i of X at xOff + i·xStep against row i of Z at
 * zOff + i·zStep; a step of 0 broadcasts one row). Per coordinate a = {|x − z|}, u = a(1 − a), the
 * factor K̃_j = Horner of the u-polynomial `poly[j·6 …]` of degree `deg`; the product minus one is
 * accumulated as M ← M + γ_j K̃_j (1 + M), which has no cancellation when every γ_j K̃_j is small.
 */
export function siLoop(
  poly: Float64Array,
  deg: number,
  weights: Float64Array,
  scale: number,
  d: number,
  X: Float64Array,
  xOff: number,
  xStep: number,
  Z: Float64Array,
  zOff: number,
  zStep: number,
  count: number,
  out: Float64Array,
  outOff: number,
  mode: Mode,
): void {
  const sm1 = scale - 1;
  for (let i = 0; i < count; i++) {
    const xo = xOff + i * xStep;
    const zo = zOff + i * zStep;
    let M = 0;
    for (let j = 0; j < d; j++) {
      let a = X[xo + j] - Z[zo + j];
      if (a < 0) a = -a;
      if (a >= 1) a -= Math.floor(a);
      const u = a - a * a;
      const o = j * 6;
      let p = poly[o + deg];
      for (let k = deg - 1; k >= 0; k--) p = p * u + poly[o + k];
      if (mode === FACTORS) {
        out[outOff + i * d + j] = p;
      } else {
        const t = weights[j] * p;
        M += t * (1 + M);
      }
    }
    if (mode === VALUE) out[outOff + i] = scale * (1 + M);
    else if (mode === MINUS_ONE) out[outOff + i] = scale * M + sm1;
  }
}
