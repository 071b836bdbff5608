import { describe, expect, it } from "vitest";
import { Lattice, worstCaseError } from "../src/index.js";
import fixture from "./fixtures/worst-case-errors.json" with { type: "json" };
import { omega } from "./helpers/bruteForceCbc.js";

/**
 * Upper bound A on (1/n) Σ_k |Σ_u γ_u Π ω|: e² is a sum that cancels down from terms of this size, so
 * its rounding error is a few ulps of A (not of e²), which is what tolerances below are stated in.
 */
function termScale(weights: number[], orderWeights: number[] | null, alpha: number): number {
  const a = weights.map((g) => g * omega(0, alpha));
  const e = [1, ...a.map(() => 0)];
  a.forEach((aj, j) => {
    for (let l = j + 1; l >= 1; l--) e[l] += aj * e[l - 1];
  });
  return e.slice(1).reduce((s, v, l) => s + (orderWeights === null ? 1 : orderWeights[l]) * v, 0);
}

describe("worstCaseError", () => {
  it("matches exact rational lattice sums (fixture from a sympy/fractions script) within 1e−14·A in e²", () => {
    for (const c of fixture.cases) {
      const options = {
        weights: c.weights,
        alpha: c.alpha as 1 | 2 | 3,
        ...(c.orderWeights === null ? {} : { orderWeights: c.orderWeights }),
      };
      const e = worstCaseError(c.z, c.n, options);
      const A = termScale(c.weights, c.orderWeights, c.alpha);
      expect(Math.abs(e * e - c.squaredError), `n=${c.n} α=${c.alpha} z=${c.z}`).toBeLessThan(1e-14 * A);
      if (c.alpha === 1) expect(Math.abs(e - c.error) / c.error).toBeLessThan(1e-12);
    }
  });

  it("is the one-dimensional closed form √(γ·2ζ(2α))·n^{−α} for z = 1", () => {
    const close = (a: number, b: number) => Math.abs(a - b) / b < 1e-13;
    expect(close(worstCaseError([1], 32, { weights: 1 }), Math.sqrt(Math.PI ** 2 / 3) / 32)).toBe(true);
    expect(close(worstCaseError([3], 31, { weights: 0.5 }), Math.sqrt((0.5 * Math.PI ** 2) / 3) / 31)).toBe(true);
    // α = 2: e² = 2ζ(4)/n⁴ is 1e−5 of its terms, so the check is on e² in units of A (see termScale).
    const e = worstCaseError([5], 16, { weights: 1, alpha: 2 });
    expect(Math.abs(e * e - Math.PI ** 4 / 45 / 16 ** 4)).toBeLessThan(1e-14 * termScale([1], null, 2));
  });

  it("equals the kernel double sum −1 + (1/n²) Σ_{k,l} K(x_k, x_l) over the Lattice's own points", () => {
    const z = [1, 19, 29, 11];
    const gamma = [1, 0.5, 0.25, 0.125];
    for (const alpha of [1, 2] as const) {
      const ps = new Lattice(4, { generatingVector: z, mMax: 6, randomize: "none" }).points(64);
      let sum = 0;
      for (let k = 0; k < 64; k++) {
        for (let l = 0; l < 64; l++) {
          let K = 1;
          for (let j = 0; j < 4; j++) {
            const x = ps.get(k, j) - ps.get(l, j);
            K *= 1 + gamma[j] * omega(x - Math.floor(x), alpha);
          }
          sum += K;
        }
      }
      const direct = sum / 64 ** 2 - 1;
      const e = worstCaseError(z, 64, { weights: gamma, alpha });
      expect(Math.abs(e * e - direct)).toBeLessThan(1e-13 * termScale(gamma, null, alpha));
    }
  });

  it("depends on z only modulo n, and treats weight 0 as an irrelevant coordinate", () => {
    expect(worstCaseError([1, 12 + 31, 7 + 62], 31)).toBe(worstCaseError([1, 12, 7], 31));
    expect(worstCaseError([1, 12, 7], 31, { weights: [1, 0.25, 0] })).toBe(worstCaseError([1, 12], 31, { weights: [1, 0.25] }));
  });

  it("order weights of all ones are product weights", () => {
    const a = worstCaseError([1, 12, 7, 5], 31, { weights: [1, 0.5, 0.25, 0.2] });
    const b = worstCaseError([1, 12, 7, 5], 31, { weights: [1, 0.5, 0.25, 0.2], orderWeights: [1, 1, 1, 1] });
    expect(Math.abs(a - b) / a).toBeLessThan(1e-13);
  });

  it("rejects bad input with errors naming the parameter", () => {
    expect(() => worstCaseError([1, 2.5], 31)).toThrow(/^generatingVector\[1\] must be an integer/);
    expect(() => worstCaseError([1, -3], 31)).toThrow(RangeError);
    expect(() => worstCaseError([1, "2"] as unknown as number[], 31)).toThrow(TypeError);
    expect(() => worstCaseError([], 31)).toThrow(/at least 1 component/);
    expect(() => worstCaseError([1], 0)).toThrow(/^n must be an integer in \[1, 4294967296\]/);
    expect(() => worstCaseError([1, 5], 31, { weights: [1] })).toThrow(/^weights must have at least dimension = 2 entries/);
    expect(() => worstCaseError([1, 5], 31, { weights: -1 })).toThrow(RangeError);
    expect(() => worstCaseError([1, 5], 31, { weights: [1, Number.NaN] })).toThrow(/^weights\[1\] must be a finite number/);
    expect(() => worstCaseError([1, 5], 31, { orderWeights: [1] })).toThrow(/^orderWeights must have at least/);
    expect(() => worstCaseError([1, 5], 31, { alpha: 4 as 1 })).toThrow(/^alpha must be/);
    expect(() => worstCaseError([1, 5], 31, { gamma: 1 } as object)).toThrow(/unknown option 'gamma'/);
  });
});
