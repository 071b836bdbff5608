import { validateChoice, validateInteger, validateOptions } from "@qmckit/core";
import { erf } from "@qmckit/core/special";
import { type Integrand, integrand } from "../integrand.js";
import { validatePositive } from "../internal/validateNumber.js";
import { validateVector } from "../internal/validateVector.js";
import { uniform } from "../measures/uniform.js";

/** Genz's six test families. */
export type GenzFamily = "oscillatory" | "product-peak" | "corner-peak" | "gaussian" | "continuous" | "discontinuous";

/** Options of {@link genz}. */
export interface GenzOptions {
  /** The test family; default `'oscillatory'`. */
  family?: GenzFamily;
  /**
   * Shape of the default coefficients before normalisation (QMCPy's kind_coeff 1, 2, 3):
   * `'linear'` c_k = (k − ½)/d (default), `'quadratic'` c_k = 1/k², `'exponential'` c_k = 10^{−8k/d}.
   */
  scheme?: "linear" | "quadratic" | "exponential";
  /** Σ c_k after normalisation (the difficulty); default per family, see remarks. */
  difficulty?: number;
  /** Explicit coefficients c (d positive numbers); overrides scheme and difficulty. */
  coefficients?: ArrayLike<number>;
  /** Shifts w ∈ [0, 1]^d; default ½ (w₁ = 0 for the oscillatory family). */
  shifts?: number | ArrayLike<number>;
}

const FAMILIES: GenzFamily[] = ["oscillatory", "product-peak", "corner-peak", "gaussian", "continuous", "discontinuous"];
const DIFFICULTY: Record<GenzFamily, number> = {
  oscillatory: 4.5,
  "product-peak": 7.25,
  "corner-peak": 0.25,
  gaussian: 7.03,
  continuous: 20.4,
  discontinuous: 4.3,
};

function exactValue(family: GenzFamily, c: Float64Array, w: Float64Array): number | undefined {
  const d = c.length;
  let p = 1;
  switch (family) {
    case "oscillatory": {
      // Re[e^{2πi w₁} ∏ (e^{i c_k} − 1)/(i c_k)], with (e^{ic} − 1)/(ic) = sin c / c + i (1 − cos c)/c.
      let re = Math.cos(2 * Math.PI * w[0]);
      let im = Math.sin(2 * Math.PI * w[0]);
      for (const ck of c) {
        const a = Math.sin(ck) / ck;
        const b = (1 - Math.cos(ck)) / ck;
        [re, im] = [re * a - im * b, re * b + im * a];
      }
      return re;
    }
    case "product-peak":
      for (let k = 0; k < d; k++) p *= c[k] * (Math.atan(c[k] * (1 - w[k])) + Math.atan(c[k] * w[k]));
      return p;
    case "corner-peak": {
      if (d > 20) return undefined;
      // (1/(d! ∏c)) Σ_{v ⊆ [d]} (−1)^{|v|} / (1 + Σ_{k∈v} c_k)
      let sum = 0;
      for (let mask = 0; mask < 1 << d; mask++) {
        let s = 1;
        let sign = 1;
        for (let k = 0; k < d; k++)
          if (mask & (1 << k)) {
            s += c[k];
            sign = -sign;
          }
        sum += sign / s;
      }
      for (let k = 0; k < d; k++) p *= (k + 1) * c[k];
      return sum / p;
    }
    case "gaussian":
      for (let k = 0; k < d; k++) p *= (Math.sqrt(Math.PI) / (2 * c[k])) * (erf(c[k] * (1 - w[k])) + erf(c[k] * w[k]));
      return p;
    case "continuous":
      for (let k = 0; k < d; k++) p *= (2 - Math.exp(-c[k] * w[k]) - Math.exp(-c[k] * (1 - w[k]))) / c[k];
      return p;
    case "discontinuous":
      for (let k = 0; k < d; k++) p *= Math.expm1(c[k] * (k < 2 ? w[k] : 1)) / c[k];
      return p;
  }
}

/**
 * Genz's test integrands on [0, 1]^d (Genz 1984), with exact values:
 *
 * | family | f(x) |
 * |---|---|
 * | oscillatory | cos(2πw₁ + Σ c_k x_k) |
 * | product-peak | ∏ (c_k^{−2} + (x_k − w_k)²)^{−1} |
 * | corner-peak | (1 + Σ c_k x_k)^{−(d+1)} |
 * | gaussian | exp(−Σ c_k² (x_k − w_k)²) |
 * | continuous | exp(−Σ c_k \|x_k − w_k\|) |
 * | discontinuous | 0 if x₁ > w₁ or x₂ > w₂, else exp(Σ c_k x_k) |
 *
 * @param dimension - d, an integer in [1, 1000].
 * @param options - see {@link GenzOptions}.
 * @returns a scalar {@link Integrand} on `uniform(d)` with `exactValue` (the corner peak's only for d ≤ 20).
 * @throws TypeError / RangeError naming the bad option.
 *
 * @remarks
 * Default difficulties Σc: oscillatory 4.5 and corner peak 0.25 (QMCPy's Genz, so that its reference
 * values apply, e.g. d = 2 oscillatory, linear: −0.3505281658600824), product peak 7.25, gaussian 7.03,
 * continuous 20.4, discontinuous 4.3 (the values of Genz's test package as used by Barthelmann, Novak &
 * Ritter 2000). The exact corner-peak value uses inclusion–exclusion over the 2^d vertices.
 *
 * @example
 * ```ts
 * genz(2, { family: "corner-peak" }).exactValue; // 0.7133126934984565
 * ```
 */
export function genz(dimension: number, options?: GenzOptions): Integrand<"scalar"> {
  const d = validateInteger("dimension", dimension, 1, 1000);
  const o = validateOptions("options", options, ["family", "scheme", "difficulty", "coefficients", "shifts"]);
  const family = validateChoice("family", o.family ?? "oscillatory", FAMILIES);
  let c: Float64Array;
  if (o.coefficients !== undefined) {
    c = validateVector("coefficients", o.coefficients, d);
    c.forEach((x, k) => {
      validatePositive(`coefficients[${k}]`, x);
    });
  } else {
    const scheme = validateChoice("scheme", o.scheme ?? "linear", ["linear", "quadratic", "exponential"]);
    const difficulty = validatePositive("difficulty", o.difficulty ?? DIFFICULTY[family]);
    c = new Float64Array(d);
    for (let k = 1; k <= d; k++)
      c[k - 1] = scheme === "linear" ? (k - 0.5) / d : scheme === "quadratic" ? 1 / (k * k) : Math.exp((k * Math.log(1e-8)) / d);
    const sum = c.reduce((a, b) => a + b, 0);
    for (let k = 0; k < d; k++) c[k] *= difficulty / sum;
  }
  const w = validateVector("shifts", o.shifts ?? 0.5, d);
  if (o.shifts === undefined && family === "oscillatory") w[0] = 0;
  w.forEach((x, k) => {
    if (!(x >= 0 && x <= 1)) throw new RangeError(`shifts[${k}] must be in [0, 1]; got ${x}`);
  });
  const f = (x: Float64Array, r: number): number => {
    let s = 0;
    let p = 1;
    switch (family) {
      case "oscillatory":
        s = 2 * Math.PI * w[0];
        for (let k = 0; k < d; k++) s += c[k] * x[r + k];
        return Math.cos(s);
      case "product-peak":
        for (let k = 0; k < d; k++) p /= 1 / (c[k] * c[k]) + (x[r + k] - w[k]) ** 2;
        return p;
      case "corner-peak":
        s = 1;
        for (let k = 0; k < d; k++) s += c[k] * x[r + k];
        return s ** -(d + 1);
      case "gaussian":
        for (let k = 0; k < d; k++) s += (c[k] * (x[r + k] - w[k])) ** 2;
        return Math.exp(-s);
      case "continuous":
        for (let k = 0; k < d; k++) s += c[k] * Math.abs(x[r + k] - w[k]);
        return Math.exp(-s);
      case "discontinuous":
        if (x[r] > w[0] || (d > 1 && x[r + 1] > w[1])) return 0;
        for (let k = 0; k < d; k++) s += c[k] * x[r + k];
        return Math.exp(s);
    }
  };
  const exact = exactValue(family, c, w);
  return integrand(
    uniform(d),
    (t) => {
      const y = new Float64Array(t.n);
      for (let i = 0; i < t.n; i++) y[i] = f(t.data, i * d);
      return y;
    },
    exact === undefined ? {} : { exactValue: exact },
  );
}
