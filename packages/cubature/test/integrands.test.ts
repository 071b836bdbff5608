import type { PointSet } from "@qmckit/core";
import { erf, normalCdf } from "@qmckit/core/special";
import { describe, expect, it } from "vitest";
import {
  asianOption,
  boxIntegral,
  europeanOption,
  gaussian,
  genz,
  integrand,
  ishigami,
  keister,
  keisterExact,
  lebesgue,
  uniform,
} from "../src/index.js";
import { close, fixtures, qmcpy } from "./helpers.js";

describe("exact values", () => {
  it("keister d = 1..10 match QMCPy to 1e-13 relative; d = 20, 50 to 1e-12", () => {
    for (let d = 1; d <= 10; d++) expect(close(keister(d).exactValue!, qmcpy.keister[d - 1], 1e-13)).toBe(true);
    expect(close(keisterExact(20), qmcpy.keisterD20D50[0], 1e-12)).toBe(true);
    expect(close(keisterExact(50), qmcpy.keisterD20D50[1], 1e-12)).toBe(true);
  });
  it("Φ matches scipy.stats.norm.cdf to 1e-15 absolute and 1e-8 relative", () => {
    fixtures.normal_cdf.x.forEach((x: number, k: number) => {
      expect(close(normalCdf(x), fixtures.normal_cdf.cdf[k], 1e-8, 1e-15)).toBe(true);
    });
    expect(Math.abs(erf(0.5) - 0.5204998778130465)).toBeLessThan(1e-15);
  });
  it("european option = Black–Scholes (QMCPy's reference, and scipy for r ≠ 0)", () => {
    expect(close(europeanOption().exactValue!, qmcpy.europeanCallPut[0], 1e-13)).toBe(true);
    expect(close(europeanOption({ callPut: "put" }).exactValue!, qmcpy.europeanCallPut[1], 1e-13)).toBe(true);
    for (const c of fixtures.black_scholes) {
      const f = europeanOption({
        startPrice: c.s0,
        strikePrice: c.k,
        volatility: c.sigma,
        interestRate: c.r,
        tFinal: c.t,
        callPut: c.put ? "put" : "call",
      });
      expect(close(f.exactValue!, c.price, 1e-12)).toBe(true);
    }
  });
  it("geometric Asian closed form equals scipy quadrature of the payoff to 1e-10", () => {
    for (const c of fixtures.geometric_asian) {
      const f = asianOption({ dimension: c.d, interestRate: c.r, callPut: c.put ? "put" : "call", mean: "geometric" });
      expect(close(f.exactValue!, c.price, 1e-10)).toBe(true);
    }
    expect(asianOption().exactValue).toBeUndefined();
  });
  it("genz oscillatory / corner peak match QMCPy's references (three coefficient schemes)", () => {
    (["linear", "quadratic", "exponential"] as const).forEach((scheme, k) => {
      expect(close(genz(2, { scheme }).exactValue!, qmcpy.genzD2Osc[k], 1e-13)).toBe(true);
      expect(close(genz(2, { family: "corner-peak", scheme }).exactValue!, qmcpy.genzD2CornerPeak[k], 1e-12)).toBe(true);
    });
    expect(close(genz(3).exactValue!, qmcpy.genzD3Osc, 1e-13)).toBe(true);
  });
  it("all six genz families match scipy nquad (d = 2, 3) to 1e-9", () => {
    for (const c of fixtures.genz_default)
      expect(close(genz(c.d, { family: c.family }).exactValue!, c.value, 1e-9, 1e-12)).toBe(true);
  });
  it("box integrals match the references (QMCPy and scipy dblquad)", () => {
    const v = boxIntegral(3, [-1, 1]).exactValue!;
    expect(close(v[0], qmcpy.boxD3["-1"], 1e-14)).toBe(true);
    expect(close(v[1], qmcpy.boxD3["1"], 1e-14)).toBe(true);
    expect(close(boxIntegral(2, 1).exactValue!, qmcpy.boxD2S1, 1e-14)).toBe(true);
    expect(close(boxIntegral(2, 2).exactValue!, qmcpy.boxD2S2S4[0], 1e-15)).toBe(true);
    expect(close(boxIntegral(2, 4).exactValue!, qmcpy.boxD2S2S4[1], 1e-15)).toBe(true);
    expect(close(boxIntegral(2, -1).exactValue!, fixtures["box_integral_d2_s-1"], 1e-12)).toBe(true);
    expect(boxIntegral(1, 0.5).exactValue).toBe(1 / 1.5);
    expect(boxIntegral(4, 1).exactValue).toBeUndefined();
  });
  it("ishigami mean is a/2", () => {
    expect(ishigami().exactValue).toBe(qmcpy.ishigamiMean);
    expect(ishigami({ a: 5 }).exactValue).toBe(2.5);
  });
});

describe("integrand", () => {
  const square = (t: PointSet) => t.data.map((x) => x * x);
  it("evaluate composes transform, weights and g: lebesgue box [0,2] of t² gives 2·t²", () => {
    const f = integrand(lebesgue(1, { lower: 0, upper: 2 }), square);
    expect(Array.from(f.evaluate(new Float64Array([0.25, 0.5]), 2))).toEqual([0.5, 2]);
  });
  it("importance weighting: sampling N(0, 1) with a N(0, 4) sampler multiplies by the density ratio", () => {
    const f = integrand(gaussian({ dimension: 1 }), () => new Float64Array([1]), { sampler: gaussian({ covariance: 4 }) });
    // u = ½ → t = 0 under the sampler: ratio φ(0)/φ_2(0) = 2.
    expect(Math.abs(f.evaluate(new Float64Array([0.5]), 1)[0] - 2)).toBeLessThan(1e-15);
  });
  it("vector integrands pass `active` to g and zero inactive outputs", () => {
    let seen: readonly boolean[] = [];
    const f = integrand(
      uniform(1),
      (t, { active }) => {
        seen = active;
        return new Float64Array(t.n * 2).fill(3);
      },
      { outputs: 2 },
    );
    expect(Array.from(f.evaluate(new Float64Array([0.1]), 1, { active: [false, true] }))).toEqual([0, 3]);
    expect(seen).toEqual([false, true]);
  });
  it("rejects a g that returns the wrong kind, length or non-finite values", () => {
    const u = new Float64Array([0.1, 0.2]);
    expect(() => integrand(uniform(1), (t) => new Float64Array(t.n + 1)).evaluate(u, 2)).toThrow(
      /g must return n · outputs = 2 · 1 = 2 values; got 3/,
    );
    expect(() => integrand(uniform(1), (t) => Array.from(t.data) as unknown as Float64Array).evaluate(u, 2)).toThrow(TypeError);
    expect(() => integrand(uniform(1), (t) => t.data.map(() => Number.NaN)).evaluate(u, 2)).toThrow(
      /finite values; got NaN at point 0/,
    );
  });
  it("rejects a sampler of another dimension, a non-function g and bad outputs", () => {
    expect(() => integrand(uniform(2), square, { sampler: gaussian({ dimension: 3 }) })).toThrow(
      /sampler.dimension must equal measure.dimension = 2; got 3/,
    );
    expect(() => integrand(uniform(2), 3 as unknown as typeof square)).toThrow(/g must be a function/);
    expect(() => integrand(uniform(2), square, { outputs: 0 })).toThrow(/outputs must be an integer in \[1, 65536\]; got 0/);
  });
  it("built-ins reject bad parameters", () => {
    expect(() => keister(0)).toThrow(RangeError);
    expect(() => boxIntegral(2, -2)).toThrow(/s must be > −dimension = -2 \(integrable\); got -2/);
    expect(() => europeanOption({ volatility: 0 })).toThrow(/volatility must be a finite number > 0; got 0/);
    // @ts-expect-error unknown family
    expect(() => genz(2, { family: "peak" })).toThrow(/family must be one of/);
    expect(() => genz(2, { shifts: [0.5, 2] })).toThrow(/shifts\[1\] must be in \[0, 1\]; got 2/);
  });
});
