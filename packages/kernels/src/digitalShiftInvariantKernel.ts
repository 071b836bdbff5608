import { validateOptions } from "@qmckit/core";
import type { DigitalShiftInvariantKernel } from "./DigitalShiftInvariant.js";
import { DsiKernel } from "./internal/DsiKernel.js";
import { dsiCommon } from "./internal/dsiOptions.js";
import { checkIntegerIn, perDimension } from "./internal/params.js";

/**
 * Options of {@link digitalShiftInvariantKernel}.
 * @example
 * ```ts
 * const options: DigitalShiftInvariantKernelOptions = { dimension: 4, alpha: [1, 2, 3, 4], bits: 32 };
 * ```
 */
export interface DigitalShiftInvariantKernelOptions {
  /** Number of coordinates d, an integer in [1, 65536]. */
  dimension: number;
  /** Smoothness α ∈ {1, 2, 3, 4}: one number or one per coordinate; default 2. */
  alpha?: number | readonly number[];
  /** Product weights γ_j ≥ 0: one number or one per coordinate; default 2^{1/d} − 1. */
  weights?: number | readonly number[];
  /** Scale S > 0; default 1. */
  scale?: number;
  /** Bits t of the integer representation, 1…64 (the net's `bits`); default 53, DigitalNet's default. */
  bits?: number;
}

const KEYS = ["dimension", "alpha", "weights", "scale", "bits"];

/**
 * The digitally-shift-invariant kernel of smoothness α: K(x, z) = S ∏_j (1 + γ_j K̃_{α_j}(x_j ⊕ z_j)),
 * with the closed forms of the Walsh series K̃_α(x) = Σ_{k≥1} wal_k(x)·2^{−μ_α(k)} (α ≥ 2; μ_α(k) the sum
 * of the α highest 1-bit positions of k) and K̃_1(x) = Σ_k wal_k(x)·2^{1 − 2μ_1(k)}.
 *
 * @param options - see {@link DigitalShiftInvariantKernelOptions}.
 * @returns a {@link DigitalShiftInvariantKernel} of form `'closed'`.
 * @throws TypeError for a wrong kind or an unknown option; RangeError for α outside 1…4, bits outside
 *   1…64, a negative weight or a scale ≤ 0.
 * @remarks With β = −⌊log2 x⌋ and t_ν = 2^{−νβ}: K̃_1 = 1 − 3t_1, K̃_2 = −βx + (5/2)(1 − t_1) − 1,
 * K̃_3 = βx² − 5(1 − t_1)x + (43/18)(1 − t_2) − 1, K̃_4 = −(2/3)βx³ + 5(1 − t_1)x² − (43/9)(1 − t_2)x +
 * (701/294)(1 − t_3) + β(Σ_a(−1)^{x_a}8^{−a}/48 − 1/42) − 1, and K̃_α(0) = 1, 3/2, 25/18, 407/294
 * (QMCPy's `KernelDigShiftInvar`). The α = 4 digit sum runs over all digits, not QMCPy's truncation.
 * @example
 * ```ts
 * const k = digitalShiftInvariantKernel({ dimension: 1, alpha: 2, weights: 1, bits: 10 });
 * k.evaluate(new Float64Array([0.5]), new Float64Array([0]))[0]; // 1 + K̃_2(1/2) = 0.75
 * ```
 */
export function digitalShiftInvariantKernel(options: DigitalShiftInvariantKernelOptions): DigitalShiftInvariantKernel {
  const o = validateOptions("options", options, KEYS) as DigitalShiftInvariantKernelOptions;
  const { d, weights, scale, bits } = dsiCommon(o);
  const alpha = perDimension("alpha", o.alpha, d, 2, checkIntegerIn(1, 4));
  return new DsiKernel("closed", scale, bits, weights, alpha, undefined, (c) => {
    if (c.coefficients !== undefined)
      throw new TypeError(
        "coefficients belong to digitalShiftInvariantCombinedKernel; this kernel has the closed form (change alpha instead)",
      );
    return digitalShiftInvariantKernel({
      dimension: d,
      alpha: c.alpha ?? alpha,
      weights: c.weights ?? weights,
      scale: c.scale ?? scale,
      bits,
    });
  });
}
