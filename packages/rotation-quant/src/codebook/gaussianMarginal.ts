import { erfc } from "@qmckit/core/special";
import type { Marginal } from "./Marginal.js";

const INV_SQRT_TWO_PI = 0.3989422804014327;
const SQRT1_2 = Math.SQRT1_2;

function phi(y: number): number {
  return y === Number.POSITIVE_INFINITY ? 0 : INV_SQRT_TWO_PI * Math.exp(-0.5 * y * y);
}

function upperTail(y: number): number {
  return 0.5 * erfc(y * SQRT1_2);
}

/**
 * The standard normal law N(0, 1) as a {@link Marginal}: the d → ∞ limit of the scaled marginal
 * √d · x₁ of a uniformly random unit vector, and the target of the shipped codebooks.
 *
 * @remarks
 * mass = Q(a) − Q(b) with Q(y) = erfc(y/√2)/2 (tail-accurate); ∫ y φ = φ(a) − φ(b);
 * ∫ y² φ = mass + a φ(a) − b φ(b) (integration by parts).
 *
 * @example
 * ```ts
 * gaussianMarginal.firstMoment(0, Infinity) / gaussianMarginal.mass(0, Infinity); // √(2/π)
 * ```
 */
export const gaussianMarginal: Marginal = Object.freeze({
  name: "gaussian",
  support: Number.POSITIVE_INFINITY,
  density: phi,
  mass: (a: number, b: number) => upperTail(a) - upperTail(b),
  firstMoment: (a: number, b: number) => phi(a) - phi(b),
  secondMoment: (a: number, b: number) =>
    upperTail(a) - upperTail(b) + a * phi(a) - (b === Number.POSITIVE_INFINITY ? 0 : b * phi(b)),
});
