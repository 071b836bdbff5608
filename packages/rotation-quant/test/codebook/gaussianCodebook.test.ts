import { describe, expect, it } from "vitest";
import { gaussianCodebook, gaussianMarginal, solveLloydMax } from "../../src/index.js";
import { fixture, type ReferenceCodebooks } from "../fixtures.js";

const reference = fixture<ReferenceCodebooks>("lloyd-max-codebooks.json");

describe("gaussianCodebook", () => {
  it("ships the reference tables for bits 1..4 (positive halves exact, negatives mirrored, MSE exact)", () => {
    for (let bits = 1; bits <= 4; bits++) {
      const ref = reference.gaussian[String(bits)];
      const cb = gaussianCodebook(bits);
      const h = cb.centroids.length / 2;
      for (let i = 0; i < h; i++) {
        expect(cb.centroids[h + i]).toBe(ref.centroids[h + i]);
        expect(cb.centroids[h - 1 - i]).toBe(-ref.centroids[h + i]);
      }
      expect(cb.mse).toBe(ref.mse);
      // The reference negatives agree with the mirrored positives to rounding.
      for (let i = 0; i < h; i++) expect(Math.abs(cb.centroids[i] - ref.centroids[i])).toBeLessThan(5e-14);
    }
  });

  it("ships for bits 5..8 what solveLloydMax computes now (1e-13)", () => {
    for (let bits = 5; bits <= 8; bits++) {
      const fresh = solveLloydMax(gaussianMarginal, bits);
      gaussianCodebook(bits).centroids.forEach((c, i) => {
        expect(Math.abs(c - fresh.centroids[i])).toBeLessThan(1e-13);
      });
    }
  });

  it("has 2^bits ascending levels, midpoint thresholds with 0 in the middle, and MSE falling about 4× per bit", () => {
    for (let bits = 1; bits <= 8; bits++) {
      const { centroids, thresholds, mse } = gaussianCodebook(bits);
      expect(centroids.length).toBe(2 ** bits);
      for (let i = 1; i < centroids.length; i++) expect(centroids[i]).toBeGreaterThan(centroids[i - 1]);
      expect(thresholds[centroids.length / 2 - 1]).toBe(0);
      // Lower bound 4^−b and the Panter–Dite asymptote (√3 π / 2) 4^−b.
      expect(mse).toBeGreaterThan(4 ** -bits);
      expect(mse).toBeLessThan(((Math.sqrt(3) * Math.PI) / 2) * 4 ** -bits);
    }
  });
});
