import { describe, expect, it } from "vitest";
import { erfc } from "../../src/index.js";
import { fixture, type ScipyReference } from "../fixtures.js";

const ref = fixture<ScipyReference>("scipyReference.json");

describe("erfc", () => {
  it("matches scipy.special.erfc to 1e-13 relative over [−3, 26]", () => {
    for (const [x, expected] of ref.erfc) {
      expect(Math.abs(erfc(x) - expected) <= 1e-13 * expected, `erfc(${x}) = ${erfc(x)}, scipy ${expected}`).toBe(true);
    }
  });
  it("has the exact values erfc(0) = 1 and erfc(−x) = 2 − erfc(x)", () => {
    expect(erfc(0)).toBe(1);
    for (const x of [0.1, 0.7, 1.9, 2.2, 4]) expect(Math.abs(erfc(-x) - (2 - erfc(x)))).toBeLessThan(4e-16);
  });
  it("is continuous across the series / continued-fraction switch at x = 2", () => {
    expect(Math.abs(erfc(2 - 1e-12) - erfc(2 + 1e-12)) / erfc(2)).toBeLessThan(1e-11);
  });
  it("returns NaN for NaN and 0 far in the tail", () => {
    expect(erfc(Number.NaN)).toBeNaN();
    expect(erfc(40)).toBe(0);
    expect(erfc(-40)).toBe(2);
  });
});
