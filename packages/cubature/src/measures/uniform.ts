import { validateInteger } from "@qmckit/core";
import { validateVector } from "../internal/validateVector.js";
import type { Measure } from "./Measure.js";

/** A measure on a box [lower, upper]: {@link Measure} plus its bounds. */
export type BoxMeasure = Measure & { readonly lower: Float64Array; readonly upper: Float64Array };

/** Shared by {@link uniform} and bounded {@link lebesgue}: t = lower + (upper − lower)·u, w ≡ `weight`. */
export function boxMeasure(
  kind: "uniform" | "lebesgue",
  dimension: number,
  lower: unknown,
  upper: unknown,
  probability: boolean,
): BoxMeasure {
  const d = validateInteger("dimension", dimension, 1, 2 ** 16);
  const lo = validateVector("lower", lower, d);
  const hi = validateVector("upper", upper, d);
  let volume = 1;
  for (let j = 0; j < d; j++) {
    if (!(hi[j] > lo[j])) throw new RangeError(`upper[${j}] must be > lower[${j}] = ${lo[j]}; got ${hi[j]}`);
    volume *= hi[j] - lo[j];
  }
  const width = hi.map((h, j) => h - lo[j]);
  const weight = probability ? 1 : volume;
  const logDensity = probability ? -Math.log(volume) : 0;
  return {
    kind,
    dimension: d,
    mass: weight,
    lower: lo,
    upper: hi,
    transform(u, t, w, n) {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < d; j++) t[i * d + j] = lo[j] + width[j] * u[i * d + j];
        if (weight !== 1) w[i] *= weight;
      }
    },
    logDensity(t, out, n) {
      for (let i = 0; i < n; i++) {
        let inside = true;
        for (let j = 0; j < d; j++) {
          const x = t[i * d + j];
          if (x < lo[j] || x > hi[j]) inside = false;
        }
        out[i] = inside ? logDensity : Number.NEGATIVE_INFINITY;
      }
      return out;
    },
  };
}

/**
 * The uniform probability measure on the box [lower, upper] ⊂ ℝ^d, sampled by t = lower + (upper − lower)·u.
 *
 * @param dimension - an integer in [1, 65536].
 * @param lower - lower bounds: a number for every coordinate or an array of d numbers; default 0.
 * @param upper - upper bounds, each > the lower bound; default 1.
 * @throws TypeError / RangeError naming `dimension`, `lower` or `upper`.
 *
 * @example
 * ```ts
 * const mu = uniform(3, -Math.PI, Math.PI); // the Ishigami measure
 * mu.mass; // 1
 * ```
 */
export function uniform(
  dimension: number,
  lower: number | ArrayLike<number> = 0,
  upper: number | ArrayLike<number> = 1,
): BoxMeasure {
  return boxMeasure("uniform", dimension, lower, upper, true);
}
