import { describe, expect, it } from "vitest";
import { brownianMotion, gaussian, lebesgue, uniform } from "../src/index.js";
import { fixtures, qmcpy } from "./helpers.js";

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

function aat(a: Float64Array, d: number): Float64Array {
  const s = new Float64Array(d * d);
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) s[i * d + j] += a[i * d + k] * a[j * d + k];
  return s;
}

describe("gaussian", () => {
  it("PCA factor of [[9,4],[4,5]] matches QMCPy's reference to 1e-13", () => {
    const g = gaussian({
      covariance: [
        [9, 4],
        [4, 5],
      ],
    });
    expect(maxDiff(g.factor, qmcpy.gaussianPca.flat())).toBeLessThan(1e-13);
  });
  it("Cholesky factor of [[9,4],[4,5]] matches the reference to 1e-14", () => {
    const g = gaussian({
      covariance: [
        [9, 4],
        [4, 5],
      ],
      decomposition: "cholesky",
    });
    expect(maxDiff(g.factor, qmcpy.gaussianCholesky.flat())).toBeLessThan(1e-14);
  });
  it("maps u = ½ to the mean and has weight 1", () => {
    const g = gaussian({
      mean: [1, -2],
      covariance: [
        [9, 4],
        [4, 5],
      ],
    });
    const t = new Float64Array(2);
    const w = new Float64Array([1]);
    g.transform(new Float64Array([0.5, 0.5]), t, w, 1);
    expect(Array.from(t)).toEqual([1, -2]);
    expect(w[0]).toBe(1);
  });
  it("logDensity is the N(μ, Σ) log-density (closed form at the mean: −log(2π) − ½ log det Σ)", () => {
    const g = gaussian({
      mean: [1, -2],
      covariance: [
        [9, 4],
        [4, 5],
      ],
    });
    const out = g.logDensity(new Float64Array([1, -2]), new Float64Array(1), 1);
    expect(Math.abs(out[0] - (-Math.log(2 * Math.PI) - 0.5 * Math.log(29)))).toBeLessThan(1e-14);
  });
  it("rejects bad covariances and options", () => {
    expect(() =>
      gaussian({
        covariance: [
          [1, 2],
          [0, 1],
        ],
      }),
    ).toThrow(/symmetric/);
    expect(() =>
      gaussian({
        covariance: [
          [1, 2],
          [2, 1],
        ],
      }),
    ).toThrow(/positive semidefinite/);
    expect(() =>
      gaussian({
        covariance: [
          [1, 2],
          [2, 1],
        ],
        decomposition: "cholesky",
      }),
    ).toThrow(RangeError);
    // @ts-expect-error unknown decomposition
    expect(() => gaussian({ decomposition: "svd" })).toThrow(/decomposition must be one of 'pca', 'cholesky'/);
    expect(() => gaussian({ mean: [0, 0], covariance: [1, 2, 3] })).toThrow(/covariance must have length 2/);
    // @ts-expect-error unknown option
    expect(() => gaussian({ covar: 1 })).toThrow(TypeError);
  });
});

describe("brownianMotion", () => {
  for (const decomposition of ["pca", "cholesky", "bridge"] as const) {
    for (const d of [1, 4, 7]) {
      it(`${decomposition} factor satisfies A·Aᵀ = diffusion·min(t_i, t_j) (d = ${d})`, () => {
        const bm = brownianMotion(d, { tFinal: 2, diffusion: 0.3, decomposition });
        const s = aat(bm.factor, d);
        for (let i = 0; i < d; i++)
          for (let j = 0; j < d; j++)
            expect(Math.abs(s[i * d + j] - 0.3 * Math.min(bm.times[i], bm.times[j]))).toBeLessThan(1e-13);
      });
    }
  }
  it("has the grid tFinal·(1..d)/d and mean initialValue + drift·t", () => {
    const bm = brownianMotion(4, { tFinal: 2, drift: 0.5, initialValue: 1 });
    expect(Array.from(bm.times)).toEqual([0.5, 1, 1.5, 2]);
    expect(Array.from(bm.mean)).toEqual([1.25, 1.5, 1.75, 2]);
  });
  it("PCA and Cholesky factors match numpy (d = 4) to 1e-13", () => {
    const pca = brownianMotion(4).factor;
    const chol = brownianMotion(4, { decomposition: "cholesky" }).factor;
    expect(maxDiff(pca, fixtures.bm_pca_factor_d4.flat())).toBeLessThan(1e-13);
    expect(maxDiff(chol, fixtures.bm_cholesky_factor_d4.flat())).toBeLessThan(1e-13);
  });
  it("the bridge's first column drives the endpoint: W(T) = √T·z₀", () => {
    const bm = brownianMotion(8, { tFinal: 4, decomposition: "bridge" });
    expect(bm.factor[7 * 8]).toBe(2);
    for (let k = 1; k < 8; k++) expect(bm.factor[7 * 8 + k]).toBe(0);
  });
  it("rejects bad parameters", () => {
    expect(() => brownianMotion(0)).toThrow(/dimension must be an integer in \[1, 65536\]; got 0/);
    expect(() => brownianMotion(3, { tFinal: -1 })).toThrow(/tFinal must be a finite number > 0; got -1/);
    // @ts-expect-error bad decomposition
    expect(() => brownianMotion(3, { decomposition: "brownian-bridge" })).toThrow(/'pca', 'cholesky', 'bridge'/);
  });
});

describe("uniform and lebesgue", () => {
  it("uniform maps u to lower + (upper − lower)·u with weight 1", () => {
    const mu = uniform(2, [-1, 0], [1, 4]);
    const t = new Float64Array(2);
    const w = new Float64Array([1]);
    mu.transform(new Float64Array([0.25, 0.5]), t, w, 1);
    expect(Array.from(t)).toEqual([-0.5, 2]);
    expect(w[0]).toBe(1);
  });
  it("lebesgue on a box has weight = volume; on ℝ^d weight 1/φ", () => {
    const box = lebesgue(2, { lower: 0, upper: [2, 3] });
    expect(box.mass).toBe(6);
    const w = new Float64Array([1]);
    box.transform(new Float64Array([0.5, 0.5]), new Float64Array(2), w, 1);
    expect(w[0]).toBe(6);
    const whole = lebesgue(1);
    const w1 = new Float64Array([1]);
    const t = new Float64Array(1);
    whole.transform(new Float64Array([0.5]), t, w1, 1);
    expect(t[0]).toBe(0);
    expect(Math.abs(w1[0] - Math.sqrt(2 * Math.PI))).toBeLessThan(1e-15);
  });
  it("rejects mixed finite / infinite bounds and empty boxes", () => {
    expect(() => lebesgue(2, { lower: 0 })).toThrow(/all finite \(a box\) or all infinite/);
    expect(() => uniform(2, 1, 1)).toThrow(/upper\[0\] must be > lower\[0\] = 1; got 1/);
    expect(() => uniform(2, [0, 0, 0])).toThrow(/lower must have length 2; got length 3/);
  });
});
