import { normalCdf } from "@qmckit/core/special";
import { type Integrand, integrand } from "../integrand.js";
import { type OptionModelOptions, optionModel } from "../internal/optionModel.js";

/**
 * A European call or put under Black–Scholes dynamics, S(t) = S₀ exp((r − σ²/2)t + σW(t)), priced as the
 * discounted expected payoff e^{−rT} E[(S(T) − K)⁺] (call) or E[(K − S(T))⁺] (put) over a Brownian
 * motion observed at d times (only W(T) matters; d > 1 tests the factorizations).
 *
 * @param options - see {@link OptionModelOptions}; default d = 1, σ = 0.5, S₀ = 30, K = 35, r = 0, T = 1.
 * @returns a scalar {@link Integrand} on `brownianMotion(d, { tFinal })` whose `exactValue` is the
 *   Black–Scholes price.
 * @throws TypeError / RangeError naming the bad parameter.
 *
 * @remarks
 * Black–Scholes: call = S₀Φ(d₁) − Ke^{−rT}Φ(d₂), put = Ke^{−rT}Φ(−d₂) − S₀Φ(−d₁), with
 * d₁ = (ln(S₀/K) + (r + σ²/2)T)/(σ√T) and d₂ = d₁ − σ√T. With the defaults: call 4.21145297623406,
 * put 9.21145297623406.
 *
 * @example
 * ```ts
 * europeanOption().exactValue;                     // 4.21145297623406
 * europeanOption({ callPut: "put" }).exactValue;   // 9.21145297623406
 * ```
 */
export function europeanOption(options?: OptionModelOptions): Integrand<"scalar"> {
  const m = optionModel(options, [], 1);
  const { d, sigma, s0, strike, rate, tFinal, put, discount } = m;
  const drift = m.driftTerm[d - 1];
  const vol = sigma * Math.sqrt(tFinal);
  const d1 = (Math.log(s0 / strike) + (rate + (sigma * sigma) / 2) * tFinal) / vol;
  const d2 = d1 - vol;
  const exact = put
    ? strike * discount * normalCdf(-d2) - s0 * normalCdf(-d1)
    : s0 * normalCdf(d1) - strike * discount * normalCdf(d2);
  return integrand(
    m.measure,
    (t) => {
      const y = new Float64Array(t.n);
      for (let i = 0; i < t.n; i++) {
        const sT = s0 * Math.exp(drift + sigma * t.data[i * d + d - 1]);
        y[i] = discount * Math.max(put ? strike - sT : sT - strike, 0);
      }
      return y;
    },
    { exactValue: exact },
  );
}
