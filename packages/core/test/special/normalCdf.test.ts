import { describe, expect, it } from "vitest";
import { normalCdf } from "../../src/special/index.js";
import { expectWithinUlps } from "./reference.js";

describe("normalCdf", () => {
  it("is within 32 ulps of mpmath's ncdf over [−38, 9], lower tail to 1e−300 included", () => {
    expectWithinUlps("normalCdf", normalCdf, 1, 32);
  });
  it("has Φ(0) = ½, its limits, and NaN for NaN", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});
