import { formatValue, validateOptions } from "@qmckit/core";
import type { DigitalShiftInvariantKernel } from "./DigitalShiftInvariant.js";
import { DsiKernel } from "./internal/DsiKernel.js";
import { dsiCommon } from "./internal/dsiOptions.js";
import { perDimension } from "./internal/params.js";

/**
 * Options of {@link digitalShiftInvariantAdaptiveKernel}.
 * @example
 * ```ts
 * const options: DigitalShiftInvariantAdaptiveKernelOptions = { dimension: 2, alpha: 1.5 };
 * ```
 */
export interface DigitalShiftInvariantAdaptiveKernelOptions {
  /** Number of coordinates d, an integer in [1, 65536]. */
  dimension: number;
  /** Smoothness α: a real number in (0, 50], one for all or one per coordinate; default 1. */
  alpha?: number | readonly number[];
  /** Product weights γ_j ≥ 0; default 2^{1/d} − 1. */
  weights?: number | readonly number[];
  /** Scale S > 0; default 1. */
  scale?: number;
  /** Bits of the integer representation, 1…64; default 53. */
  bits?: number;
}

const KEYS = ["dimension", "alpha", "weights", "scale", "bits"];

function checkAlpha(name: string, v: unknown): number {
  if (typeof v !== "number") throw new TypeError(`${name} must be a real number in (0, 50]; got ${formatValue(v)} (${typeof v})`);
  if (!(v > 0 && v <= 50)) throw new RangeError(`${name} must be a real number in (0, 50]; got ${formatValue(v)}`);
  return v;
}

/**
 * The digitally-shift-invariant kernel with a real, tunable smoothness α > 0:
 * K̃_α(x) = ν − (ν + 1)·2^{α(1 − β)} for x ≠ 0 and ν at x = 0, with β = −⌊log2 x⌋ and
 * ν = 2^{α+1}/(2^{α+1} − 2) (QMCPy's `KernelDigShiftInvarAdaptiveAlpha`).
 *
 * @param options - see {@link DigitalShiftInvariantAdaptiveKernelOptions}.
 * @returns a {@link DigitalShiftInvariantKernel} of form `'adaptive'`.
 * @throws TypeError for a wrong kind or an unknown option; RangeError for α outside (0, 50], bits
 *   outside 1…64, a negative weight or a scale ≤ 0.
 * @remarks K̃_α = Σ_{k≥1} wal_k(x)·2^{−(α+1)(μ_1(k) − 1)}: every Walsh coefficient is positive, so the
 * kernel is positive definite for every α > 0, and its mean over [0, 1) is zero. α is capped at 50
 * because 2^{−α} then lies below double precision and larger α change nothing.
 * @example
 * ```ts
 * const k = digitalShiftInvariantAdaptiveKernel({ dimension: 1, alpha: 1, weights: 1 });
 * k.diagonal(); // 1 + ν(1) = 1 + 4/2 = 3
 * ```
 */
export function digitalShiftInvariantAdaptiveKernel(
  options: DigitalShiftInvariantAdaptiveKernelOptions,
): DigitalShiftInvariantKernel {
  const o = validateOptions("options", options, KEYS) as DigitalShiftInvariantAdaptiveKernelOptions;
  const { d, weights, scale, bits } = dsiCommon(o);
  const alpha = perDimension("alpha", o.alpha, d, 1, checkAlpha);
  return new DsiKernel("adaptive", scale, bits, weights, alpha, undefined, (c) => {
    if (c.coefficients !== undefined)
      throw new TypeError(
        "coefficients belong to digitalShiftInvariantCombinedKernel; this kernel has the adaptive form (change alpha instead)",
      );
    return digitalShiftInvariantAdaptiveKernel({
      dimension: d,
      alpha: c.alpha ?? alpha,
      weights: c.weights ?? weights,
      scale: c.scale ?? scale,
      bits,
    });
  });
}
