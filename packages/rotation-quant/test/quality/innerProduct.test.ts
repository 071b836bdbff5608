import { describe, expect, it } from "vitest";
import { RotationQuantizer } from "../../src/index.js";
import { fixture, type ReferenceCodebooks } from "../fixtures.js";
import { gaussians, unitVectors } from "../helpers.js";

// G3 of the reference notes (§4, §9): with scale 'unbiased', the estimate ⟨y, x̂⟩ of ⟨y, x⟩ for unit x
// and a unit y ⊥ x (ρ = 0) has mean error ≈ 0 and d·E[(est − ⟨x, y⟩)²] = D/(1 − D), D the distortion
// of the codebook in use under the exact marginal of d (lloyd-max-codebooks.json,
// "mse_with_gaussian_codebook"). The estimate is taken from decode(); the compressed-domain scores are
// checked equal to it in RotationQuantizer.scoring.test.ts.
const reference = fixture<ReferenceCodebooks>("lloyd-max-codebooks.json");

/** For each x_i, `perVector` unit y ⊥ x_i; returns the errors ⟨y, x̂_i⟩ − 0. */
function errors(rq: RotationQuantizer, x: Float32Array, count: number, d: number, perVector: number, seed: number): Float64Array {
  const xhat = rq.decode(rq.encode(x));
  const g = gaussians(seed, count * perVector * d);
  const out = new Float64Array(count * perVector);
  const y = new Float64Array(d);
  for (let i = 0; i < count; i++) {
    for (let t = 0; t < perVector; t++) {
      const o = (i * perVector + t) * d;
      let proj = 0;
      for (let j = 0; j < d; j++) proj += g[o + j] * x[i * d + j];
      let nn = 0;
      for (let j = 0; j < d; j++) {
        y[j] = g[o + j] - proj * x[i * d + j];
        nn += y[j] * y[j];
      }
      let est = 0;
      let exact = 0;
      for (let j = 0; j < d; j++) {
        est += y[j] * xhat[i * d + j];
        exact += y[j] * x[i * d + j];
      }
      out[i * perVector + t] = (est - exact) / Math.sqrt(nn);
    }
  }
  return out;
}

describe("unbiased inner products (G3)", () => {
  for (const [d, count] of [
    [128, 12000],
    [1024, 3000],
  ] as const) {
    it(`d = ${d}: |mean error| < 0.003 and d·Var within 5 % of D/(1 − D) for bits 1..4`, () => {
      const perVector = 4;
      const x = unitVectors(31 + d, count, d);
      for (let bits = 1; bits <= 4; bits++) {
        const rq = new RotationQuantizer({ dimension: d, bits, seed: 5 + bits });
        const e = errors(rq, x, count, d, perVector, 77 + bits);
        let mean = 0;
        let second = 0;
        for (const v of e) {
          mean += v;
          second += v * v;
        }
        mean /= e.length;
        second /= e.length;
        const D = reference[`sphere_d${d}`][String(bits)].mse_with_gaussian_codebook as number;
        const target = D / (1 - D);
        // Standard error of the mean: √(Var/n); of d·Var: ≈ √(2/n) relative (n = 48000 or 12000 samples).
        expect(Math.sqrt(second / e.length)).toBeLessThan(0.001);
        expect(Math.abs(mean), `mean error d=${d} bits=${bits}`).toBeLessThan(0.003);
        expect(Math.abs((d * second) / target - 1), `d·Var = ${d * second} vs ${target} (d=${d}, bits=${bits})`).toBeLessThan(
          0.05,
        );
      }
    }, 30000);
  }

  it("the 'norm' scale is biased by the factor (1 − D) on a correlated pair (ρ = 0.9), 'unbiased' is not", () => {
    const d = 256;
    const count = 4000;
    const x = unitVectors(3, count, d);
    const z = unitVectors(4, count, d);
    // y = 0.9 x + √(1 − 0.81) z⊥ (unit, ⟨x, y⟩ = 0.9)
    const y = new Float32Array(count * d);
    for (let i = 0; i < count; i++) {
      let p = 0;
      for (let j = 0; j < d; j++) p += z[i * d + j] * x[i * d + j];
      let nn = 0;
      for (let j = 0; j < d; j++) nn += (z[i * d + j] - p * x[i * d + j]) ** 2;
      for (let j = 0; j < d; j++)
        y[i * d + j] = 0.9 * x[i * d + j] + (Math.sqrt(0.19) * (z[i * d + j] - p * x[i * d + j])) / Math.sqrt(nn);
    }
    const bits = 1;
    const D = reference.sphere_d256["1"].mse_with_gaussian_codebook as number;
    const bias = (scale: "norm" | "unbiased") => {
      const rq = new RotationQuantizer({ dimension: d, bits, seed: 9, scale });
      const xhat = rq.decode(rq.encode(x));
      let s = 0;
      for (let i = 0; i < count; i++) {
        let est = 0;
        let exact = 0;
        for (let j = 0; j < d; j++) {
          est += y[i * d + j] * xhat[i * d + j];
          exact += y[i * d + j] * x[i * d + j];
        }
        s += est - exact;
      }
      return s / count;
    };
    // TurboQuant_mse: mean error −D·ρ (reference notes §4: −0.326 at 1 bit, ρ = 0.9).
    expect(Math.abs(bias("norm") + D * 0.9)).toBeLessThan(0.01);
    expect(Math.abs(bias("unbiased"))).toBeLessThan(0.003);
  });
});
