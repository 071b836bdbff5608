import { RandomStream } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { Lattice, worstCaseError } from "@qmckit/lattice";
import { describe, expect, it } from "vitest";
import { type DiscrepancyKernel, kernelDiscrepancy } from "../src/index.js";
import { expectRelative } from "./helpers.js";

/** Rows of a broadcast pair: the number of rows of whichever side has more. */
function rowsOf(x: Float64Array, z: Float64Array, d: number): number {
  return Math.max(x.length, z.length) / d;
}

/**
 * SI test kernel: Π_k (1 + γ_k 2π² B_2({x_k − z_k})), B_2(t) = t² − t + 1/6 (the Korobov kernel of
 * smoothness 1); ∫ K(x, ·) = 1 because B_2 has mean 0.
 */
function korobovKernel(gamma: number[]): DiscrepancyKernel {
  const d = gamma.length;
  return {
    dimension: d,
    invariance: "shift",
    integral: () => 1,
    evaluate(x, z, out = new Float64Array(rowsOf(x, z, d))) {
      const bx = x.length === d;
      const bz = z.length === d;
      for (let r = 0; r < out.length; r++) {
        let p = 1;
        for (let k = 0; k < d; k++) {
          const diff = (bx ? x[k] : x[r * d + k]) - (bz ? z[k] : z[r * d + k]);
          const t = diff - Math.floor(diff);
          p *= 1 + gamma[k] * 2 * Math.PI ** 2 * (t * t - t + 1 / 6);
        }
        out[r] = p;
      }
      return out;
    },
  };
}

/**
 * DSI test kernel, α = 1 (QMCPy's K̃_1, reference notes §2.7): Π_k (1 + γ_k K̃_1(x_k ⊕ z_k)) with
 * K̃_1(δ) = 1 − 6·2^{⌊log2 δ⌋ − 1} (K̃_1(0) = 1), digits truncated to 32 bits; ∫ K(x, ·) = 1.
 */
function digitalKernel(gamma: number[]): DiscrepancyKernel {
  const d = gamma.length;
  const tilde = (a: number, b: number): number => {
    const delta = (Math.floor(a * 2 ** 32) ^ Math.floor(b * 2 ** 32)) >>> 0;
    if (delta === 0) return 1;
    const log2 = 31 - Math.clz32(delta) - 32; // ⌊log2 δ⌋ of δ as a fraction of 2^32
    return 1 - 6 * 2 ** (log2 - 1);
  };
  return {
    dimension: d,
    invariance: "digital-shift",
    integral: () => 1,
    evaluate(x, z, out = new Float64Array(rowsOf(x, z, d))) {
      const bx = x.length === d;
      const bz = z.length === d;
      for (let r = 0; r < out.length; r++) {
        let p = 1;
        for (let k = 0; k < d; k++) p *= 1 + gamma[k] * tilde(bx ? x[k] : x[r * d + k], bz ? z[k] : z[r * d + k]);
        out[r] = p;
      }
      return out;
    },
  };
}

const gamma = [1, 1 / 4, 1 / 9, 1 / 16, 1 / 25];

describe("kernelDiscrepancy", () => {
  it("O(n d) group form equals the O(n² d) pairwise form on shifted lattices (SI kernel)", () => {
    for (const seed of [1, 2, 3]) {
      const pts = new Lattice(5, { seed }).points(1024);
      const k = korobovKernel(gamma);
      expectRelative(kernelDiscrepancy(pts, k, { form: "group" }), kernelDiscrepancy(pts, k), 1e-12, `seed ${seed}`);
    }
  }, 30_000);

  it("on an unshifted lattice equals the squared worst-case error of @qmckit/lattice", () => {
    const z = [1, 182667, 213731, 255351, 96013];
    const pts = new Lattice(5, { randomize: "none", generatingVector: z, mMax: 20 }).points(2 ** 12);
    const e = worstCaseError(z, 2 ** 12, { weights: gamma, alpha: 1 });
    expectRelative(kernelDiscrepancy(pts, korobovKernel(gamma), { form: "group" }), e * e, 1e-10, "wce²");
  });

  it("O(n d) group form equals the pairwise form on scrambled digital nets (DSI kernel)", () => {
    for (const randomize of ["lms-ds", "ds", "lms", "none"] as const) {
      const pts = new DigitalNet(5, { randomize, seed: 9 }).points(512);
      const k = digitalKernel(gamma);
      expectRelative(kernelDiscrepancy(pts, k, { form: "group" }), kernelDiscrepancy(pts, k), 1e-12, randomize);
    }
  }, 30_000);

  it("is larger for random points than for a net of the same size", () => {
    const n = 256;
    const rng = new RandomStream(5);
    const random = rng.fillFloat64(new Float64Array(n * 5));
    const k = digitalKernel(gamma);
    const net = new DigitalNet(5, { seed: 1 }).points(n);
    expect(kernelDiscrepancy(random, k, { dimension: 5 })).toBeGreaterThan(4 * kernelDiscrepancy(net, k, { form: "group" }));
  });

  it("refuses the group form on a set that is not a group, or with a kernel without invariance", () => {
    const rng = new RandomStream(6);
    const random = rng.fillFloat64(new Float64Array(64 * 5));
    expect(() => kernelDiscrepancy(random, korobovKernel(gamma), { form: "group", dimension: 5 })).toThrow(
      /points must form a group for the kernel's shift invariance/,
    );
    const { invariance: _, ...plain } = korobovKernel(gamma);
    expect(() => kernelDiscrepancy(new Lattice(5, { seed: 1 }).points(64), plain, { form: "group" })).toThrow(
      /form 'group' needs a kernel with invariance/,
    );
    // A Halton-like set is no group under ⊕ either.
    const shifted = new Float64Array(64 * 5);
    for (let i = 0; i < 64; i++) for (let k = 0; k < 5; k++) shifted[i * 5 + k] = ((i * (2 * k + 3)) % 64) / 64 / 3;
    expect(() => kernelDiscrepancy(shifted, digitalKernel(gamma), { form: "group", dimension: 5 })).toThrow(/must form a group/);
  });

  it("rejects a mismatched dimension and a non-kernel", () => {
    expect(() => kernelDiscrepancy([[0.5, 0.5]], korobovKernel(gamma))).toThrow(/kernel's dimension 5; got dimension 2/);
    expect(() => kernelDiscrepancy([[0.5]], {} as DiscrepancyKernel)).toThrow(TypeError);
    expect(() => kernelDiscrepancy([[0.5]], korobovKernel([1]), { form: "fast" as "group" })).toThrow(
      /form must be one of 'pairwise', 'group'/,
    );
  });
});
