import { validateChoice } from "@qmckit/core";
import { normalCdf } from "@qmckit/core/special";
import { type Integrand, integrand } from "../integrand.js";
import { type OptionModelOptions, optionModel } from "../internal/optionModel.js";

/** Options of {@link asianOption}: the market model plus the kind of average. */
export interface AsianOptionOptions extends OptionModelOptions {
  /** `'arithmetic'` (default) or `'geometric'` mean of S(t₁), …, S(t_d). */
  mean?: "arithmetic" | "geometric";
}

/**
 * A discretely monitored Asian call or put: payoff (A − K)⁺ or (K − A)⁺ with A the arithmetic or
 * geometric mean of S(t_j), t_j = T·j/d (j = 1..d), under Black–Scholes dynamics, discounted by e^{−rT}.
 *
 * @param options - see {@link AsianOptionOptions}; default d = 32, σ = 0.5, S₀ = 30, K = 35, r = 0, T = 1.
 * @returns a scalar {@link Integrand} on `brownianMotion(d, { tFinal })`; for the geometric mean its
 *   `exactValue` is the closed form below (none is known for the arithmetic mean).
 * @throws TypeError / RangeError naming the bad parameter.
 *
 * @remarks
 * ln G = ln S₀ + (r − σ²/2)·t̄ + σ·W̄ is Gaussian with mean m = ln S₀ + (r − σ²/2)·t̄ (t̄ the mean time)
 * and variance v = σ²·(1/d²)Σ_{i,j} min(t_i, t_j), so the geometric call is
 * e^{−rT}(e^{m + v/2}Φ(δ + √v) − KΦ(δ)) with δ = (m − ln K)/√v, and the put
 * e^{−rT}(KΦ(−δ) − e^{m + v/2}Φ(−δ − √v)) (Kemna & Vorst 1990, discrete form).
 *
 * @example
 * ```ts
 * const f = asianOption({ dimension: 4, mean: "geometric" });
 * f.exactValue; // the closed-form price
 * ```
 */
export function asianOption(options?: AsianOptionOptions): Integrand<"scalar"> {
  const m = optionModel(options, ["mean"], 32);
  const geometric = validateChoice("mean", options?.mean ?? "arithmetic", ["arithmetic", "geometric"]) === "geometric";
  const { d, sigma, s0, strike, put, discount, driftTerm } = m;
  const times = m.measure.times;
  let exact: number | undefined;
  if (geometric) {
    let tBar = 0;
    for (const t of times) tBar += t / d;
    let cov = 0;
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) cov += Math.min(times[i], times[j]);
    const v = (sigma * sigma * cov) / (d * d);
    const mean = Math.log(s0) + (m.rate - (sigma * sigma) / 2) * tBar;
    const sv = Math.sqrt(v);
    const delta = (mean - Math.log(strike)) / sv;
    const fwd = Math.exp(mean + v / 2);
    exact =
      discount *
      (put ? strike * normalCdf(-delta) - fwd * normalCdf(-delta - sv) : fwd * normalCdf(delta + sv) - strike * normalCdf(delta));
  }
  return integrand(
    m.measure,
    (t) => {
      const y = new Float64Array(t.n);
      const w = t.data;
      for (let i = 0; i < t.n; i++) {
        let avg = 0;
        if (geometric) {
          let logSum = 0;
          for (let j = 0; j < d; j++) logSum += driftTerm[j] + sigma * w[i * d + j];
          avg = s0 * Math.exp(logSum / d);
        } else {
          for (let j = 0; j < d; j++) avg += Math.exp(driftTerm[j] + sigma * w[i * d + j]);
          avg = (s0 * avg) / d;
        }
        y[i] = discount * Math.max(put ? strike - avg : avg - strike, 0);
      }
      return y;
    },
    exact === undefined ? {} : { exactValue: exact },
  );
}
