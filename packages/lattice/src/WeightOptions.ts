import type { Smoothness } from "./korobovKernel.js";

/**
 * The weighted Korobov space of a worst-case error: weights and smoothness, shared by {@link cbc} and
 * {@link worstCaseError}.
 *
 * @remarks
 * The weight of a set u of coordinates is `γ_u = Γ_{|u|} · Π_{j∈u} γ_j` (with γ_∅ = 1), one formula
 * for the three standard families:
 * - **product** weights: give `weights` (γ_j) only;
 * - **order-dependent** weights: give `orderWeights` (Γ_ℓ) and `weights: 1`;
 * - **POD** (product and order-dependent) weights: give both.
 *
 * The squared worst-case error of the rank-1 lattice rule with n points and generating vector z is then
 * `e² = −1 + (1/n) Σ_k Σ_u γ_u Π_{j∈u} ω_α({k z_j / n})` (see {@link korobovKernel}).
 * @example
 * ```ts
 * const product: WeightOptions = { weights: [1, 0.5, 0.25] };
 * const orderDependent: WeightOptions = { weights: 1, orderWeights: [1, 0.1, 0.01] };
 * const pod: WeightOptions = { weights: [1, 0.5, 0.25], orderWeights: [1, 2, 6], alpha: 2 };
 * ```
 */
export interface WeightOptions {
  /**
   * Product weights γ_j ≥ 0, j = 1, 2, … (element j − 1 is γ_j): an array with at least `dimension`
   * entries, or one number for all coordinates. Default γ_j = 1/j².
   */
  weights?: number | ArrayLike<number>;
  /**
   * Order-dependent weights Γ_ℓ ≥ 0 for ℓ = 1, …, dimension (element ℓ − 1 is Γ_ℓ; Γ_0 = 1 is implied).
   * Default: all 1, i.e. product weights.
   */
  orderWeights?: ArrayLike<number>;
  /** Smoothness α of the Korobov space: 1 (default), 2 or 3. */
  alpha?: Smoothness;
}
