import type { Kernel, NetPointInput } from "./Kernel.js";

/**
 * Parameters of a digitally-shift-invariant kernel that {@link DigitalShiftInvariantKernel.with} may change.
 * @example
 * ```ts
 * const changes: DigitalShiftInvariantChanges = { weights: 0.5, alpha: 1.5 };
 * ```
 */
export interface DigitalShiftInvariantChanges {
  scale?: number;
  weights?: number | readonly number[];
  /** Integer 1…4 for the closed form, any real > 0 for the adaptive form. */
  alpha?: number | readonly number[];
  /** Only for the combined form. */
  coefficients?: readonly number[] | readonly (readonly number[])[];
}

/**
 * A digitally-shift-invariant (Walsh) kernel on base-2 binary fractions:
 * K(x, z) = S ∏_j (1 + γ_j K̃_j(x_j ⊕ z_j)), ⊕ the digit-wise XOR. Its Gram matrix on a digital net in
 * natural order (with a digital shift) is diagonalized by `fwht` ({@link FastGram}). Made by
 * {@link digitalShiftInvariantKernel}, {@link digitalShiftInvariantAdaptiveKernel} or
 * {@link digitalShiftInvariantCombinedKernel}.
 * @example
 * ```ts
 * const net = new DigitalNet(2, { seed: 3, bits: 32 });
 * const k: DigitalShiftInvariantKernel = digitalShiftInvariantKernel({ dimension: 2, bits: 32 });
 * k.matrix(net.integers(4), net.integers(4)); // 4 × 4, exact integer inputs
 * ```
 */
export interface DigitalShiftInvariantKernel extends Kernel<NetPointInput> {
  readonly kind: "digital-shift-invariant";
  /** `'closed'`: K̃_{α_j}, α ∈ {1,…,4}; `'adaptive'`: real α > 0; `'combined'`: Σ_p a_{jp} K̃_p. */
  readonly form: "closed" | "adaptive" | "combined";
  /** Bits t of the integer representation (must equal the net's `bits`). */
  readonly bits: number;
  /** α_j per coordinate (closed and adaptive forms), else undefined. */
  readonly alpha: readonly number[] | undefined;
  /** a_{jp} (d rows of 4) for the combined form, else undefined. */
  readonly coefficients: readonly (readonly number[])[] | undefined;
  /** A kernel of the same form with some parameters changed (validated like the factory's options). */
  with(changes: DigitalShiftInvariantChanges): DigitalShiftInvariantKernel;
}
