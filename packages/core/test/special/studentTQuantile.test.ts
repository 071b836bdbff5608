import { describe, expect, it } from "vitest";
import { normalQuantile, studentTQuantile } from "../../src/special/index.js";
import { expectWithinUlps } from "./reference.js";

describe("studentTQuantile", () => {
  // Inverting the tail probability through betaIncomplete: its error, divided by the density, sets this.
  it("is within 128 ulps of mpmath for ν in [1, 1000] and p in [1e−10, 1 − 1e−4]", () => {
    expectWithinUlps("studentTQuantile", studentTQuantile, 2, 128);
  });
  it("is exact-form for ν = 1, 2, odd about ½, normal at ν = ∞, and NaN off the domain", () => {
    expect(studentTQuantile(0.75, 1)).toBeCloseTo(1, 15);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.25, 7)).toBe(-studentTQuantile(0.75, 7));
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBe(normalQuantile(0.975));
    expect(studentTQuantile(1, 3)).toBe(Number.POSITIVE_INFINITY);
    for (const [p, nu] of [
      [1.5, 3],
      [0.5, 0],
      [Number.NaN, 3],
    ])
      expect(studentTQuantile(p, nu)).toBeNaN();
  });
});
