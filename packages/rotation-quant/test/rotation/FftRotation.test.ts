import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { FftRotation } from "../../src/index.js";
import { gaussians, norm } from "../helpers.js";

/** The documented recipe restated with a dense O(d²) real circulant (no FFT, no Bluestein). */
function denseReference(d: number, rounds: number, seed: number, x: Float64Array): Float64Array {
  const rng = new RandomStream(seed);
  let v = Float64Array.from(x);
  for (let r = 0; r < rounds; r++) {
    const signs = Array.from({ length: d }, () => (rng.nextUint32() >>> 31 ? -1 : 1));
    const phRe = new Float64Array(d);
    const phIm = new Float64Array(d);
    phRe[0] = rng.nextUint32() >>> 31 ? -1 : 1;
    for (let k = 1; k < Math.ceil(d / 2); k++) {
      const t = 2 * Math.PI * rng.nextFloat64();
      phRe[k] = Math.cos(t);
      phIm[k] = Math.sin(t);
      phRe[d - k] = phRe[k];
      phIm[d - k] = -phIm[k];
    }
    if (d % 2 === 0 && d > 1) phRe[d / 2] = rng.nextUint32() >>> 31 ? -1 : 1;
    // kernel c_j = (1/d) Σ_k φ_k e^{2πi jk/d} (real); y_j = Σ_k c_{(j−k) mod d} z_k
    const c = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) {
        const a = (2 * Math.PI * ((j * k) % d)) / d;
        s += phRe[k] * Math.cos(a) - phIm[k] * Math.sin(a);
      }
      c[j] = s / d;
    }
    const z = v.map((value, j) => value * signs[j]);
    v = new Float64Array(d);
    for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) v[j] += c[(j - k + d) % d] * z[k];
  }
  return v;
}

describe("FftRotation", () => {
  it("computes the documented signs-then-circulant recipe (dense restatement, d = 1, 2, 7, 12, 16, 100)", () => {
    for (const d of [1, 2, 7, 12, 16, 100]) {
      const x = gaussians(d, d);
      const rows = Float32Array.from(x);
      new FftRotation(d, { seed: 99, rounds: 2 }).forwardInPlace(rows);
      const expected = denseReference(d, 2, 99, Float64Array.from(Float32Array.from(x)));
      for (let j = 0; j < d; j++) expect(Math.abs(rows[j] - expected[j]), `d ${d} j ${j}`).toBeLessThan(1e-6 * norm(x));
    }
  });

  it("is orthogonal: preserves norms and inverseInPlace undoes forwardInPlace (any d, several rows)", () => {
    for (const d of [3, 64, 384, 768, 1000]) {
      const count = 5;
      const x = Float32Array.from(gaussians(7, count * d));
      const y = Float32Array.from(x);
      const rot = new FftRotation(d, { seed: 3 });
      rot.forwardInPlace(y);
      for (let i = 0; i < count; i++) expect(Math.abs(norm(y, i * d, d) / norm(x, i * d, d) - 1)).toBeLessThan(1e-6);
      rot.inverseInPlace(y);
      let worst = 0;
      for (let k = 0; k < x.length; k++) worst = Math.max(worst, Math.abs(y[k] - x[k]));
      expect(worst).toBeLessThan(1e-5);
    }
  });

  it("transforms rows independently (pairs share one complex FFT without mixing)", () => {
    const d = 96;
    const x = Float32Array.from(gaussians(11, 3 * d));
    const rot = new FftRotation(d, { seed: 5 });
    const all = rot.forwardInPlace(Float32Array.from(x));
    for (let i = 0; i < 3; i++) {
      const one = rot.forwardInPlace(x.slice(i * d, (i + 1) * d));
      for (let j = 0; j < d; j++) expect(all[i * d + j]).toBe(one[j]);
    }
  });

  it("spreads a one-hot vector: every coordinate well below 1 after two rounds (d = 768)", () => {
    const d = 768;
    const e = new Float32Array(d);
    e[5] = 1;
    new FftRotation(d, { seed: 1 }).forwardInPlace(e);
    expect(Math.max(...Array.from(e, Math.abs))).toBeLessThan(6 / Math.sqrt(d));
  });

  it("is a function of the seed; the seed is drawn and exposed when omitted", () => {
    const d = 32;
    const x = Float32Array.from(gaussians(1, d));
    const a = new FftRotation(d, { seed: 8 }).forwardInPlace(Float32Array.from(x));
    const b = new FftRotation(d, { seed: 8 }).forwardInPlace(Float32Array.from(x));
    const c = new FftRotation(d, { seed: 9 }).forwardInPlace(Float32Array.from(x));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const r = new FftRotation(d);
    expect(new FftRotation(d, { seed: r.seed }).forwardInPlace(Float32Array.from(x))).toEqual(
      r.forwardInPlace(Float32Array.from(x)),
    );
  });

  it("rejects bad arguments with the parameter named", () => {
    expect(() => new FftRotation(0)).toThrow(/^dimension must be an integer in \[1, 1048576\]; got 0/);
    expect(() => new FftRotation(8, { rounds: 0 })).toThrow(/^rounds must be an integer in \[1, 16\]; got 0/);
    expect(() => new FftRotation(8, { seed: -1 })).toThrow(/^seed must be an integer/);
    expect(() => new FftRotation(8, { round: 2 } as never)).toThrow(/unknown option 'round'/);
    const r = new FftRotation(8, { seed: 1 });
    expect(() => r.forwardInPlace(new Float64Array(8) as never)).toThrow(TypeError);
    expect(() => r.forwardInPlace(new Float32Array(12))).toThrow(/^rows.length must be a multiple of the dimension 8; got 12/);
  });
});
