import { checkNumbers } from "../internal/checkNumbers.js";

// Wichura, Algorithm AS 241 (PPND16), Applied Statistics 37 (1988) 477–484: rational minimax
// approximations in three regions, coefficients as published (written here as their nearest doubles).
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987, 67265.7709270087,
  33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271, 28729.085735721943,
  5226.495278852854,
];
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684, 0.2417807251774506,
  0.022723844989269184, 0.0007745450142783414,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457, 0.0005475938084995345,
  1.0507500716444169e-9,
];
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124, 0.0012426609473880784,
  0.000027115555687434876, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133, 0.000018463183175100548,
  1.421511758316446e-7, 2.0442631033899397e-15,
];

function ratio(num: readonly number[], den: readonly number[], r: number): number {
  let p = num[7];
  let q = den[7];
  for (let k = 6; k >= 0; k--) {
    p = p * r + num[k];
    q = q * r + den[k];
  }
  return p / q;
}

/**
 * The standard normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p.
 *
 * @param p - a probability in [0, 1].
 * @returns Φ⁻¹(p); −∞ at 0, +∞ at 1, NaN outside [0, 1] or for NaN.
 *
 * @remarks
 * Wichura's AS 241 (PPND16): a rational approximation in p − ½ for |p − ½| ≤ 0.425, and in
 * √(−ln min(p, 1 − p)) beyond (two pieces), relative accuracy about 1e−16 as published. Branch-light and
 * allocation-free: this is the transform that maps uniform points to Gaussian ones, called per coordinate.
 *
 * @example
 * ```ts
 * normalQuantile(0.5);   // 0
 * normalQuantile(0.975); // ≈ 1.959963984540054
 * ```
 */
export function normalQuantile(p: number): number {
  checkNumbers(["p"], [p]);
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) return q * ratio(A, B, 0.180625 - q * q);
  const tail = q < 0 ? p : 1 - p;
  if (tail === 0) return q < 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const r = Math.sqrt(-Math.log(tail));
  const z = r <= 5 ? ratio(C, D, r - 1.6) : ratio(E, F, r - 5);
  return q < 0 ? -z : z;
}
