import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { type DiscrepancyMethod, discrepancy } from "../src/index.js";

/**
 * For n IID uniform points, E[D²] = (∫K(x, x) dx − ∫∫K) / n: the off-diagonal centered terms have mean
 * zero exactly when g(x) = ∫K(x, y) dy and c = ∫∫K are the kernel's integrals. This checks the constants
 * of every method — SD included, which scipy lacks — against its kernel, independently of scipy.
 * ∫K(x, x) per coordinate: CD ∫(1 + |x − ½|) = 5/4; WD 3/2; MD ∫(15/8 − ½|x − ½|) = 7/4;
 * L2-star ∫(1 − x) = 1/2; SD 2.
 */
const DIAGONAL: Record<DiscrepancyMethod, number> = { CD: 5 / 4, WD: 3 / 2, MD: 7 / 4, "L2-star": 1 / 2, SD: 2 };
const DOUBLE: Record<DiscrepancyMethod, number> = { CD: 13 / 12, WD: 4 / 3, MD: 19 / 12, "L2-star": 1 / 3, SD: 4 / 3 };

describe("discrepancy of IID points: E[D²] = (∫K(x, x) − ∫∫K) / n (seeded, 4 standard errors)", () => {
  for (const method of Object.keys(DIAGONAL) as DiscrepancyMethod[]) {
    it(method, () => {
      const n = 8;
      const d = 3;
      const reps = 4000;
      const rng = new RandomStream(2026);
      const x = new Float64Array(n * d);
      let sum = 0;
      let sumSq = 0;
      for (let r = 0; r < reps; r++) {
        rng.fillFloat64(x);
        const v = discrepancy(x, { method, dimension: d });
        const sq = method === "L2-star" ? v * v : v;
        sum += sq;
        sumSq += sq * sq;
      }
      const mean = sum / reps;
      const se = Math.sqrt((sumSq / reps - mean * mean) / reps);
      const expected = (DIAGONAL[method] ** d - DOUBLE[method] ** d) / n;
      expect(Math.abs(mean - expected)).toBeLessThan(4 * se);
    });
  }
});
