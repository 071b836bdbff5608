import { describe, expect, it } from "vitest";
import { erf } from "../../src/special/index.js";
import { expectWithinUlps } from "./reference.js";

describe("erf", () => {
  it("is within 8 ulps of mpmath over [−6, 6], with full relative precision near 0", () => {
    expectWithinUlps("erf", erf, 1, 8);
  });
  it("is odd, with erf(0) = 0 and NaN for NaN", () => {
    expect(erf(0)).toBe(0);
    for (const x of [0.3, 1.7, 2.5]) expect(erf(-x)).toBe(-erf(x));
    expect(erf(Number.NaN)).toBeNaN();
  });
});
