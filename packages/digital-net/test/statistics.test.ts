// Tier 5: seeded statistical tests, tolerances stated. Fixed seeds make them deterministic; with a fresh
// seed each would fail with probability about 1e-4 (4 standard errors) or less.
import { describe, expect, it } from "vitest";
import { DigitalNet } from "../src/index.js";

/** f(x) = Π_j (x_j² + 2/3): smooth, exact integral 1 over [0,1]^d. */
function f(data: Float64Array, i: number, d: number): number {
  let v = 1;
  for (let j = 0; j < d; j++) v *= data[i * d + j] ** 2 + 2 / 3;
  return v;
}

describe("randomized nets are unbiased", () => {
  for (const randomize of ["lms-ds", "lms", "ds", "nus"] as const) {
    for (const alpha of [1, 2]) {
      it(`${randomize}, alpha = ${alpha}: the mean of R = 64 estimates is within 4 standard errors of the exact integral`, () => {
        const R = 64;
        const n = 64;
        const d = 5;
        const ps = new DigitalNet(d, { randomize, alpha, replications: R, seed: 31337 }).points(n);
        const est: number[] = [];
        for (let r = 0; r < R; r++) {
          const data = ps.replication(r).data;
          let s = 0;
          for (let i = 0; i < n; i++) s += f(data, i, d);
          est.push(s / n);
        }
        const mean = est.reduce((a, b) => a + b, 0) / R;
        const sd = Math.sqrt(est.reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1));
        const se = sd / Math.sqrt(R);
        expect(se).toBeGreaterThan(0);
        expect(Math.abs(mean - 1)).toBeLessThan(4 * se);
      });
    }
  }

  for (const randomize of ["lms-ds", "ds", "nus"] as const) {
    it(`${randomize}: point 5 is uniform over 4096 replications (16 bins, each within 5σ of 256)`, () => {
      const R = 4096;
      const ps = new DigitalNet(2, { randomize, replications: R, seed: 77 }).points(5, 6);
      for (let j = 0; j < 2; j++) {
        const bins = new Array(16).fill(0);
        for (let r = 0; r < R; r++) bins[Math.floor(ps.data[r * 2 + j] * 16)]++;
        const sigma = Math.sqrt(R * (1 / 16) * (15 / 16));
        for (const c of bins) expect(Math.abs(c - R / 16)).toBeLessThan(5 * sigma);
      }
    });
  }

  it("the randomized estimator beats plain Monte Carlo on a smooth integrand (variance ratio > 10)", () => {
    // Scrambled-net variance for smooth f decays like n^-3; MC variance is Var f / n. With n = 256 the
    // ratio is in the hundreds; 10 is a loose, stated bound.
    const R = 32;
    const n = 256;
    const d = 3;
    const ps = new DigitalNet(d, { replications: R, seed: 4 }).points(n);
    const est: number[] = [];
    for (let r = 0; r < R; r++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += f(ps.replication(r).data, i, d);
      est.push(s / n);
    }
    const mean = est.reduce((a, b) => a + b, 0) / R;
    const varQmc = est.reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1);
    // Var f = (∫(x²+2/3)²)^d − 1 = (1/5 + 4/9 + 4/9)^d − 1.
    const varMc = ((1 / 5 + 4 / 9 + 4 / 9) ** d - 1) / n;
    expect(varMc / varQmc).toBeGreaterThan(10);
  });
});
