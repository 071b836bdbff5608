import { formatValue, validateInteger } from "@qmckit/core";
import type { Smoothness } from "../korobovKernel.js";
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
