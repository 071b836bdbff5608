import { validateOptions } from "@qmckit/core";
import { checkDimension, checkIntegerIn, checkNonNegative, defaultWeight, perDimension } from "./internal/params.js";
import { SiKernel } from "./internal/SiKernel.js";
import type { ShiftInvariantKernel } from "./ShiftInvariant.js";

/**
 * Options of {@link shiftInvariantKernel}.
 * @example
 * ```ts
 * const options: ShiftInvariantKernelOptions = { dimension: 3, alpha: [2, 3, 4], weights: [1, 0.5, 0.25], scale: 2 };
 * ```
 */
export interface ShiftInvariantKernelOptions {
  /** Number of coordinates d, an integer in [1, 65536]. */
  dimension: number;
  /** Smoothness α ∈ {1, …, 5}: one for all coordinates or one per coordinate; default 2. */
  alpha?: number | readonly number[];
  /** Product weights γ_j ≥ 0: one number or one per coordinate; default 2^{1/d} − 1 (QMCPy's). */
  weights?: number | readonly number[];
  /** Scale S > 0; default 1. */
  scale?: number;
}

const KEYS = ["dimension", "alpha", "weights", "scale"];

/**
 * The shift-invariant (Korobov) kernel K(x, z) = S ∏_j (1 + γ_j K̃_{α_j}((x_j − z_j) mod 1)) with
 * K̃_α(δ) = (−1)^{α+1}(2π)^{2α}/(2α)!·B_{2α}(δ) = Σ_{h≠0} |h|^{−2α} e^{2πihδ}.
 *
 * @param options - see {@link ShiftInvariantKernelOptions}.
 * @returns a {@link ShiftInvariantKernel}.
 * @throws TypeError for a wrong kind or an unknown option; RangeError for α outside 1…5, a negative
 *   or non-finite weight, a scale ≤ 0, or per-coordinate arrays of the wrong length.
 * @remarks
 * K̃_α is the reproducing kernel of the Korobov space of smoothness α minus its constant: K̃_α(0) =
 * 2ζ(2α), mean zero over [0, 1). B_{2α} is evaluated as a polynomial in u = δ(1 − δ) (see the README),
 * so K(x, z) = K(z, x) exactly and there is no cancellation at small δ. This is QMCPy's
 * `KernelShiftInvar` with `lengthscales` = weights.
 * @example
 * ```ts
 * const k = shiftInvariantKernel({ dimension: 3, alpha: [2, 3, 4], weights: [1, 0.5, 0.25], scale: 2 });
 * k.evaluate(new Float64Array([0.1, 0.25, 0.7]), new Float64Array([0.85, 0.5, 0.3]))[0]; // 1.0349062159362… (QMCPy: 1.034906215951)
 * ```
 */
export function shiftInvariantKernel(options: ShiftInvariantKernelOptions): ShiftInvariantKernel {
  const o = validateOptions("options", options, KEYS) as ShiftInvariantKernelOptions;
  if (options === undefined) throw new TypeError("options must be an options object with at least { dimension }; got undefined");
  const d = checkDimension(o.dimension);
  const alpha = perDimension("alpha", o.alpha, d, 2, checkIntegerIn(1, 5));
  const weights = perDimension("weights", o.weights, d, defaultWeight(d), (n, v) => checkNonNegative(n, v));
  const scale = checkNonNegative("scale", o.scale ?? 1, true);
  const coefficients = alpha.map((a) => [1, 2, 3, 4, 5].map((p) => (p === a ? 1 : 0)));
  return new SiKernel("bernoulli", scale, weights, alpha, coefficients, (c) =>
    shiftInvariantKernel({
      dimension: d,
      alpha: c.alpha ?? alpha,
      weights: c.weights ?? weights,
      scale: c.scale ?? scale,
      ...rejectCoefficients(c),
    }),
  );
}

function rejectCoefficients(c: { coefficients?: unknown }): Record<string, never> {
  if (c.coefficients !== undefined) {
    throw new TypeError(
      "coefficients belong to shiftInvariantCombinedKernel; this kernel has the Bernoulli form (change alpha instead)",
    );
  }
  return {};
}
