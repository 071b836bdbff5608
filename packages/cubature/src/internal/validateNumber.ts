import { formatValue } from "@qmckit/core";

/**
 * Checks a finite number: > 0, or with `allowAnySign` any finite value.
 *
 * @throws TypeError for a non-number; RangeError naming the parameter otherwise.
 */
export function validatePositive(name: string, value: unknown, allowAnySign = false): number {
  if (typeof value !== "number") throw new TypeError(`${name} must be a number; got ${formatValue(value)} (${typeof value})`);
  if (!Number.isFinite(value) || (!allowAnySign && !(value > 0)))
    throw new RangeError(`${name} must be a ${allowAnySign ? "finite number" : "finite number > 0"}; got ${value}`);
  return value;
}

/** Checks a number in [0, ∞) (a tolerance): TypeError for a non-number, RangeError for NaN, ∞ or < 0. */
export function validateNonNegative(name: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`${name} must be a number; got ${formatValue(value)} (${typeof value})`);
  if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`${name} must be a finite number ≥ 0; got ${value}`);
  return value;
}

/**
 * Smallest accepted significance level. Far below any level used in practice (1e-12 is a 7σ normal
 * interval), and above the range where the critical values lose accuracy or overflow.
 */
export const MIN_ALPHA = 1e-12;

/**
 * Checks a significance level α in [1e-12, 1) (the two-sided intervals use the α/2 tail quantile).
 *
 * @throws TypeError for a non-number; RangeError naming `alpha` otherwise.
 */
export function validateAlpha(value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`alpha must be a number; got ${formatValue(value)} (${typeof value})`);
  if (!(value >= MIN_ALPHA && value < 1)) throw new RangeError(`alpha must be in [${MIN_ALPHA}, 1); got ${value}`);
  return value;
}
