import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { defaultRounds, HadamardRotation } from "../../src/index.js";
import { gaussians, norm } from "../helpers.js";

/** Orthonormal Sylvester–Hadamard matrix entry in natural order: (−1)^popcount(i & j) / √n. */
function hadamardEntry(i: number, j: number, n: number): number {
  let b = i & j;
  let parity = 0;
  while (b) {
    parity ^= b & 1;
    b >>>= 1;
  }
  return (parity ? -1 : 1) / Math.sqrt(n);
}

/** Dense restatement of the documented recipe: signs (top bit of each draw), then H on the windows. */
function denseReference(d: number, rounds: number, seed: number, x: Float64Array): Float64Array {
  const rng = new RandomStream(seed);
  const p = 2 ** Math.floor(Math.log2(d));
  const v = Float64Array.from(x);
  const window = (start: number) => {
    const w = v.slice(start, start + p);
    for (let i = 0; i < p; i++) {
      let s = 0;
      for (let j = 0; j < p; j++) s += hadamardEntry(i, j, p) * w[j];
      v[start + i] = s;
    }
  };
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < d; j++) v[j] *= rng.nextUint32() >>> 31 ? -1 : 1;
    window(0);
    if (p !== d) window(d - p);
  }
  return v;
}

describe("HadamardRotation", () => {
  it("computes the documented signs-then-FWHT recipe (dense Sylvester restatement; d = 1, 16, 64, 12, 100)", () => {
    for (const d of [1, 16, 64, 12, 100]) {
      for (const rounds of [1, 3]) {
        const x = gaussians(d + rounds, d);
        const rows = Float32Array.from(x);
        new HadamardRotation(d, { seed: 42, rounds }).forwardInPlace(rows);
        const expected = denseReference(d, rounds, 42, Float64Array.from(Float32Array.from(x)));
        for (let j = 0; j < d; j++)
          expect(Math.abs(rows[j] - expected[j]), `d ${d} rounds ${rounds} j ${j}`).toBeLessThan(1e-6 * norm(x));
      }
    }
  });

  it("is orthogonal: preserves norms and inverseInPlace undoes forwardInPlace (several rows, d = 8, 1024, 100, 768)", () => {
    for (const d of [8, 1024, 100, 768]) {
      const count = 70; // more than one gather chunk of 64 rows in the two-window layout
      const x = Float32Array.from(gaussians(d, count * d));
      const y = Float32Array.from(x);
      const rot = new HadamardRotation(d, { seed: 3 });
      rot.forwardInPlace(y);
      for (let i = 0; i < count; i++) expect(Math.abs(norm(y, i * d, d) / norm(x, i * d, d) - 1)).toBeLessThan(1e-6);
      rot.inverseInPlace(y);
      let worst = 0;
      for (let k = 0; k < x.length; k++) worst = Math.max(worst, Math.abs(y[k] - x[k]));
      expect(worst).toBeLessThan(1e-5);
    }
  });

  it("defaults to 4 rounds up to d = 64, 3 up to d = 256 and 2 above for powers of two, 4 otherwise", () => {
    expect(new HadamardRotation(256, { seed: 1 }).rounds).toBe(3);
    expect(new HadamardRotation(512, { seed: 1 }).rounds).toBe(2);
    expect(defaultRounds("hadamard", 64)).toBe(4);
    expect(defaultRounds("hadamard", 128)).toBe(3);
    expect(defaultRounds("hadamard", 768)).toBe(4);
    expect(new HadamardRotation(100, { seed: 1 }).rounds).toBe(4);
    expect(defaultRounds("fft", 64)).toBe(2);
  });

  it("maps a one-hot vector to a flat ±1/√d vector after one round (the pathology rounds 2–3 fix)", () => {
    const d = 64;
    const e = new Float32Array(d);
    e[9] = 1;
    new HadamardRotation(d, { seed: 2, rounds: 1 }).forwardInPlace(e);
    for (const v of e) expect(Math.abs(v)).toBe(1 / 8);
  });

  it("is a function of the seed; the seed is drawn and exposed when omitted", () => {
    const x = Float32Array.from(gaussians(4, 64));
    const a = new HadamardRotation(64, { seed: 8 }).forwardInPlace(Float32Array.from(x));
    expect(new HadamardRotation(64, { seed: 8 }).forwardInPlace(Float32Array.from(x))).toEqual(a);
    expect(new HadamardRotation(64, { seed: 9 }).forwardInPlace(Float32Array.from(x))).not.toEqual(a);
    const r = new HadamardRotation(64);
    expect(new HadamardRotation(64, { seed: r.seed }).forwardInPlace(Float32Array.from(x))).toEqual(
      r.forwardInPlace(Float32Array.from(x)),
    );
  });

  it("rejects bad arguments with the parameter named", () => {
    expect(() => new HadamardRotation(2 ** 21)).toThrow(/^dimension must be an integer in \[1, 1048576\]; got 2097152/);
    expect(() => new HadamardRotation(8, { rounds: 17 })).toThrow(/^rounds must be an integer in \[1, 16\]; got 17/);
    expect(() => new HadamardRotation(8).forwardInPlace(new Float32Array(9))).toThrow(RangeError);
  });
});
