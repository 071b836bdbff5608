import { validateOptions } from "@qmckit/core";
import { checkCoefficients, checkDimension, checkNonNegative, defaultWeight, perDimension } from "./internal/params.js";
import { SiKernel } from "./internal/SiKernel.js";
import type { ShiftInvariantKernel } from "./ShiftInvariant.js";

/**
 * Options of {@link shiftInvariantCombinedKernel}.
 * @example
 * ```ts
 * const options: ShiftInvariantCombinedKernelOptions = { dimension: 2, coefficients: [1, 0.5, 0, 0, 0] };
 * ```
 */
export interface ShiftInvariantCombinedKernelOptions {
  /** Number of coordinates d, an integer in [1, 65536]. */
  dimension: number;
  /** a_{jp} ≥ 0, p = 1…5: one array of 5 for every coordinate, or d such arrays (each with a positive entry). */
  coefficients: readonly number[] | readonly (readonly number[])[];
  /** Product weights γ_j ≥ 0; default 2^{1/d} − 1. */
  weights?: number | readonly number[];
  /** Scale S > 0; default 1. */
  scale?: number;
}

const KEYS = ["dimension", "coefficients", "weights", "scale"];

/**
 * The combined shift-invariant kernel K(x, z) = S ∏_j (1 + γ_j Σ_{p=1}^{5} a_{jp} K̃_p((x_j − z_j) mod 1)),
 * a mixture of Korobov smoothness levels with the *even* Bernoulli polynomials B_{2p}.
 *
 * @param options - see {@link ShiftInvariantCombinedKernelOptions}.
 * @returns a {@link ShiftInvariantKernel} of form `'combined'`.
 * @throws TypeError for a wrong kind or an unknown option; RangeError for a negative coefficient, a row
 *   of zeros, a negative weight or a scale ≤ 0.
 * @remarks QMCPy's `KernelShiftInvarCombined` uses B_p instead of B_{2p}, which makes its kernel
 * asymmetric (K(x, z) ≠ K(z, x)) and not positive definite; this one is symmetric, and positive
 * definite because every K̃_p has nonnegative Fourier coefficients |h|^{−2p}.
 * @example
 * ```ts
 * const k = shiftInvariantCombinedKernel({ dimension: 2, coefficients: [1, 0.5, 0, 0, 0], weights: 1 });
 * k.diagonal(); // (1 + π²/3 + 0.5·π⁴/45)²
 * ```
 */
export function shiftInvariantCombinedKernel(options: ShiftInvariantCombinedKernelOptions): ShiftInvariantKernel {
  const o = validateOptions("options", options, KEYS) as ShiftInvariantCombinedKernelOptions;
  if (options === undefined)
    throw new TypeError("options must be an options object with { dimension, coefficients }; got undefined");
  const d = checkDimension(o.dimension);
  const coefficients = checkCoefficients(o.coefficients, d, 5);
  const weights = perDimension("weights", o.weights, d, defaultWeight(d), (n, v) => checkNonNegative(n, v));
  const scale = checkNonNegative("scale", o.scale ?? 1, true);
  return new SiKernel("combined", scale, weights, undefined, coefficients, (c) => {
    if (c.alpha !== undefined)
      throw new TypeError(
        "alpha belongs to shiftInvariantKernel; this kernel has the combined form (change coefficients instead)",
      );
    return shiftInvariantCombinedKernel({
      dimension: d,
      coefficients: c.coefficients ?? coefficients,
      weights: c.weights ?? weights,
      scale: c.scale ?? scale,
    });
  });
}
