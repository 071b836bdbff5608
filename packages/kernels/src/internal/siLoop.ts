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
  if (mode === FACTORS) {
    for (let i = 0; i < count; i++) {
      const xo = xOff + i * xStep;
      const zo = zOff + i * zStep;
      for (let j = 0; j < d; j++) out[outOff + i * d + j] = factor(poly, deg, j, X[xo + j] - Z[zo + j]);
    }
    return;
  }
  // The product minus one, then the requested form: S(1 + M) or S·M + (S − 1).
  const mult = scale;
  const add = mode === VALUE ? scale : scale - 1;
  if (deg <= 2) {
    // Hot path (α ≤ 2 everywhere, the common GP / cubature choice): γ_j folded into the coefficients.
    const c = new Float64Array(3 * d);
    for (let j = 0; j < d; j++) for (let k = 0; k < 3; k++) c[3 * j + k] = weights[j] * poly[j * 6 + k];
    for (let i = 0; i < count; i++) {
      const xo = xOff + i * xStep;
      const zo = zOff + i * zStep;
      // Two interleaved products minus one (even and odd coordinates), joined at the end by
      // M = Ma + Mb + Ma·Mb: the same accurate recursion with half the dependency chain.
      let Ma = 0;
      let Mb = 0;
      let j = 0;
      for (; j + 1 < d; j += 2) {
        // Math.abs, not a branch: the sign of a difference of random points is unpredictable.
        let a = Math.abs(X[xo + j] - Z[zo + j]);
        if (a >= 1) a -= Math.floor(a);
        let b = Math.abs(X[xo + j + 1] - Z[zo + j + 1]);
        if (b >= 1) b -= Math.floor(b);
        const u = a - a * a;
        const v = b - b * b;
        const ta = c[3 * j] + u * (c[3 * j + 1] + u * c[3 * j + 2]);
        const tb = c[3 * j + 3] + v * (c[3 * j + 4] + v * c[3 * j + 5]);
        Ma += ta * (1 + Ma);
        Mb += tb * (1 + Mb);
      }
      if (j < d) {
        let a = Math.abs(X[xo + j] - Z[zo + j]);
        if (a >= 1) a -= Math.floor(a);
        const u = a - a * a;
        const ta = c[3 * j] + u * (c[3 * j + 1] + u * c[3 * j + 2]);
        Ma += ta * (1 + Ma);
      }
      out[outOff + i] = mult * (Ma + Mb + Ma * Mb) + add;
    }
    return;
  }
  for (let i = 0; i < count; i++) {
    const xo = xOff + i * xStep;
    const zo = zOff + i * zStep;
    let M = 0;
    for (let j = 0; j < d; j++) {
      const t = weights[j] * factor(poly, deg, j, X[xo + j] - Z[zo + j]);
      M += t * (1 + M);
    }
    out[outOff + i] = mult * M + add;
  }
}

/** K̃_j(δ) for a coordinate difference δ: a = {|δ|}, u = a(1 − a), Horner in u. */
function factor(poly: Float64Array, deg: number, j: number, delta: number): number {
  let a = Math.abs(delta);
  if (a >= 1) a -= Math.floor(a);
  const u = a - a * a;
  const o = j * 6;
  let p = poly[o + deg];
  for (let k = deg - 1; k >= 0; k--) p = p * u + poly[o + k];
  return p;
}
