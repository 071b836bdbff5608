import { describe, expect, it } from "vitest";
import { FAURE_LEMIEUX_MULTIPLIERS, firstPrimes } from "../src/index.js";

describe("FAURE_LEMIEUX_MULTIPLIERS", () => {
  it("has 360 multipliers with 1 ≤ f_j < p_j (so a ↦ f_j·a mod p_j is a permutation)", () => {
    const ps = firstPrimes(360);
    expect(FAURE_LEMIEUX_MULTIPLIERS.length).toBe(360);
    FAURE_LEMIEUX_MULTIPLIERS.forEach((f, j) => {
      expect(Number.isInteger(f) && f >= 1 && f < ps[j]).toBe(true);
    });
  });

  it("matches the published table at its ends and by its checksum (sum 206611)", () => {
    expect(FAURE_LEMIEUX_MULTIPLIERS.slice(0, 10)).toEqual([1, 1, 3, 3, 4, 9, 7, 5, 9, 18]);
    expect(FAURE_LEMIEUX_MULTIPLIERS.slice(-5)).toEqual([1006, 994, 923, 872, 1860]);
    expect(FAURE_LEMIEUX_MULTIPLIERS.reduce((a, b) => a + b, 0)).toBe(206611);
  });
});
