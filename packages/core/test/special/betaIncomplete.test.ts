import { describe, expect, it } from "vitest";
import { betaIncomplete } from "../../src/special/index.js";
import { reference, ulp } from "./reference.js";

describe("betaIncomplete", () => {
  // Rounding in the continued fraction and in the log of the prefactor grows with a + b and with
  // |ln I|: the tolerance is stated per range of (a, b).
  it("is within 128 ulps of mpmath for a, b ≤ 10 and within 2048 ulps (4.5e−13) for a, b ≤ 511.5", () => {
    const rows = reference.betaIncomplete;
    expect(rows.length).toBeGreaterThan(200);
    for (const [x, a, b, expected] of rows) {
      const got = betaIncomplete(x, a, b);
      const limit = a <= 10 && b <= 10 ? 128 : 2048;
      expect(Math.abs(got - expected) / ulp(expected), `I_${x}(${a}, ${b}) = ${got}, mpmath ${expected}`).toBeLessThanOrEqual(
        limit,
      );
    }
  });
  it("has I_x(1, 1) = x, the symmetry I_½(a, a) = ½, and NaN off the domain", () => {
    expect(Math.abs(betaIncomplete(0.25, 1, 1) - 0.25)).toBeLessThan(2e-15);
    expect(Math.abs(betaIncomplete(0.5, 3, 3) - 0.5)).toBeLessThan(1e-15);
    expect(betaIncomplete(0, 2, 3)).toBe(0);
    expect(betaIncomplete(1, 2, 3)).toBe(1);
    for (const [x, a, b] of [
      [-0.1, 1, 1],
      [0.5, 0, 1],
      [0.5, 1, -1],
      [Number.NaN, 1, 1],
    ])
      expect(betaIncomplete(x, a, b)).toBeNaN();
  });
});
