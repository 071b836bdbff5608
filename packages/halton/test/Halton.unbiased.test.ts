import { describe, expect, it } from "vitest";
import { Halton, type HaltonRandomize } from "../src/index.js";

const UNBIASED: HaltonRandomize[] = ["lms-perm", "lms-ds", "perm", "ds", "nus", "qrng"];

describe("randomized Halton estimates are unbiased (seeded; tolerance 4 standard errors)", () => {
  for (const randomize of UNBIASED) {
    it(`'${randomize}': the mean of R = 200 estimates of ∫ Π_j 2x_j dx = 1 (d = 6, n = 100) is within 4 SE of 1`, () => {
      const R = 200;
      const d = 6;
      const n = 100;
      const ps = new Halton(d, { randomize, seed: 31337, replications: R }).points(n);
      const est = new Float64Array(R);
      for (let r = 0; r < R; r++) {
        let sum = 0;
        for (let i = 0; i < n; i++) {
          let f = 1;
          for (let j = 0; j < d; j++) f *= 2 * ps.get(i, j, r);
          sum += f;
        }
        est[r] = sum / n;
      }
      const mean = est.reduce((a, b) => a + b, 0) / R;
      const sd = Math.sqrt(est.reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1));
      const se = sd / Math.sqrt(R);
      expect(se).toBeGreaterThan(0);
      // Better than plain Monte Carlo, whose sd is √(((4/3)^d − 1)/n) ≈ 0.214 here, by a clear margin.
      expect(sd).toBeLessThan(0.75 * Math.sqrt(((4 / 3) ** d - 1) / n));
      expect(Math.abs(mean - 1)).toBeLessThan(4 * se);
    });

    it(`'${randomize}': a single point is uniform: point 7's coordinates average 1/2 over 4000 replications (4 SE)`, () => {
      const R = 4000;
      const ps = new Halton(3, { randomize, seed: 99, replications: R }).points(7, 8);
      for (let j = 0; j < 3; j++) {
        let sum = 0;
        for (let r = 0; r < R; r++) sum += ps.get(0, j, r);
        expect(Math.abs(sum / R - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / R));
      }
    });
  }

  it("'lms' alone is not a uniform randomization: the point with index 0 stays at the origin", () => {
    const ps = new Halton(4, { randomize: "lms", seed: 1, replications: 3 }).points(1);
    expect(Array.from(ps.data)).toEqual(new Array(12).fill(0));
  });
});
