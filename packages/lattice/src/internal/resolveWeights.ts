import { formatValue, validateInteger } from "@qmckit/core";
import { korobovKernelUnchecked, type Smoothness } from "../korobovKernel.js";
import type { WeightOptions } from "../WeightOptions.js";

/** Validated weights: γ_1..γ_d, and Γ_0..Γ_d (Γ_0 = 1) or null for product weights. */
export interface ResolvedWeights {
  gamma: Float64Array;
  orderGamma: Float64Array | null;
  alpha: Smoothness;
}

function nonNegativeArray(name: string, value: unknown, length: number): Float64Array {
  if (typeof value !== "object" || value === null || typeof (value as ArrayLike<unknown>).length !== "number") {
    throw new TypeError(`${name} must be an array of non-negative numbers; got ${formatValue(value)}`);
  }
  const a = value as ArrayLike<unknown>;
  if (a.length < length) {
    throw new RangeError(`${name} must have at least dimension = ${length} entries; got ${a.length}`);
  }
  const out = new Float64Array(length);
  for (let j = 0; j < length; j++) {
    const v = a[j];
    if (typeof v !== "number") throw new TypeError(`${name}[${j}] must be a number; got ${formatValue(v)} (${typeof v})`);
    if (!(v >= 0 && v < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`${name}[${j}] must be a finite number ≥ 0; got ${formatValue(v)}`);
    }
    out[j] = v;
  }
  return out;
}

/** Validates the weight options of {@link WeightOptions} for `dimension` coordinates. */
export function resolveWeights(options: WeightOptions, dimension: number): ResolvedWeights {
  const { weights, orderWeights, alpha = 1 } = options;
  validateInteger("alpha", alpha, 1, 3);
  let gamma: Float64Array;
  if (weights === undefined) {
    gamma = new Float64Array(dimension);
    for (let j = 0; j < dimension; j++) gamma[j] = 1 / (j + 1) ** 2;
  } else if (typeof weights === "number") {
    if (!(weights >= 0 && weights < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`weights must be a finite number ≥ 0 or an array of them; got ${formatValue(weights)}`);
    }
    gamma = new Float64Array(dimension).fill(weights);
  } else {
    gamma = nonNegativeArray("weights", weights, dimension);
  }
  let orderGamma: Float64Array | null = null;
  if (orderWeights !== undefined) {
    const given = nonNegativeArray("orderWeights", orderWeights, dimension);
    orderGamma = new Float64Array(dimension + 1);
    orderGamma[0] = 1;
    orderGamma.set(given, 1);
  }
  return { gamma, orderGamma, alpha: alpha as Smoothness };
}

/**
 * The largest n · Σ_u γ_u ω_α(0)^{|u|} the lattice sums may reach: the sums of {@link cbc} and
 * {@link worstCaseError} add up n terms of magnitude up to that kernel scale (and the FFTs of cbc sums of
 * block length), so keeping their bound 1e290 below the largest double leaves room for those factors.
 */
const MAX_SUM_SCALE = 1e290;

/**
 * Refuses weights whose lattice sums would overflow double precision: the terms of e² reach
 * `A = Σ_u γ_u ω_α(0)^{|u|}` (Π_j (1 + γ_j ω_α(0)) for product weights) and n of them are summed, so
 * n·A must stay finite with room to spare; beyond it the errors and the CBC ranking would be ∞/NaN.
 * @throws RangeError naming `weights` (and `orderWeights` when given) with the scale reached.
 */
export function checkWeightScale(w: ResolvedWeights, n: number): void {
  const { gamma, orderGamma, alpha } = w;
  const omega0 = korobovKernelUnchecked(0, alpha);
  let log10A: number;
  if (orderGamma === null) {
    log10A = 0;
    for (let j = 0; j < gamma.length; j++) log10A += Math.log1p(gamma[j] * omega0) / Math.LN10;
  } else {
    // Σ_ℓ Γ_ℓ e_ℓ(γ ω(0)) by the recursion over the order, rescaled to p ≤ 1, the scale kept as a log.
    const d = gamma.length;
    const p = new Float64Array(d + 1);
    p[0] = 1;
    let log10Scale = 0;
    for (let j = 0; j < d; j++) {
      const a = gamma[j] * omega0;
      let max = 0;
      for (let l = j + 1; l >= 1; l--) {
        p[l] += a * p[l - 1];
        if (p[l] > max) max = p[l];
      }
      if (max > 1) {
        // Keep p ≤ 1 between steps: the next step's terms then stay below 1 + a, which is finite.
        for (let l = 0; l <= j + 1; l++) p[l] /= max;
        log10Scale += Math.log10(max);
      }
    }
    let sum = 0;
    for (let l = 0; l <= d; l++) sum += (l === 0 ? 1 : orderGamma[l]) * p[l];
    log10A = sum > 0 ? Math.log10(sum) + log10Scale : Number.NEGATIVE_INFINITY;
  }
  const log10Sum = log10A + Math.log10(n);
  if (!(log10Sum <= Math.log10(MAX_SUM_SCALE))) {
    const names = orderGamma === null ? "weights" : "weights and orderWeights";
    throw new RangeError(
      `${names} are too large for dimension = ${gamma.length}, alpha = ${alpha} and n = ${n}: the lattice sums reach n · Σ_u γ_u ω_α(0)^|u| ≈ 1e${Math.round(log10Sum)}, more than double precision holds (at most 1e290); use smaller weights or fewer dimensions`,
    );
  }
}
