import { validateChoice, validateOptions } from "@qmckit/core";
import { worstCaseError } from "@qmckit/lattice";

/** Options of {@link latticePAlpha}. */
export interface LatticePAlphaOptions {
  /** The even smoothness α of P_α: 2 (default), 4 or 6. */
  alpha?: 2 | 4 | 6;
  /** Product weights γ_j (one number for all, or one per coordinate); default 1, the classical P_α. */
  weights?: number | ArrayLike<number>;
}

/**
 * The figure of merit P_α of the rank-1 lattice rule {k z / n mod 1 : k = 0 … n − 1}:
 * P_α = Σ_{h ∈ L⊥ ∖ 0} Π_j r(h_j)^{−α}, r(h) = max(1, |h|), summed over the dual lattice
 * L⊥ = {h : h·z ≡ 0 (mod n)}. Smaller is better; P_α = O(n^{−α + ε}) for good z.
 *
 * @param generatingVector - z: non-negative integers (only z mod n matters).
 * @param n - number of points, an integer in [1, 2^32].
 * @param options - `alpha` ∈ {2, 4, 6} (default 2) and optional product `weights` (default 1).
 * @returns P_α ≥ 0.
 * @throws RangeError for an unsupported α or the errors of `worstCaseError` of `@qmckit/lattice`.
 *
 * @remarks
 * P_α is the squared worst-case integration error of the rule for periodic functions in the Korobov
 * space of smoothness α/2 (Sloan & Joe 1994), and with weights γ_j the weighted version
 * Σ_h Π_{j: h_j ≠ 0} γ_j |h_j|^{−α}. Computed in O(n d) from the Bernoulli-polynomial form
 * P_α = −1 + (1/n) Σ_k Π_j (1 + γ_j (2π)^α (−1)^{α/2+1} B_α({k z_j / n}) / α!) by `worstCaseError`
 * (which returns its square root). For d = 1, z = 1: P_2 = π²/(3n²).
 *
 * @example
 * ```ts
 * latticePAlpha([1, 55], 89);              // the Fibonacci lattice, α = 2
 * latticePAlpha([1, 55], 89, { alpha: 4 });
 * ```
 */
export function latticePAlpha(generatingVector: ArrayLike<number>, n: number, options?: LatticePAlphaOptions): number {
  const o = validateOptions("options", options, ["alpha", "weights"]);
  const alpha = validateChoice("alpha", String(o.alpha ?? 2), ["2", "4", "6"]);
  const e = worstCaseError(generatingVector, n, { weights: o.weights ?? 1, alpha: (Number(alpha) / 2) as 1 | 2 | 3 });
  return e * e;
}
