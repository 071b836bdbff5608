import quantile from "@stdlib/stats-base-dists-normal-quantile";

/** Exact value of the Keister integral for d = 5 (qmcpy-notes §3.6, QMCPy's `Keister.get_exact_value`). */
export const KEISTER_5 = 1.1353239910124924;

/**
 * The Keister integrand on the unit cube: ∫_{ℝ^d} cos‖x‖ e^{−‖x‖²} dx = π^{d/2} E[cos‖t‖], t ~ N(0, I/2),
 * with t = Φ⁻¹(u)/√2. Returns the mean over the `n` points of `data` (row-major, `dimension` columns).
 */
export function keisterMean(data: Float64Array, n: number, dimension: number): number {
  const scale = Math.PI ** (dimension / 2);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let r2 = 0;
    for (let j = 0; j < dimension; j++) {
      const t = quantile(data[i * dimension + j], 0, 1) / Math.SQRT2;
      r2 += t * t;
    }
    sum += scale * Math.cos(Math.sqrt(r2));
  }
  return sum / n;
}
