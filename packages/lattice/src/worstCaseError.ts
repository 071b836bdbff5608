import { validateInteger, validateOptions } from "@qmckit/core";
import { checkWeightScale, resolveWeights } from "./internal/resolveWeights.js";
import { validateVector } from "./internal/validateVector.js";
import { korobovKernelUnchecked } from "./korobovKernel.js";
import type { WeightOptions } from "./WeightOptions.js";

const WEIGHT_KEYS = ["weights", "orderWeights", "alpha"] as const;

/**
 * The worst-case integration error e (not e²) of the n-point rank-1 lattice rule
 * `x_k = {k z / n}`, k = 0, …, n − 1, in the weighted Korobov space of smoothness α, computed directly
 * from the lattice sum in O(n·d) operations (O(n·d²) with order-dependent or POD weights).
 *
 * @param generatingVector - z: non-negative integers (only z mod n matters); its length is the dimension d.
 * @param n - number of points: an integer in [1, 2^32].
 * @param options - weights and smoothness, see {@link WeightOptions}; default γ_j = 1/j², α = 1.
 * @returns e ≥ 0.
 * @throws TypeError / RangeError naming the bad argument (non-integer component, n out of range,
 *   too few weights, weights so large that n · Σ_u γ_u ω_α(0)^{|u|} would exceed 1e290, unknown option).
 * @remarks
 * e² = −1 + (1/n) Σ_k Σ_u γ_u Π_{j∈u} ω_α({k z_j / n}), with γ_u = Γ_{|u|} Π_{j∈u} γ_j. For product
 * weights this is `−1 + (1/n) Σ_k Π_j (1 + γ_j ω_α({k z_j/n}))`; the code accumulates
 * `Π_j(1 + a_j) − 1` through `D ← D + a_j (1 + D)` and sums with Neumaier compensation, so that small
 * errors are not lost to cancellation against the 1. Order-dependent/POD weights use the recursion
 * `p_ℓ ← p_ℓ + γ_j ω p_{ℓ−1}` over the order ℓ (Kuo, Schwab & Sloan 2012). Residues k·z_j mod n are
 * updated by exact integer additions. Should rounding push e² below zero (only when e is at the level
 * of 1e−8 of the kernel's scale), 0 is returned.
 * @example
 * ```ts
 * worstCaseError([1, 5], 13);                             // γ = (1, 1/4), α = 1
 * worstCaseError([1, 5], 13, { weights: 1, alpha: 2 });
 * ```
 */
export function worstCaseError(generatingVector: ArrayLike<number>, n: number, options?: WeightOptions): number {
  const opts = validateOptions("options", options, WEIGHT_KEYS);
  validateInteger("n", n, 1, 2 ** 32);
  const z = validateVector("generatingVector", generatingVector, Number.MAX_SAFE_INTEGER);
  const d = z.length;
  const weights = resolveWeights(opts, d);
  checkWeightScale(weights, n);
  const { gamma, orderGamma, alpha } = weights;
  for (let j = 0; j < d; j++) z[j] %= n;
  const residue = new Float64Array(d);
  const a = new Float64Array(d);
  const p = orderGamma === null ? null : new Float64Array(d + 1);
  let sum = 0;
  let compensation = 0;
  for (let k = 0; k < n; k++) {
    for (let j = 0; j < d; j++) a[j] = gamma[j] * korobovKernelUnchecked(residue[j] / n, alpha);
    let term: number;
    if (p === null || orderGamma === null) {
      let D = 0;
      for (let j = 0; j < d; j++) D += a[j] * (1 + D);
      term = D;
    } else {
      p.fill(0);
      p[0] = 1;
      for (let j = 0; j < d; j++) {
        const aj = a[j];
        if (aj === 0) continue;
        for (let l = j + 1; l >= 1; l--) p[l] += aj * p[l - 1];
      }
      term = 0;
      for (let l = 1; l <= d; l++) term += orderGamma[l] * p[l];
    }
    // Neumaier summation of the terms, which have both signs.
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
    for (let j = 0; j < d; j++) {
      const r = residue[j] + z[j];
      residue[j] = r >= n ? r - n : r;
    }
  }
  const e2 = (sum + compensation) / n;
  return e2 > 0 ? Math.sqrt(e2) : 0;
}
