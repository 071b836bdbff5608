import { normalQuantile } from "@qmckit/core/special";
import type { Measure, MeasureKind } from "../measures/Measure.js";
import { clampUnit } from "./clampUnit.js";
import { choleskyFactor } from "./factorize.js";

/** The fields that {@link affineGaussian} measures expose beyond {@link Measure}. */
export interface GaussianFields {
  /** Mean vector μ (length d). */
  readonly mean: Float64Array;
  /** Covariance Σ, row-major d × d. */
  readonly covariance: Float64Array;
  /** Factor A with A·Aᵀ = Σ used by the transform t = μ + A·Φ⁻¹(u), row-major d × d. */
  readonly factor: Float64Array;
}

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * The Gaussian N(μ, Σ) sampled as t = μ + A·Φ⁻¹(u) (w ≡ 1). The density, needed only for importance
 * weighting, uses a Cholesky factor of Σ computed on first use.
 */
export function affineGaussian(kind: MeasureKind, mean: Float64Array, covariance: Float64Array, factor: Float64Array) {
  const d = mean.length;
  let diagonal = true;
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) if (i !== j && factor[i * d + j] !== 0) diagonal = false;
  let chol: Float64Array | undefined;
  let logNorm = 0;
  const z = new Float64Array(d);
  const measure: Measure & GaussianFields = {
    kind,
    dimension: d,
    mass: 1,
    mean,
    covariance,
    factor,
    transform(u, t, _w, n) {
      for (let i = 0; i < n; i++) {
        const row = i * d;
        for (let j = 0; j < d; j++) z[j] = normalQuantile(clampUnit(u[row + j]));
        if (diagonal) {
          for (let j = 0; j < d; j++) t[row + j] = mean[j] + factor[j * d + j] * z[j];
        } else {
          for (let j = 0; j < d; j++) {
            let s = mean[j];
            for (let k = 0; k < d; k++) s += factor[j * d + k] * z[k];
            t[row + j] = s;
          }
        }
      }
    },
    logDensity(t, out, n) {
      if (chol === undefined) {
        chol = choleskyFactor("covariance", covariance, d);
        let logDet = 0;
        for (let j = 0; j < d; j++) logDet += 2 * Math.log(chol[j * d + j]);
        logNorm = -0.5 * (d * LOG_2PI + logDet);
      }
      const l = chol;
      for (let i = 0; i < n; i++) {
        // Solve L·y = t − μ by forward substitution; the quadratic form is ‖y‖².
        let q = 0;
        for (let j = 0; j < d; j++) {
          let s = t[i * d + j] - mean[j];
          for (let k = 0; k < j; k++) s -= l[j * d + k] * z[k];
          z[j] = s / l[j * d + j];
          q += z[j] * z[j];
        }
        out[i] = logNorm - 0.5 * q;
      }
      return out;
    },
  };
  return measure;
}
