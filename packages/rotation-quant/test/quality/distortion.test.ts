import { describe, expect, it } from "vitest";
import { RotationQuantizer, sphereCodebook } from "../../src/index.js";
import { fixture, type ReferenceCodebooks } from "../fixtures.js";
import { gaussians, meanSquaredError, unitVectors } from "../helpers.js";

// G1/G2 of the reference notes (§9): distortion E‖u − û‖² of unit vectors with scale 'norm', against the
// exact-d Lloyd-Max optimum of the reference codebooks (lloyd-max-codebooks.json, "mse").
const reference = fixture<ReferenceCodebooks>("lloyd-max-codebooks.json");
const optimum = (d: number, bits: number) => reference[`sphere_d${d}`][String(bits)].mse;

describe("distortion of random unit vectors (G1)", () => {
  for (const d of [64, 128, 256, 1024]) {
    // 2^19 coordinates per case: the standard error stays below 0.5 % of the mean, so a 2 % band is a real test.
    const count = 2 ** 19 / d;
    const u = unitVectors(1000 + d, count, d);
    for (const rotation of ["hadamard", "fft"] as const) {
      it(`d = ${d}, ${rotation}: within 2 % of the exact-d optimum for bits 1..4`, () => {
        for (let bits = 1; bits <= 4; bits++) {
          const rq = new RotationQuantizer({ dimension: d, bits, seed: 17 * bits + d, rotation, scale: "norm" });
          const { mean, se } = meanSquaredError(u, rq.decode(rq.encode(u)), d);
          const opt = optimum(d, bits);
          expect(se / opt, `standard error d=${d} bits=${bits}`).toBeLessThan(0.005);
          expect(Math.abs(mean / opt - 1), `d=${d} ${rotation} bits=${bits}: ${mean} vs ${opt}`).toBeLessThan(0.02);
          // Cross-checks of the notes: between the 4^−b lower bound ×1.4 and (√3π/2)·4^−b.
          expect(mean).toBeGreaterThan(1.4 * 4 ** -bits);
          expect(mean).toBeLessThan(((Math.sqrt(3) * Math.PI) / 2) * 4 ** -bits);
        }
      });
    }
  }
});

describe("distortion with the exact-d codebook", () => {
  it("d = 64: within 2 % of the exact-d optimum for bits 1..4 (the codebook it is optimal for)", () => {
    const d = 64;
    const u = unitVectors(7, 8192, d);
    for (let bits = 1; bits <= 4; bits++) {
      const rq = new RotationQuantizer({ dimension: d, bits, seed: bits, scale: "norm", codebook: "exact" });
      const { mean } = meanSquaredError(u, rq.decode(rq.encode(u)), d);
      expect(Math.abs(mean / optimum(d, bits) - 1), `bits ${bits}`).toBeLessThan(0.02);
    }
  });
});

/** Structured unit inputs: one-hot, k-sparse ±1, and LLM-key-like outlier channels. */
function structured(kind: string, d: number, count: number, seed: number): Float32Array {
  const out = new Float32Array(count * d);
  const g = gaussians(seed, count * (d + 16));
  for (let i = 0; i < count; i++) {
    const o = i * d;
    const r = (k: number) => Math.abs(g[i * (d + 16) + d + k]);
    if (kind === "one-hot") out[o + (Math.floor(i * Math.max(1, d / count)) % d)] = 1;
    else if (kind === "outlier-channel") {
      // N(0,1) + mean 0.5, with 4 fixed channels ×20 (reference notes §3.2).
      for (let j = 0; j < d; j++) out[o + j] = (g[i * (d + 16) + j] + 0.5) * (j % (d / 4) === 3 ? 20 : 1);
    } else {
      const k = kind === "2-sparse" ? 2 : 8;
      const used = new Set<number>();
      for (let t = 0; used.size < k; t++) used.add(Math.floor(r(t) * 1e6) % d);
      let t = 0;
      for (const j of used) out[o + j] = g[i * (d + 16) + d + 8 + (t++ % 8)] < 0 ? -1 : 1;
    }
    let s = 0;
    for (let j = 0; j < d; j++) s += out[o + j] ** 2;
    for (let j = 0; j < d; j++) out[o + j] /= Math.sqrt(s);
  }
  return out;
}

describe("distortion of structured inputs with the default rotation and rounds (G2)", () => {
  // Averaged over several rotation seeds: a fixed rotation sees only d distinct one-hots. Up to d = 256
  // every one-hot position is used; at d = 1024 every fourth. The scale is 'norm' (distortion of the
  // MSE codec); rotation and rounds are the defaults, which are what decides robustness.
  for (const d of [64, 128, 256, 1024]) {
    it(`d = ${d}: one-hot, 2-sparse, 8-sparse and outlier-channel inputs at most 10 % above the optimum, bits 1..4`, () => {
      const perSeed = Math.min(d, 256);
      const seeds = d > 256 ? 4 : 8;
      for (const kind of ["one-hot", "2-sparse", "8-sparse", "outlier-channel"]) {
        const u = structured(kind, d, perSeed, d + kind.length);
        for (let bits = 1; bits <= 4; bits++) {
          let total = 0;
          for (let seed = 0; seed < seeds; seed++) {
            const rq = new RotationQuantizer({ dimension: d, bits, seed: 1000 * seed + bits, scale: "norm" });
            total += meanSquaredError(u, rq.decode(rq.encode(u)), d).mean;
          }
          const ratio = total / seeds / optimum(d, bits);
          expect(ratio, `${kind} d=${d} bits=${bits}`).toBeLessThan(1.1);
        }
      }
    }, 30000);
  }
});

describe("distortion of structured inputs with the two-window Hadamard layout (d not a power of two)", () => {
  it("d = 768, rotation 'hadamard' with its default 4 rounds: one-hot and 2-sparse at most 10 % above the optimum", () => {
    const d = 768;
    const exact = (bits: number) => sphereCodebook(d, bits).mse;
    for (const kind of ["one-hot", "2-sparse"]) {
      const u = structured(kind, d, 256, 5);
      for (const bits of [2, 4]) {
        let total = 0;
        for (let seed = 0; seed < 3; seed++) {
          const rq = new RotationQuantizer({ dimension: d, bits, seed: 50 + seed, scale: "norm", rotation: "hadamard" });
          expect(rq.rounds).toBe(4);
          total += meanSquaredError(u, rq.decode(rq.encode(u)), d).mean;
        }
        expect(total / 3 / exact(bits), `${kind} bits ${bits}`).toBeLessThan(1.1);
      }
    }
  });
});
