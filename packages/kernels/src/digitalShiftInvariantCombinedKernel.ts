import { validateOptions } from "@qmckit/core";
import type { DigitalShiftInvariantKernel } from "./DigitalShiftInvariant.js";
import { DsiKernel } from "./internal/DsiKernel.js";
import { dsiCommon } from "./internal/dsiOptions.js";
import { checkCoefficients } from "./internal/params.js";

/**
 * Options of {@link digitalShiftInvariantCombinedKernel}.
 * @example
 * ```ts
 * const options: DigitalShiftInvariantCombinedKernelOptions = { dimension: 2, coefficients: [1, 1, 0, 0] };
 * ```
 */
export interface DigitalShiftInvariantCombinedKernelOptions {
  /** Number of coordinates d, an integer in [1, 65536]. */
  dimension: number;
  /** a_{jp} ≥ 0, p = 1…4: one array of 4 for every coordinate, or d such arrays (each with a positive entry). */
  coefficients: readonly number[] | readonly (readonly number[])[];
  /** Product weights γ_j ≥ 0; default 2^{1/d} − 1. */
  weights?: number | readonly number[];
  /** Scale S > 0; default 1. */
  scale?: number;
  /** Bits of the integer representation, 1…64; default 53. */
  bits?: number;
}

const KEYS = ["dimension", "coefficients", "weights", "scale", "bits"];

/**
 * The combined digitally-shift-invariant kernel K(x, z) = S ∏_j (1 + γ_j Σ_{p=1}^{4} a_{jp} K̃_p(x_j ⊕ z_j))
 * with the closed forms of {@link digitalShiftInvariantKernel} (QMCPy's `KernelDigShiftInvarCombined`).
 *
 * @param options - see {@link DigitalShiftInvariantCombinedKernelOptions}.
 * @returns a {@link DigitalShiftInvariantKernel} of form `'combined'`.
 * @throws TypeError for a wrong kind or an unknown option; RangeError for a negative coefficient, a row
 *   of zeros, bits outside 1…64, a negative weight or a scale ≤ 0.
 * @remarks Symmetric and positive definite: a nonnegative mixture of kernels with positive Walsh coefficients.
 * @example
 * ```ts
 * const k = digitalShiftInvariantCombinedKernel({ dimension: 1, coefficients: [1, 1, 0, 0], weights: 1 });
 * k.diagonal(); // 1 + 1 + 3/2 = 3.5
 * ```
 */
export function digitalShiftInvariantCombinedKernel(
  options: DigitalShiftInvariantCombinedKernelOptions,
): DigitalShiftInvariantKernel {
  const o = validateOptions("options", options, KEYS) as DigitalShiftInvariantCombinedKernelOptions;
  const { d, weights, scale, bits } = dsiCommon(o);
  const coefficients = checkCoefficients(o.coefficients, d, 4);
  return new DsiKernel("combined", scale, bits, weights, undefined, coefficients, (c) => {
    if (c.alpha !== undefined)
      throw new TypeError(
        "alpha belongs to digitalShiftInvariantKernel; this kernel has the combined form (change coefficients instead)",
      );
    return digitalShiftInvariantCombinedKernel({
      dimension: d,
      coefficients: c.coefficients ?? coefficients,
      weights: c.weights ?? weights,
      scale: c.scale ?? scale,
      bits,
    });
  });
}
