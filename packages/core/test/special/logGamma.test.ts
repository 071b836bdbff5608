import { describe, expect, it } from "vitest";
import { logGamma } from "../../src/special/index.js";
import { expectWithinUlps } from "./reference.js";

describe("logGamma", () => {
  it("is within 32 ulps of mpmath for x in [1e−3, 1e5] (absolute, in ulps of 1, where |ln Γ| < 1)", () => {
    expectWithinUlps("logGamma", logGamma, 1, 32, 1);
  });
  it("has ln Γ(1) = ln Γ(2) = 0 to rounding, and NaN off the domain", () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(4e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(4e-15);
    for (const x of [0, -1, Number.NaN]) expect(logGamma(x)).toBeNaN();
  });
});
