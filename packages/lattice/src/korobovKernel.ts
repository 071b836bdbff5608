import { formatValue, validateInteger } from "@qmckit/core";

/**
 * Smoothness parameters α for which the Korobov kernel is implemented: integrands with square-integrable
 * mixed derivatives of order α in each variable, lattice errors O(n^{−α+ε}).
 * @example
 * ```ts
 * const alpha: Smoothness = 2;
 * ```
 */
export type Smoothness = 1 | 2 | 3;

const TWO_PI_SQ = 2 * Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;

/**
 * The one-dimensional Korobov-space kernel of smoothness α, the building block of the lattice
 * worst-case error: `ω_α(x) = (2π)^{2α}/(2α)! · (−1)^{α+1} · B_{2α}({x})`, where B_{2α} is the
 * Bernoulli polynomial and {x} = x − ⌊x⌋.
 *
 * @param x - any real number; ω_α is 1-periodic and even (ω_α(x) = ω_α(1 − x)).
 * @param alpha - smoothness α ∈ {1, 2, 3}; default 1.
 * @returns ω_α(x), or NaN when x is not finite.
 * @throws RangeError when alpha is not 1, 2 or 3; TypeError when it or x is not a number.
 * @remarks
 * ω_α(x) = Σ_{h ≠ 0} |h|^{−2α} e^{2πihx}: it has mean 0 over [0, 1) and ω_α(0) = 2ζ(2α)
 * (π²/3, π⁴/45, 2π⁶/945). With y = x(1 − x) the Bernoulli polynomials are
 * B₂ = 1/6 − y, B₄ = y² − 1/30, B₆ = 1/42 − y²/2 − y³, evaluated in that form (symmetric in x ↔ 1 − x
 * by construction). It equals QMCPy's `K̃_α` of the shift-invariant kernel.
 * @example
 * ```ts
 * korobovKernel(0);        // π²/3 ≈ 3.2899
 * korobovKernel(0.5, 2);   // −(7/8)·π⁴/45
 * ```
 */
export function korobovKernel(x: number, alpha: Smoothness = 1): number {
  if (typeof x !== "number") throw new TypeError(`x must be a number; got ${formatValue(x)} (${typeof x})`);
  validateInteger("alpha", alpha, 1, 3);
  return korobovKernelUnchecked(x - Math.floor(x), alpha);
}

/**
 * ω_α at a point of [0, 1), without validation: the inner-loop form of {@link korobovKernel}.
 * @internal
 */
export function korobovKernelUnchecked(x: number, alpha: number): number {
  const y = x * (1 - x);
  if (alpha === 1) return TWO_PI_SQ * (1 / 6 - y);
  if (alpha === 2) return ((2 * PI4) / 3) * (1 / 30 - y * y);
  return ((4 * PI6) / 45) * (1 / 42 - y * y * (0.5 + y));
}
