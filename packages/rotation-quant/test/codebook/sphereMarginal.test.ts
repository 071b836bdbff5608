import { describe, expect, it } from "vitest";
import { gaussianMarginal, sphereMarginal } from "../../src/index.js";
import { fixture, type ScipyReference } from "../fixtures.js";

const scipy = fixture<ScipyReference>("scipyReference.json");

describe("sphereMarginal", () => {
  it("has mass, first and second moments equal to scipy quadrature of the density (1e-10)", () => {
    for (const { d, a, b, mass, first, second } of scipy.sphereMoments) {
      const m = sphereMarginal(d);
      expect(Math.abs(m.mass(a, b) - mass), `mass d=${d} (${a}, ${b})`).toBeLessThan(1e-10 * Math.max(mass, 1e-3));
      expect(Math.abs(m.firstMoment(a, b) - first), `first d=${d}`).toBeLessThan(1e-10 * Math.max(first, 1e-3));
      expect(Math.abs(m.secondMoment(a, b) - second), `second d=${d}`).toBeLessThan(1e-10 * Math.max(second, 1e-3));
    }
  });

  it("is a unit-variance law: half-line mass ½ and second moment ½ (to 1e-14 · d, the incomplete beta's accuracy)", () => {
    for (const d of [2, 3, 10, 128, 4096]) {
      const m = sphereMarginal(d);
      expect(Math.abs(m.mass(0, m.support) - 0.5)).toBeLessThan(1e-14 * Math.max(10, d));
      expect(Math.abs(m.secondMoment(0, m.support) - 0.5)).toBeLessThan(1e-14 * Math.max(10, d));
    }
  });

  it("tends to the Gaussian as d grows (moments on [0.5, 1.5] within 1e-4 at d = 2^16)", () => {
    const m = sphereMarginal(2 ** 16);
    for (const f of ["mass", "firstMoment", "secondMoment"] as const) {
      expect(Math.abs(m[f](0.5, 1.5) - gaussianMarginal[f](0.5, 1.5))).toBeLessThan(1e-4);
    }
  });

  it("rejects dimensions below 2", () => {
    expect(() => sphereMarginal(1)).toThrow(RangeError);
    expect(() => sphereMarginal(1)).toThrow(/^dimension must be an integer in \[2, /);
  });
});
