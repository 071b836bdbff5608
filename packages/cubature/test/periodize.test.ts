import { describe, expect, it } from "vitest";
import { type PERIODIZATIONS, periodize } from "../src/index.js";
import { qmcpy } from "./helpers.js";

/** ψ(x) and ψ'(x) of one coordinate. */
function at(kind: (typeof PERIODIZATIONS)[number], x: number): [number, number] {
  const w = new Float64Array([1]);
  const y = periodize(kind, new Float64Array([x]), w, 1, 1);
  return [y[0], w[0]];
}

/** Composite Gauss–Legendre (5 nodes) on 400 panels of [0, 1]: exact to ~1e-15 for these smooth integrands. */
function integrate(f: (x: number) => number): number {
  const nodes = [0, -0.5384693101056831, 0.5384693101056831, -0.906179845938664, 0.906179845938664];
  const weights = [0.5688888888888889, 0.4786286704993665, 0.4786286704993665, 0.2369268850561891, 0.2369268850561891];
  const panels = 400;
  let s = 0;
  for (let p = 0; p < panels; p++)
    for (let q = 0; q < 5; q++) s += (weights[q] / 2 / panels) * f((p + 0.5 + nodes[q] / 2) / panels);
  return s;
}

describe("periodize", () => {
  const kinds = ["baker", "c0", "c1", "c1sin", "c2sin", "c3sin"] as const;
  it.each(kinds)("%s: ψ(0.3) matches QMCPy's reference to 1e-15", (kind) => {
    expect(Math.abs(at(kind, 0.3)[0] - qmcpy.periodizationAt03[kind][0])).toBeLessThan(1e-15);
  });
  it.each(kinds.filter((k) => k !== "c3sin"))("%s: weight ψ'(0.3) matches QMCPy's reference to 1e-14", (kind) => {
    expect(Math.abs(at(kind, 0.3)[1] - qmcpy.periodizationAt03[kind][1])).toBeLessThan(1e-14);
  });
  it("c3sin: the weight is the true derivative 1.1423503277082805 at 0.3, not QMCPy's 1.2160942417357719", () => {
    expect(Math.abs(at("c3sin", 0.3)[1] - qmcpy.c3sinCorrectWeightAt03)).toBeLessThan(1e-14);
  });
  it.each(kinds)("%s: ∫ψ' = 1 and ∫ψ²ψ' = 1/3 (the change of variables preserves integrals)", (kind) => {
    // baker is piecewise linear with a kink at ½; Gauss panels align with it (400 is even).
    expect(Math.abs(integrate((x) => at(kind, x)[1]) - 1)).toBeLessThan(1e-13);
    expect(Math.abs(integrate((x) => at(kind, x)[0] ** 2 * at(kind, x)[1]) - 1 / 3)).toBeLessThan(1e-13);
  });
  it.each(kinds)("%s: ψ(0) = 0 and values stay in [0, 1) even at x = ½ and near 1", (kind) => {
    expect(at(kind, 0)[0]).toBe(0);
    for (const x of [0.5, 1 - 2 ** -53, 0.999999]) {
      const y = at(kind, x)[0];
      expect(y >= 0 && y < 1).toBe(true);
    }
  });
  it("'none' copies and leaves weights at 1", () => {
    expect(at("none", 0.3)).toEqual([0.3, 1]);
  });
  it("the doc example", () => {
    const w = new Float64Array([1]);
    const x = periodize("c1sin", new Float64Array([0.3]), w, 1, 1);
    expect(Math.abs(x[0] - 0.1486346542718686)).toBeLessThan(1e-15);
    expect(Math.abs(w[0] - 1.3090169943749475)).toBeLessThan(1e-15);
  });
});
