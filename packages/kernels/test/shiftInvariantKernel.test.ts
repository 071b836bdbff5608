import { PointSet, RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { MAX_MATRIX_ENTRIES, shiftInvariantKernel } from "../src/index.js";
import { exact, expectAllClose, expectClose, qmcpy, uniforms } from "./helpers.js";

const DELTAS = new Float64Array([0, 0.25, 0.5, 0.9]);
const ORIGIN = new Float64Array([0]);

describe("shiftInvariantKernel", () => {
  describe("reference values (QMCPy notes §3.5)", () => {
    for (let a = 1; a <= 5; a++) {
      it(`K̃_${a} at δ = 0, .25, .5, .9: exact to 1e-12 relative (3e-13 at the near-zero K̃_5(.25)), QMCPy's monomial sums to 1e-9`, () => {
        const k = shiftInvariantKernel({ dimension: 1, alpha: a, weights: 1 });
        const got = k.factors(DELTAS, ORIGIN);
        const ex = exact[`si_factor_alpha${a}_delta_0_.25_.5_.9`] as number[];
        const qp = qmcpy[`SI_ktilde_alpha${a}_delta_0_0.25_0.5_0.9`] as number[];
        for (let i = 0; i < 4; i++) {
          expectClose(got[i], ex[i], 1e-12, `K̃_${a}(${DELTAS[i]}) vs mpmath`);
          expectClose(got[i], qp[i], 1e-9, `K̃_${a}(${DELTAS[i]}) vs QMCPy`);
        }
      });
    }

    it("K̃_α(0) = 2ζ(2α): π²/3, π⁴/45, 2π⁶/945, π⁸/4725, 2π¹⁰/93555", () => {
      const zeta2 = [
        Math.PI ** 2 / 3,
        Math.PI ** 4 / 45,
        (2 * Math.PI ** 6) / 945,
        Math.PI ** 8 / 4725,
        (2 * Math.PI ** 10) / 93555,
      ];
      for (let a = 1; a <= 5; a++) {
        expectClose(
          shiftInvariantKernel({ dimension: 1, alpha: a }).factors(ORIGIN, ORIGIN)[0],
          zeta2[a - 1],
          4e-16,
          `K̃_${a}(0)`,
        );
      }
    });

    it("K(x, z) with α = [2, 3, 4], γ = [1, .5, .25], S = 2 = 1.034906215936… (QMCPy 1.034906215951 within 1e-9)", () => {
      const k = shiftInvariantKernel({ dimension: 3, alpha: [2, 3, 4], weights: [1, 0.5, 0.25], scale: 2 });
      const v = k.evaluate(new Float64Array([0.1, 0.25, 0.7]), new Float64Array([0.85, 0.5, 0.3]))[0];
      expectClose(v, exact["si_kernel_x_z_alpha234_w_1_.5_.25_S2"] as number, 1e-14, "vs mpmath");
      expectClose(v, qmcpy["SI_kernel_x0_z0_alpha234_ls_1_.5_.25_scale2"] as number, 1e-9, "vs QMCPy");
    });

    it("defaults: α = 2, γ = 2^{1/3} − 1, S = 1", () => {
      const k = shiftInvariantKernel({ dimension: 3 });
      expect(k.alpha).toEqual([2, 2, 2]);
      expect(k.weights).toEqual([2 ** (1 / 3) - 1, 2 ** (1 / 3) - 1, 2 ** (1 / 3) - 1]);
      expect(k.scale).toBe(1);
      const v = k.evaluate(new Float64Array([0.1, 0.25, 0.7]), new Float64Array([0.85, 0.5, 0.3]))[0];
      expectClose(v, exact.si_kernel_default_alpha2_d3 as number, 1e-14, "vs mpmath");
      expectClose(v, qmcpy["SI_kernel_default_alpha2_d3_ls_2^(1/3)-1"] as number, 1e-9, "vs QMCPy");
    });
  });

  describe("properties", () => {
    it("is symmetric, 1-periodic, and evaluates the product of its factors", () => {
      const rng = new RandomStream(11);
      for (let d = 1; d <= 6; d++) {
        const alpha = Array.from({ length: d }, () => 1 + rng.nextBelow(5));
        const weights = Array.from({ length: d }, () => 2 * rng.nextFloat64());
        const k = shiftInvariantKernel({ dimension: d, alpha, weights, scale: 0.5 + rng.nextFloat64() });
        const x = uniforms(64 * d, rng);
        const z = uniforms(64 * d, rng);
        expect(Array.from(k.evaluate(x, z))).toEqual(Array.from(k.evaluate(z, x)));
        const shifted = x.map((v, i) => v + (i % 3) - 1);
        expectAllClose(k.evaluate(shifted, z), k.evaluate(x, z), 1e-13, "periodic");
        const f = k.factors(x, z);
        const v = k.evaluate(x, z);
        for (let i = 0; i < 64; i++) {
          let p = k.scale;
          for (let j = 0; j < d; j++) p *= 1 + weights[j] * f[i * d + j];
          // absolute to S: a factor 1 + γK̃ near 0 makes the value small, not less accurate in absolute terms
          expectClose(v[i], p, 1e-14, `row ${i}`, k.scale);
        }
      }
    });

    it("integral() = S: the mean of K(x, ·) over a 2^12-point grid in each coordinate (α ≥ 2: aliasing ≤ 2ζ(4)/2^48)", () => {
      const k = shiftInvariantKernel({ dimension: 1, alpha: 3, weights: 0.7, scale: 1.5 });
      const N = 4096;
      const grid = Float64Array.from({ length: N }, (_, i) => i / N);
      const v = k.evaluate(new Float64Array([0.3]), grid);
      let s = 0;
      for (const t of v) s += t;
      expectClose(s / N, k.integral(), 1e-13, "mean");
      expect(k.integral()).toBe(1.5);
    });

    it("evaluateMinusOne is K − 1 without cancellation: tiny weights keep full relative accuracy", () => {
      const g = 1e-12;
      const k = shiftInvariantKernel({ dimension: 2, alpha: 1, weights: g });
      const x = new Float64Array([0.1, 0.2]);
      const z = new Float64Array([0.4, 0.9]);
      const f = k.factors(x, z);
      const want = g * f[0] + g * f[1] + g * g * f[0] * f[1];
      expectClose(k.evaluateMinusOne(x, z)[0], want, 1e-15, "K − 1");
      // the naive difference loses ~12 digits here
      expect(Math.abs(k.evaluate(x, z)[0] - 1 - want) / Math.abs(want)).toBeGreaterThan(1e-6);
      const s = shiftInvariantKernel({ dimension: 2, alpha: 1, weights: g, scale: 3 });
      expectClose(s.evaluateMinusOne(x, z)[0], 3 * (1 + want) - 1, 1e-15, "S(1 + M) − 1");
    });

    it("broadcasts one row against many, and accepts a PointSet", () => {
      const k = shiftInvariantKernel({ dimension: 2, weights: 1 });
      const z = new Float64Array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
      const x = new Float64Array([0.7, 0.8]);
      const b = k.evaluate(x, z);
      const full = k.evaluate(new Float64Array([0.7, 0.8, 0.7, 0.8, 0.7, 0.8]), z);
      expect(Array.from(b)).toEqual(Array.from(full));
      expect(Array.from(k.evaluate(z, x))).toEqual(Array.from(full));
      expect(Array.from(k.evaluate(new PointSet(z, 1, 3, 2), x))).toEqual(Array.from(full));
      const out = new Float64Array(3);
      expect(k.evaluate(x, z, out)).toBe(out);
    });

    it("matrix(x, z) is row-major rows(x) × rows(z), symmetric for x = z, with K(x, x) = diagonal()", () => {
      const rng = new RandomStream(5);
      const k = shiftInvariantKernel({ dimension: 3, alpha: [1, 2, 5], weights: [0.3, 1, 2], scale: 2 });
      const x = uniforms(7 * 3, rng);
      const z = uniforms(5 * 3, rng);
      const m = k.matrix(x, z);
      expect(m.length).toBe(35);
      for (let i = 0; i < 7; i++)
        for (let l = 0; l < 5; l++)
          expect(m[i * 5 + l]).toBe(k.evaluate(x.subarray(3 * i, 3 * i + 3), z.subarray(3 * l, 3 * l + 3))[0]);
      const g = k.matrix(x, x);
      for (let i = 0; i < 7; i++) {
        expectClose(g[i * 7 + i], k.diagonal(), 1e-15, "diagonal");
        for (let l = 0; l < 7; l++) expect(g[i * 7 + l]).toBe(g[l * 7 + i]);
      }
    });

    it("with() changes parameters and keeps the rest", () => {
      const k = shiftInvariantKernel({ dimension: 2, alpha: [1, 3], weights: [0.5, 0.25], scale: 2 });
      const k2 = k.with({ scale: 3 });
      expect(k2.alpha).toEqual([1, 3]);
      expect(k2.weights).toEqual([0.5, 0.25]);
      expect(k2.scale).toBe(3);
      expect(k.with({ alpha: 2 }).alpha).toEqual([2, 2]);
      expect(() => k.with({ coefficients: [1, 0, 0, 0, 0] })).toThrow(TypeError);
    });
  });

  describe("bad input", () => {
    it("α outside 1…5, negative weights, scale ≤ 0, wrong lengths, unknown options", () => {
      expect(() => shiftInvariantKernel({ dimension: 2, alpha: 6 })).toThrow(/alpha must be an integer in \[1, 5\]; got 6/);
      expect(() => shiftInvariantKernel({ dimension: 2, alpha: [1, 0] })).toThrow(
        /alpha\[1\] must be an integer in \[1, 5\]; got 0/,
      );
      expect(() => shiftInvariantKernel({ dimension: 2, alpha: 1.5 })).toThrow(RangeError);
      expect(() => shiftInvariantKernel({ dimension: 2, weights: [1, -1] })).toThrow(
        /weights\[1\] must be a finite number ≥ 0; got -1/,
      );
      expect(() => shiftInvariantKernel({ dimension: 2, weights: [1] })).toThrow(
        /weights must have one entry per dimension \(2\); got 1/,
      );
      expect(() => shiftInvariantKernel({ dimension: 2, scale: 0 })).toThrow(/scale must be a finite number > 0; got 0/);
      expect(() => shiftInvariantKernel({ dimension: 2, scale: Number.NaN })).toThrow(RangeError);
      expect(() => shiftInvariantKernel({ dimension: 0 })).toThrow(/dimension must be an integer in \[1, 65536\]; got 0/);
      // @ts-expect-error: a misspelt option
      expect(() => shiftInvariantKernel({ dimension: 2, wieghts: 1 })).toThrow(/unknown option 'wieghts'/);
      // @ts-expect-error: alpha of the wrong kind
      expect(() => shiftInvariantKernel({ dimension: 2, alpha: "2" })).toThrow(TypeError);
    });

    it("inputs of the wrong kind or shape, incompatible row counts, matrices above the limit", () => {
      const k = shiftInvariantKernel({ dimension: 2 });
      expect(() => k.evaluate(new Float64Array(3), new Float64Array(2))).toThrow(
        /x.length must be a positive multiple of the dimension 2/,
      );
      expect(() => k.evaluate(new Float64Array(4), new Float64Array(6))).toThrow(
        /same number of rows, or one of them a single row.*got 2 and 3/,
      );
      // @ts-expect-error: a plain array
      expect(() => k.evaluate([0.1, 0.2], new Float64Array(2))).toThrow(TypeError);
      expect(() => k.evaluate(new PointSet(new Float64Array(3), 1, 1, 3), new Float64Array(2))).toThrow(
        /x.dimension must equal the kernel's dimension 2; got 3/,
      );
      expect(() => k.evaluate(new Float64Array(2), new Float64Array(2), new Float64Array(2))).toThrow(
        /out.length must be 1; got 2/,
      );
      const rows = Math.sqrt(MAX_MATRIX_ENTRIES) + 1;
      expect(() => k.matrix(new Float64Array(2 * rows), new Float64Array(2 * rows))).toThrow(/MAX_MATRIX_ENTRIES = 2\^24/);
    });
  });
});
