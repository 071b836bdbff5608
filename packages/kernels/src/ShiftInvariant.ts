import type { Kernel, PointInput } from "./Kernel.js";

/**
 * Parameters of a shift-invariant kernel that {@link ShiftInvariantKernel.with} may change.
 * @example
 * ```ts
 * const changes: ShiftInvariantChanges = { scale: 2, weights: [0.5, 0.25] };
 * ```
 */
export interface ShiftInvariantChanges {
  scale?: number;
  weights?: number | readonly number[];
  /** Only for the Bernoulli form ({@link shiftInvariantKernel}). */
  alpha?: number | readonly number[];
  /** Only for the combined form ({@link shiftInvariantCombinedKernel}). */
  coefficients?: readonly number[] | readonly (readonly number[])[];
}

/**
 * A shift-invariant kernel on the torus [0, 1)^d: K(x, z) = S ∏_j (1 + γ_j K̃_j((x_j − z_j) mod 1)),
 * K̃_j = Σ_p a_{jp} K̃_p with the Korobov factors K̃_p(δ) = (−1)^{p+1}(2π)^{2p}/(2p)!·B_{2p}(δ). Its
 * Gram matrix on a lattice in natural order is diagonalized by `fftbr` ({@link FastGram}).
 * Made by {@link shiftInvariantKernel} or {@link shiftInvariantCombinedKernel}.
 * @example
 * ```ts
 * const k: ShiftInvariantKernel = shiftInvariantKernel({ dimension: 2, alpha: [1, 2] });
 * k.with({ weights: 0.1 }).evaluateMinusOne(x, z); // K − 1 for small weights, accurately
 * ```
 */
export interface ShiftInvariantKernel extends Kernel<PointInput> {
  readonly kind: "shift-invariant";
  /** `'bernoulli'`: one K̃_{α_j} per coordinate; `'combined'`: Σ_p a_{jp} K̃_p. */
  readonly form: "bernoulli" | "combined";
  /** The smoothness α_j per coordinate (Bernoulli form), else undefined. */
  readonly alpha: readonly number[] | undefined;
  /** a_{jp} (d rows of 5, p = 1…5); one-hot rows for the Bernoulli form. */
  readonly coefficients: readonly (readonly number[])[];
  /** A kernel of the same form with some parameters changed (validated like the factory's options). */
  with(changes: ShiftInvariantChanges): ShiftInvariantKernel;
}
