import { RandomStream } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { describe, expect, it } from "vitest";
import { digitalShiftInvariantKernel } from "../src/index.js";
import { exact, expectAllClose, expectClose, qmcpy, uniforms } from "./helpers.js";

const T = 10;
const DELTAS = [0, 1, 2, 3, 255, 512, 1023];
const X = new Float64Array(DELTAS.map((v) => v / 2 ** T));
const ORIGIN = new Float64Array([0]);

describe("digitalShiftInvariantKernel", () => {
  describe("reference values (QMCPy notes §3.5), t = 10", () => {
    for (let a = 1; a <= 4; a++) {
      it(`K̃_${a} at δ = 0, 1, 2, 3, 255, 512, 1023 equals the Walsh series to 1e-14`, () => {
        const k = digitalShiftInvariantKernel({ dimension: 1, alpha: a, weights: 1, bits: T });
        const got = k.factors(X, ORIGIN);
        const ex = exact[`dsi_factor_alpha${a}_t10_delta_0_1_2_3_255_512_1023`] as number[];
        DELTAS.forEach((d, i) => {
          expectClose(got[i], ex[i], 1e-14, `K̃_${a}(${d}/2^10) vs Walsh series`);
        });
      });
    }

    it("α = 1, 2, 3 equal QMCPy's values to 1e-14", () => {
      for (let a = 1; a <= 3; a++) {
        const got = digitalShiftInvariantKernel({ dimension: 1, alpha: a, weights: 1, bits: T }).factors(X, ORIGIN);
        const qp = qmcpy[`DSI_ktilde_alpha${a}_t10_delta_0_1_2_3_255_512_1023`] as number[];
        DELTAS.forEach((d, i) => {
          expectClose(got[i], qp[i], 1e-14, `K̃_${a}(${d}) vs QMCPy`);
        });
      }
    });

    it("α = 4 differs from QMCPy only by QMCPy's truncated digit sum: |Δ| ≤ β/48 · Σ_{a≥9} 8^{−a}", () => {
      const got = digitalShiftInvariantKernel({ dimension: 1, alpha: 4, weights: 1, bits: T }).factors(X, ORIGIN);
      const qp = qmcpy.DSI_ktilde_alpha4_t10_delta_0_1_2_3_255_512_1023 as number[];
      DELTAS.forEach((d, i) => {
        // QMCPy stops the sum Σ_a (−1)^{x_a} 8^{−a} at 2^{−3a} < 1e-8, i.e. after a = 8.
        const beta = d === 0 ? 0 : T - Math.floor(Math.log2(d));
        const bound = (beta / 48) * (8 ** -9 * (8 / 7)) + 1e-15;
        const err = Math.abs(got[i] - qp[i]);
        expect(err, `δ = ${d}: |Δ| = ${err}`).toBeLessThanOrEqual(bound);
        expectClose(got[i], qp[i], 2e-9, `K̃_4(${d}) vs QMCPy`);
      });
    });

    it("K(x, z) with α = [1, 2, 3, 4], γ = [1, .5, .25, .125], S = 2, t = 10 = 0.59205452432448… (QMCPy within 1e-9)", () => {
      const k = digitalShiftInvariantKernel({
        dimension: 4,
        alpha: [1, 2, 3, 4],
        weights: [1, 0.5, 0.25, 0.125],
        scale: 2,
        bits: T,
      });
      const v = k.evaluate(new Float64Array([0.1, 0.25, 0.7, 0.6]), new Float64Array([0.85, 0.5, 0.3, 0.05]))[0];
      expectClose(v, exact["dsi_kernel_xb_zb_t10_alpha1234_w_1_.5_.25_.125_S2"] as number, 1e-14, "vs Walsh series");
      expectClose(v, qmcpy["DSI_kernel_x0_z0_t10_alpha1234_ls_1_.5_.25_scale2"] as number, 1e-9, "vs QMCPy");
      // floats are converted by ⌊x·2^10⌋: the integer forms are QMCPy's xb, zb
      const xb = [102, 256, 716, 614];
      const zb = [870, 512, 307, 51];
      const w = k.evaluate(new Float64Array(xb.map((b) => b / 1024)), new Float64Array(zb.map((b) => b / 1024)))[0];
      expect(w).toBe(v);
    });

    it("K̃_α(0) = 1, 3/2, 25/18, 407/294 and the defaults α = 2, γ = 2^{1/d} − 1, S = 1, bits = 53", () => {
      const at0 = [1, 3 / 2, 25 / 18, 407 / 294];
      for (let a = 1; a <= 4; a++)
        expect(digitalShiftInvariantKernel({ dimension: 1, alpha: a }).factors(ORIGIN, ORIGIN)[0]).toBe(at0[a - 1]);
      const k = digitalShiftInvariantKernel({ dimension: 4 });
      expect(k.alpha).toEqual([2, 2, 2, 2]);
      expect(k.weights[0]).toBe(2 ** 0.25 - 1);
      expect(k.bits).toBe(53);
      expect(k.scale).toBe(1);
      expect(k.form).toBe("closed");
    });
  });

  describe("properties", () => {
    it("symmetric on random points; the product of its factors; K − 1 without cancellation", () => {
      const rng = new RandomStream(3);
      for (let d = 1; d <= 6; d++) {
        const k = digitalShiftInvariantKernel({
          dimension: d,
          alpha: Array.from({ length: d }, () => 1 + rng.nextBelow(4)),
          weights: Array.from({ length: d }, () => rng.nextFloat64()),
          scale: 1 + rng.nextFloat64(),
        });
        const x = uniforms(50 * d, rng);
        const z = uniforms(50 * d, rng);
        expect(Array.from(k.evaluate(x, z))).toEqual(Array.from(k.evaluate(z, x)));
        const f = k.factors(x, z);
        const v = k.evaluate(x, z);
        const m1 = k.evaluateMinusOne(x, z);
        for (let i = 0; i < 50; i++) {
          let p = k.scale;
          for (let j = 0; j < d; j++) p *= 1 + k.weights[j] * f[i * d + j];
          expectClose(v[i], p, 1e-14, `row ${i}`, k.scale);
          expectClose(m1[i], v[i] - 1, 1e-14, `row ${i} minus one`, k.scale);
        }
      }
      const tiny = digitalShiftInvariantKernel({ dimension: 1, alpha: 3, weights: 1e-13 });
      const x = new Float64Array([0.3]);
      const z = new Float64Array([0.8]);
      expectClose(tiny.evaluateMinusOne(x, z)[0], 1e-13 * tiny.factors(x, z)[0], 1e-15, "γK̃");
    });

    it("integral() = S: the mean over all 2^12 binary fractions of 12 digits is S up to the aliased frequencies k ≥ 2^12 (weight < 2^−11)", () => {
      for (let a = 1; a <= 4; a++) {
        const k = digitalShiftInvariantKernel({ dimension: 1, alpha: a, weights: 1, scale: 2.5, bits: 12 });
        const grid = Float64Array.from({ length: 4096 }, (_, i) => i / 4096);
        let s = 0;
        for (const v of k.evaluate(new Float64Array([0.3]), grid)) s += v;
        // on the 2^12 grid the Walsh series aliases only frequencies k ≥ 2^12, of total weight < 2^−11
        expectClose(s / 4096, k.integral(), 2 ** -11, `α = ${a}`);
      }
    });

    it("NetIntegers and their float values give the same kernel (bits ≤ 53)", () => {
      const net = new DigitalNet(3, { seed: 9, bits: 40 });
      const ints = net.integers(16);
      const pts = net.points(16);
      const k = digitalShiftInvariantKernel({ dimension: 3, alpha: [1, 2, 4], weights: 0.5, bits: 40 });
      expect(Array.from(k.matrix(ints, ints))).toEqual(Array.from(k.matrix(pts, pts)));
      const m = k.matrix(ints, ints);
      for (let i = 0; i < 16; i++) expectClose(m[i * 16 + i], k.diagonal(), 1e-15, "diagonal");
    });
  });

  describe("bad input", () => {
    it("α outside 1…4, bits outside 1…64, negative weights, scale ≤ 0", () => {
      expect(() => digitalShiftInvariantKernel({ dimension: 2, alpha: 5 })).toThrow(
        /alpha must be an integer in \[1, 4\]; got 5/,
      );
      expect(() => digitalShiftInvariantKernel({ dimension: 2, alpha: [2, 2.5] })).toThrow(
        /alpha\[1\] must be an integer in \[1, 4\]; got 2.5/,
      );
      expect(() => digitalShiftInvariantKernel({ dimension: 2, bits: 65 })).toThrow(
        /bits must be an integer in \[1, 64\]; got 65/,
      );
      expect(() => digitalShiftInvariantKernel({ dimension: 2, weights: -0.5 })).toThrow(
        /weights must be a finite number ≥ 0; got -0.5/,
      );
      expect(() => digitalShiftInvariantKernel({ dimension: 2, scale: -1 })).toThrow(/scale must be a finite number > 0; got -1/);
      expect(() => digitalShiftInvariantKernel({ dimension: 2 }).with({ coefficients: [1, 0, 0, 0] })).toThrow(TypeError);
    });

    it("NetIntegers whose bits differ from the kernel's", () => {
      const ints = new DigitalNet(2, { seed: 1, bits: 32 }).integers(4);
      const k = digitalShiftInvariantKernel({ dimension: 2 });
      expect(() => k.evaluate(ints, ints)).toThrow(/x.bits must equal the kernel's bits 53; got 32/);
      expect(() => k.evaluate(new Float64Array([Number.NaN, 0]), ints)).toThrow(RangeError);
    });
  });
});

describe("float conversion", () => {
  it("⌊{x}·2^bits⌋ keeps the first `bits` binary digits", () => {
    const k = digitalShiftInvariantKernel({ dimension: 1, alpha: 1, weights: 1, bits: 3 });
    // 0.3 = 0.0100110…₂ → 0.010₂ = 1/4 with 3 bits; 1.3 and −0.7 have the same fractional part
    const v = k.evaluate(new Float64Array([0.3, 1.3, -0.7]), new Float64Array([0.25]));
    expectAllClose(v, [2, 2, 2], 0, "K̃_1(0) + 1");
  });
});
