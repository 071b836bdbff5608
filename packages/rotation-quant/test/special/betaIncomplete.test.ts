import { describe, expect, it } from "vitest";
import { betaIncomplete } from "../../src/index.js";
import { fixture, type ScipyReference } from "../fixtures.js";

const ref = fixture<ScipyReference>("scipyReference.json");

describe("betaIncomplete", () => {
  it("matches scipy.special.betainc to 1e-14 · max(1, a, b) relative (a = b up to 8191.5, and a ≠ b)", () => {
    for (const [x, a, b, expected] of ref.betaIncomplete) {
      const got = betaIncomplete(x, a, b);
      const tol = 1e-14 * Math.max(1, a, b) * expected + 1e-300;
      expect(Math.abs(got - expected) <= tol, `I_${x}(${a}, ${b}) = ${got}, scipy ${expected}`).toBe(true);
    }
  });
  it("satisfies I_x(a, b) = x for a = b = 1, I_½(a, a) = ½ and I_x(a, b) + I_{1−x}(b, a) = 1", () => {
    for (const x of [0.1, 0.25, 0.9]) expect(Math.abs(betaIncomplete(x, 1, 1) - x)).toBeLessThan(1e-15);
    for (const a of [0.5, 3, 100.5]) expect(Math.abs(betaIncomplete(0.5, a, a) - 0.5)).toBeLessThan(1e-13);
    expect(Math.abs(betaIncomplete(0.3, 2, 7) + betaIncomplete(0.7, 7, 2) - 1)).toBeLessThan(1e-15);
  });
  it("returns the ends exactly and NaN outside the domain", () => {
    expect(betaIncomplete(0, 2, 3)).toBe(0);
    expect(betaIncomplete(1, 2, 3)).toBe(1);
    for (const [x, a, b] of [
      [-0.1, 1, 1],
      [1.1, 1, 1],
      [0.5, 0, 1],
      [0.5, 1, -1],
      [Number.NaN, 1, 1],
    ]) {
      expect(betaIncomplete(x, a, b)).toBeNaN();
    }
  });
});
