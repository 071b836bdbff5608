import { validateInteger } from "@qmckit/core";
import { checkDimension, checkNonNegative, defaultWeight, perDimension } from "./params.js";

/** Options shared by the digitally-shift-invariant factories. */
export interface DsiCommon {
  dimension: number;
  weights?: number | readonly number[];
  scale?: number;
  bits?: number;
}

/** Validates the shared options: d, γ (default 2^{1/d} − 1), S (default 1), bits (default 53). */
export function dsiCommon(o: DsiCommon): { d: number; weights: number[]; scale: number; bits: number } {
  const d = checkDimension(o.dimension);
  const weights = perDimension("weights", o.weights, d, defaultWeight(d), (n, v) => checkNonNegative(n, v));
  const scale = checkNonNegative("scale", o.scale ?? 1, true);
  const bits = validateInteger("bits", o.bits ?? 53, 1, 64, "the digital net's bits option; DigitalNet's default is 53");
  return { d, weights, scale, bits };
}
