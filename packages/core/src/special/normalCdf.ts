import { checkNumbers } from "../internal/checkNumbers.js";
import { expMinusSquare } from "../internal/expMinusSquare.js";
import { erfc } from "./erfc.js";

const INV_SQRT_2PI = 0.3989422804014327;

/**
 * The standard normal distribution function Φ(x) = P(Z ≤ x), with full relative precision in the lower
 * tail (Φ(−37) ≈ 5.7e−300).
 *
 * @param x - any real number; NaN gives NaN.
 * @returns Φ(x) in [0, 1].
 *
 * @remarks
 * For x ≥ −2, Φ(x) = erfc(−x/√2)/2 ({@link erfc}). Below, the continued fraction of the Mills ratio,
 * Φ(−a) = φ(a) / (a + 1/(a + 2/(a + 3/(a + …)))) (A&S 26.2.14), with e^(−a²/2) from an exact split of
 * a² — working in x directly avoids the relative error x²·2^−53 that the rounding of x/√2 would bring.
 *
 * @example
 * ```ts
 * normalCdf(0);     // 0.5
 * normalCdf(1.96);  // ≈ 0.9750021048517795
 * ```
 */
export function normalCdf(x: number): number {
  checkNumbers(["x"], [x]);
  if (Number.isNaN(x)) return Number.NaN;
  if (x >= -2) return 0.5 * erfc(-x * Math.SQRT1_2);
  const a = -x;
  if (a > 38.5) return 0;
  return expMinusSquare(a, 0.5) * INV_SQRT_2PI * millsFraction(a);
}

/** 1/(a + 1/(a + 2/(a + 3/(a + …)))) by the modified Lentz algorithm. */
function millsFraction(a: number): number {
  const tiny = 1e-300;
  let f = a;
  let c = a;
  let d = 0;
  for (let n = 1; n < 20000; n++) {
    d = a + n * d;
    if (d === 0) d = tiny;
    c = a + n / c;
    if (c === 0) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 / f;
}
