import { validateChoice, validateInteger, validateOptions } from "@qmckit/core";
import { brownianMotion } from "../measures/brownianMotion.js";
import type { GaussianMeasure } from "../measures/gaussian.js";
import { validatePositive } from "./validateNumber.js";

/** Market and contract parameters shared by the option integrands (QMCPy's defaults). */
export interface OptionModelOptions {
  /** Number of monitoring times d (the dimension); the grid is tFinal·(1..d)/d. Default 1 (European), 32 (Asian). */
  dimension?: number;
  /** Volatility σ > 0; default 0.5. */
  volatility?: number;
  /** Spot price S₀ > 0; default 30. */
  startPrice?: number;
  /** Strike K > 0; default 35. */
  strikePrice?: number;
  /** Risk-free rate r (continuous compounding); default 0. */
  interestRate?: number;
  /** Maturity T > 0; default 1. */
  tFinal?: number;
  /** `'call'` (default) or `'put'`. */
  callPut?: "call" | "put";
  /** Factorization of the Brownian motion; default `'pca'`. */
  decomposition?: "pca" | "cholesky" | "bridge";
}

/** Resolved parameters plus the Brownian-motion measure and the drift per monitoring time. */
export interface OptionModel {
  d: number;
  sigma: number;
  s0: number;
  strike: number;
  rate: number;
  tFinal: number;
  put: boolean;
  measure: GaussianMeasure & { readonly times: Float64Array };
  /** log S(t_j) = logS0 + driftTerm[j] + σ W(t_j). */
  driftTerm: Float64Array;
  discount: number;
}

export const OPTION_MODEL_KEYS = [
  "dimension",
  "volatility",
  "startPrice",
  "strikePrice",
  "interestRate",
  "tFinal",
  "callPut",
  "decomposition",
] as const;

/** Validates the shared option parameters (extra keys listed in `extraKeys`). */
export function optionModel(options: object | undefined, extraKeys: readonly string[], defaultDimension: number): OptionModel {
  const o = validateOptions("options", options as OptionModelOptions | undefined, [...OPTION_MODEL_KEYS, ...extraKeys]);
  const d = validateInteger("dimension", o.dimension ?? defaultDimension, 1, 4096);
  const sigma = validatePositive("volatility", o.volatility ?? 0.5);
  const s0 = validatePositive("startPrice", o.startPrice ?? 30);
  const strike = validatePositive("strikePrice", o.strikePrice ?? 35);
  const rate = validatePositive("interestRate", o.interestRate ?? 0, true);
  const tFinal = validatePositive("tFinal", o.tFinal ?? 1);
  const put = validateChoice("callPut", o.callPut ?? "call", ["call", "put"]) === "put";
  const measure = brownianMotion(d, { tFinal, decomposition: o.decomposition ?? "pca" });
  const driftTerm = measure.times.map((t) => (rate - (sigma * sigma) / 2) * t);
  return { d, sigma, s0, strike, rate, tFinal, put, measure, driftTerm, discount: Math.exp(-rate * tFinal) };
}
