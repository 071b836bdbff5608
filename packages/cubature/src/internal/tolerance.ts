import { validateChoice } from "@qmckit/core";
import { validateNonNegative } from "./validateNumber.js";

/** Resolved error tolerance. */
export interface Tolerance {
  absTol: number;
  relTol: number;
  both: boolean;
}

/** Validates absTol / relTol / errorCriterion (defaults 1e-2, 0, 'either'). */
export function parseTolerance(absTol: unknown = 1e-2, relTol: unknown = 0, errorCriterion: unknown = "either"): Tolerance {
  const a = validateNonNegative("absTol", absTol);
  const r = validateNonNegative("relTol", relTol);
  if (r >= 1) throw new RangeError(`relTol must be in [0, 1); got ${r}`);
  const both = validateChoice("errorCriterion", errorCriterion, ["either", "both"]) === "both";
  if (both ? a === 0 || r === 0 : a === 0 && r === 0)
    throw new RangeError(
      both
        ? `errorCriterion 'both' needs absTol > 0 and relTol > 0; got absTol = ${a}, relTol = ${r}`
        : `absTol and relTol must not both be 0; got absTol = ${a}, relTol = ${r}`,
    );
  return { absTol: a, relTol: r, both };
}

/** The tolerance at a value s of the integral: absTol and relTol·|s| combined by the error criterion. */
export function tolAt(s: number, t: Tolerance): number {
  const rel = Math.abs(s) * t.relTol;
  return t.both ? Math.min(t.absTol, rel) : Math.max(t.absTol, rel);
}

/** The decision for one output with mean μ̂ and half-width hw. */
export interface Judgement {
  converged: boolean;
  estimate: number;
  lower: number;
  upper: number;
  errorBound: number;
}

/**
 * Given that the integral lies in [μ̂ − hw, μ̂ + hw] = [lo, hi], the tolerance is met iff some estimate μ̃
 * has |μ − μ̃| ≤ tol(μ) for every μ in [lo, hi], i.e. iff hi − lo ≤ tol(lo) + tol(hi); the returned
 * estimate is the midpoint of the admissible set, (lo + hi + tol(lo) − tol(hi))/2, which equals μ̂ when
 * relTol = 0.
 */
export function judge(mu: number, hw: number, t: Tolerance): Judgement {
  const lower = mu - hw;
  const upper = mu + hw;
  const tl = tolAt(lower, t);
  const tu = tolAt(upper, t);
  // A bound or an interval that is not finite never meets a tolerance: with relTol > 0 an infinite interval
  // would otherwise "meet" an infinite relative tolerance (∞ ≤ ∞), and NaN must never read as converged.
  const converged = Number.isFinite(lower) && Number.isFinite(upper) && upper - lower <= tl + tu;
  const estimate = t.relTol === 0 ? mu : Math.min(upper, Math.max(lower, (lower + upper + tl - tu) / 2));
  return { converged, estimate, lower, upper, errorBound: Math.max(estimate - lower, upper - estimate) };
}
