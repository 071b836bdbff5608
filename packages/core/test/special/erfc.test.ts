import { describe, expect, it } from "vitest";
import { erfc } from "../../src/special/index.js";
import { expectWithinUlps } from "./reference.js";

describe("erfc", () => {
  it("is within 32 ulps of mpmath over [−6, 27.2], upper tail included", () => {
    expectWithinUlps("erfc", erfc, 1, 32);
  });
  it("has erfc(0) = 1, erfc(−x) = 2 − erfc(x), and its limits", () => {
    expect(erfc(0)).toBe(1);
    for (const x of [0.1, 0.7, 1.9, 2.2, 4]) expect(erfc(-x)).toBe(2 - erfc(x));
    expect(erfc(Number.NaN)).toBeNaN();
    expect(erfc(40)).toBe(0);
    expect(erfc(-40)).toBe(2);
  });
});
