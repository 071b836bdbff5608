import { describe, expect, it } from "vitest";
import { lbfgs } from "../src/internal/lbfgs.js";

describe("lbfgs (internal)", () => {
  it("minimizes the Rosenbrock function from (−1.2, 1) to its minimum (1, 1)", () => {
    const r = lbfgs(
      (u, g) => {
        const [a, b] = [u[0], u[1]];
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      Float64Array.from([-1.2, 1]),
      { gradientTolerance: 1e-10, valueTolerance: 0, maxIterations: 500 },
    );
    expect(r.converged).toBe(true);
    expect(Math.abs(r.x[0] - 1)).toBeLessThan(1e-7);
    expect(Math.abs(r.x[1] - 1)).toBeLessThan(1e-7);
  });

  it("solves an ill-conditioned quadratic ½xᵀAx − bᵀx (A diagonal 1…10^4, minimizer b_i/a_i, to the √ε accuracy that f values allow)", () => {
    const p = 20;
    const a = Float64Array.from({ length: p }, (_, i) => 10 ** ((4 * i) / (p - 1)));
    const b = Float64Array.from({ length: p }, (_, i) => (i % 3) - 1);
    const r = lbfgs(
      (u, g) => {
        let f = 0;
        for (let i = 0; i < p; i++) {
          g[i] = a[i] * u[i] - b[i];
          f += 0.5 * a[i] * u[i] * u[i] - b[i] * u[i];
        }
        return f;
      },
      new Float64Array(p),
      { gradientTolerance: 1e-12, valueTolerance: 0, maxIterations: 1000 },
    );
    expect(r.converged).toBe(true);
    for (let i = 0; i < p; i++) expect(Math.abs(r.x[i] - b[i] / a[i])).toBeLessThan(1e-7);
  });

  it("treats non-finite trial values as +∞ (backtracks) and never returns NaN", () => {
    // f = x² − log(1 − x) on x < 1 (NaN beyond): minimizer x* = (1 − √3)/2 … solve 2x = −1/(1 − x): 2x² − 2x − 1 = 0.
    const r = lbfgs(
      (u, g) => {
        const x = u[0];
        g[0] = 2 * x + 1 / (1 - x);
        return x * x - Math.log(1 - x);
      },
      Float64Array.from([0.9]),
      { gradientTolerance: 1e-12, maxIterations: 200 },
    );
    expect(Number.isFinite(r.value)).toBe(true);
    expect(Math.abs(r.x[0] - (1 - Math.sqrt(3)) / 2)).toBeLessThan(1e-8);
  });

  it("reports converged: false when the start is not finite or the iterations run out", () => {
    const bad = lbfgs(
      (_u, g) => {
        g[0] = Number.NaN;
        return Number.NaN;
      },
      Float64Array.from([0]),
    );
    expect(bad.converged).toBe(false);
    const short = lbfgs(
      (u, g) => {
        g[0] = 4 * u[0] ** 3;
        return u[0] ** 4;
      },
      Float64Array.from([3]),
      { maxIterations: 2, gradientTolerance: 0, valueTolerance: 0 },
    );
    expect(short.converged).toBe(false);
    expect(short.message).toMatch(/maximum iterations/);
    expect(Number.isFinite(short.value)).toBe(true);
  });
});
