import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "../../src/special/index.js";
import { expectWithinUlps } from "./reference.js";

describe("normalQuantile", () => {
  it("is within 8 ulps of mpmath (a root of ncdf at 60 digits) for p in [1e−300, 1)", () => {
    expectWithinUlps("normalQuantile", normalQuantile, 1, 8);
  });
  it("is odd about ½, infinite at 0 and 1, NaN outside [0, 1]", () => {
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of [0.0625, 0.125, 0.25]) expect(normalQuantile(1 - p)).toBe(-normalQuantile(p));
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    for (const p of [-0.1, 1.1, Number.NaN]) expect(normalQuantile(p)).toBeNaN();
  });
  it("inverts normalCdf to 1e−14 relative in the body", () => {
    for (const p of [0.001, 0.1, 0.3, 0.7, 0.9]) expect(Math.abs(normalCdf(normalQuantile(p)) - p) / p).toBeLessThan(1e-14);
  });
});
