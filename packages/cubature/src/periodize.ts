/** A periodizing change of variables of the unit cube (`'none'` is the identity). */
export type Periodization = "none" | "baker" | "c0" | "c1" | "c1sin" | "c2sin" | "c3sin";

/** Every {@link Periodization}, for validation messages and loops. */
export const PERIODIZATIONS: readonly Periodization[] = ["none", "baker", "c0", "c1", "c1sin", "c2sin", "c3sin"];

/** Largest value a periodized coordinate takes, so that results stay in [0, 1). */
const BELOW_ONE = 1 - 2 ** -53;
const TWO_PI = 2 * Math.PI;

type Map1 = (x: number) => number;

const PSI: Record<Exclude<Periodization, "none">, [Map1, Map1]> = {
  baker: [(x) => 1 - Math.abs(2 * x - 1), () => 1],
  c0: [(x) => x * x * (3 - 2 * x), (x) => 6 * x * (1 - x)],
  c1: [(x) => x * x * x * (10 - 15 * x + 6 * x * x), (x) => 30 * x * x * (1 - x) * (1 - x)],
  c1sin: [(x) => x - Math.sin(TWO_PI * x) / TWO_PI, (x) => 2 * Math.sin(Math.PI * x) ** 2],
  c2sin: [
    (x) => (8 - 9 * Math.cos(Math.PI * x) + Math.cos(3 * Math.PI * x)) / 16,
    (x) => (9 * Math.PI * Math.sin(Math.PI * x) - 3 * Math.PI * Math.sin(3 * Math.PI * x)) / 16,
  ],
  c3sin: [
    (x) => (12 * Math.PI * x - 8 * Math.sin(TWO_PI * x) + Math.sin(2 * TWO_PI * x)) / (12 * Math.PI),
    // ψ'(x) = (12π − 16π cos 2πx + 4π cos 4πx)/(12π); QMCPy writes sin 4πx here, which is wrong.
    (x) => 1 - (4 / 3) * Math.cos(TWO_PI * x) + Math.cos(2 * TWO_PI * x) / 3,
  ],
};

/**
 * Applies a periodizing transform ψ coordinate-wise to `n` rows of `u` (row-major n × d) and multiplies
 * `w[i]` by the Jacobian ∏_j ψ'(u_ij), so that ∫ f(ψ(u)) ∏ψ'(u) du = ∫ f(x) dx with a periodic integrand.
 *
 * @param kind - the transform (see remarks).
 * @param u - input coordinates in [0, 1).
 * @param w - per-row weights, multiplied in place (length ≥ n).
 * @param n - number of rows.
 * @param d - coordinates per row.
 * @param out - output coordinates (may be `u`); default a new array.
 * @returns `out`, with values in [0, 1 − 2^-53].
 *
 * @remarks
 * | kind | ψ(x) | ψ'(x) |
 * |---|---|---|
 * | baker | 1 − \|2x − 1\| | 1 (tent map; measure preserving) |
 * | c0 | 3x² − 2x³ | 6x(1 − x) |
 * | c1 | x³(10 − 15x + 6x²) | 30x²(1 − x)² |
 * | c1sin | x − sin(2πx)/(2π) | 2 sin²(πx) |
 * | c2sin | (8 − 9 cos πx + cos 3πx)/16 | (9π sin πx − 3π sin 3πx)/16 |
 * | c3sin | (12πx − 8 sin 2πx + sin 4πx)/(12π) | (12π − 16π cos 2πx + 4π cos 4πx)/(12π) |
 *
 * Values of ψ are capped at 1 − 2^-53 (ψ(½) = 1 for baker; rounding near 1 for the others) so that
 * a Gaussian transform downstream never sees 1. The c3sin weight is the true derivative of ψ; QMCPy's
 * (with sin 4πx) is wrong and biases integrals (∫ψ²ψ' = 0.3186 instead of 1/3). Lattice rules with the
 * baker transform integrate smooth non-periodic functions at O(n^-2) (Hickernell 2002).
 *
 * @example
 * ```ts
 * const w = new Float64Array([1]);
 * const x = periodize("c1sin", new Float64Array([0.3]), w, 1, 1); // x ≈ [0.14863], w ≈ [1.30902]
 * ```
 */
export function periodize(
  kind: Periodization,
  u: Float64Array,
  w: Float64Array,
  n: number,
  d: number,
  out: Float64Array = new Float64Array(n * d),
): Float64Array {
  if (kind === "none") {
    if (out !== u) out.set(u.subarray(0, n * d));
    return out;
  }
  const [psi, dpsi] = PSI[kind];
  const constantWeight = kind === "baker";
  for (let i = 0; i < n; i++) {
    let jac = 1;
    for (let j = 0; j < d; j++) {
      const x = u[i * d + j];
      const y = psi(x);
      out[i * d + j] = y < 0 ? 0 : Math.min(y, BELOW_ONE);
      if (!constantWeight) jac *= dpsi(x);
    }
    w[i] *= jac;
  }
  return out;
}
