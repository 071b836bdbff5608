/**
 * The even Bernoulli polynomials as polynomials in u = δ(1 − δ) ∈ [0, 1/4] (coefficients of u^0…u^p),
 * B_{2p}(δ) = Σ_k BERNOULLI_U[p − 1][k]·u^k, p = 1…5 (derived symbolically; symmetric in δ ↔ 1 − δ by
 * construction and without the cancellation of the monomial sum in δ).
 */
const BERNOULLI_U: readonly (readonly number[])[] = [
  [1 / 6, -1],
  [-1 / 30, 0, 1],
  [1 / 42, 0, -1 / 2, -1],
  [-1 / 30, 0, 2 / 3, 4 / 3, 1],
  [5 / 66, 0, -3 / 2, -3, -5 / 2, -1],
];

/** Largest smoothness α of the shift-invariant kernels (B_{2α} up to B_10). */
export const SI_MAX_ALPHA = 5;

/** Coefficient slots per dimension in the u-polynomial tables (degree ≤ 5). */
export const SI_SLOTS = 6;

/** (−1)^{p+1}(2π)^{2p}/(2p)!, built as a product of exact-ish factors. */
function korobovConstant(p: number): number {
  let c = 1;
  const twoPi = 2 * Math.PI;
  for (let k = 1; k <= 2 * p; k++) c *= twoPi / k;
  return p % 2 === 1 ? c : -c;
}

/**
 * The u-polynomial of K̃_p(δ) = (−1)^{p+1}(2π)^{2p}/(2p)!·B_{2p}(δ) = Σ_{h≠0} |h|^{−2p} e^{2πihδ},
 * added with weight `a` into `poly[offset … offset + 5]`.
 */
export function addKorobovPolynomial(poly: Float64Array, offset: number, p: number, a: number): void {
  const c = korobovConstant(p) * a;
  const b = BERNOULLI_U[p - 1];
  for (let k = 0; k < b.length; k++) poly[offset + k] += c * b[k];
}
