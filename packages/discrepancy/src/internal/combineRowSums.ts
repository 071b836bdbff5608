import type { DiscrepancyMethod } from "../DiscrepancyMethod.js";
import { diagonalTerm, type PairTerms } from "./pairTerms.js";

/** Neumaier-compensated sum of `terms(i)`, i = 0 … count − 1, in that order. */
function compensatedSum(count: number, terms: (i: number) => number): number {
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < count; i++) {
    const term = terms(i);
    const s = sum + term;
    comp += Math.abs(sum) >= Math.abs(term) ? sum - s + term : term - s + sum;
    sum = s;
  }
  return sum + comp;
}

/**
 * The discrepancy from the row sums R_i = Σ_{j>i} K̄(x_i, x_j).
 *
 * @remarks
 * S = Σ_{i,j} K̄ = Σ_i (2 R_i + K̄(x_i, x_i)), summed in the order i = 0, 1, … with Neumaier
 * compensation, and D² = S / n²; the square root for `'L2-star'` (as scipy). With `iterative`, scipy's
 * value "as if there were n + 1 points" (its n replaced by m = n + 1 in the weights, the point sum
 * unchanged): `c − (2/m) Σ g + P/m²` (`−c + P/m²` for WD), with P = Σ K = S + 2n Σ g − n² c.
 */
export function combineRowSums(method: DiscrepancyMethod, t: PairTerms, R: Float64Array, iterative = false): number {
  const { n, c, g } = t;
  const S = compensatedSum(n, (i) => 2 * R[i] + diagonalTerm(t, i));
  let d2: number;
  if (!iterative) {
    d2 = S / (n * n);
  } else {
    const G = compensatedSum(n, (i) => g[i]);
    const P = S + 2 * n * G - n * n * c;
    const m = n + 1;
    d2 = method === "WD" ? -c + P / (m * m) : c - (2 / m) * G + P / (m * m);
  }
  return method === "L2-star" ? Math.sqrt(d2) : d2;
}
