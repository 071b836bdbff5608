import { describe, expect, it } from "vitest";
import { gaussianMarginal } from "../../src/index.js";

describe("gaussianMarginal", () => {
  it("has the closed-form half-line moments ½, 1/√(2π), ½", () => {
    expect(Math.abs(gaussianMarginal.mass(0, Infinity) - 0.5)).toBeLessThan(1e-16);
    expect(Math.abs(gaussianMarginal.firstMoment(0, Infinity) - 1 / Math.sqrt(2 * Math.PI))).toBeLessThan(1e-16);
    expect(Math.abs(gaussianMarginal.secondMoment(0, Infinity) - 0.5)).toBeLessThan(1e-16);
  });
  it("keeps relative precision in the tail: P(Z > 8) = 6.22096057427178e-16", () => {
    // erfc(8/√2)/2, scipy.stats.norm.sf(8).
    expect(Math.abs(gaussianMarginal.mass(8, Infinity) / 6.22096057427178e-16 - 1)).toBeLessThan(1e-12);
  });
});
