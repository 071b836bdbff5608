import { describe, expect, it } from "vitest";
import { gaussianCodebook, RotationQuantizer, sphereCodebook, unpackCodes } from "../src/index.js";
import { gaussians, norm, unitVectors } from "./helpers.js";

describe("RotationQuantizer: construction", () => {
  it("defaults: hadamard for powers of two, fft otherwise; unbiased scale; gaussian codebook; seed drawn and exposed", () => {
    const a = new RotationQuantizer({ dimension: 128, bits: 4 });
    expect([a.rotation, a.rounds, a.scale, a.codebook]).toEqual(["hadamard", 3, "unbiased", "gaussian"]);
    expect(Number.isInteger(a.seed)).toBe(true);
    const b = new RotationQuantizer({ dimension: 768, bits: 2, seed: 1 });
    expect([b.rotation, b.rounds, b.bytesPerVector]).toEqual(["fft", 2, 192]);
    expect(new RotationQuantizer({ dimension: 1024, bits: 3, seed: 1 }).rounds).toBe(2);
    expect(new RotationQuantizer({ dimension: 100, bits: 3, seed: 1 }).bytesPerVector).toBe(38);
  });

  it("is fully determined by its options: equal fingerprints for equal options, different otherwise", () => {
    const base = { dimension: 64, bits: 3, seed: 5 } as const;
    const f = new RotationQuantizer(base).fingerprint;
    expect(new RotationQuantizer({ ...base }).fingerprint).toBe(f);
    for (const change of [
      { seed: 6 },
      { bits: 2 },
      { rotation: "fft" },
      { rounds: 2 },
      { scale: "norm" },
      { codebook: "exact" },
    ] as const) {
      expect(new RotationQuantizer({ ...base, ...change }).fingerprint, JSON.stringify(change)).not.toBe(f);
    }
  });

  it("uses the shipped Gaussian table or the exact sphere codebook of d", () => {
    expect(new RotationQuantizer({ dimension: 64, bits: 2, seed: 1 }).unitCodebook).toBe(gaussianCodebook(2));
    expect(new RotationQuantizer({ dimension: 64, bits: 2, seed: 1, codebook: "exact" }).unitCodebook).toBe(
      sphereCodebook(64, 2),
    );
  });

  it("rejects bad options with TypeError / RangeError naming the option", () => {
    const make = (o: unknown) => () => new RotationQuantizer(o as never);
    expect(make(undefined)).toThrow(TypeError);
    expect(make({ bits: 2 })).toThrow(/^dimension must be an integer number in \[1, 1048576\]; got undefined/);
    expect(make({ dimension: 8, bits: 0 })).toThrow(RangeError);
    expect(make({ dimension: 8, bits: 9 })).toThrow(/^bits must be an integer in \[1, 8\]; got 9/);
    expect(make({ dimension: 8, bits: 2.5 })).toThrow(/^bits must be an integer in \[1, 8\]; got 2.5/);
    expect(make({ dimension: 8, bits: "4" })).toThrow(TypeError);
    expect(make({ dimension: 8, bits: 2, rotation: "dct" })).toThrow(/^rotation must be one of 'hadamard', 'fft'; got "dct"/);
    expect(make({ dimension: 8, bits: 2, scale: "ip" })).toThrow(/^scale must be one of 'unbiased', 'norm'; got "ip"/);
    expect(make({ dimension: 8, bits: 2, codebook: "beta" })).toThrow(/^codebook must be one of 'gaussian', 'exact'/);
    expect(make({ dimension: 8, bits: 2, rounds: 0 })).toThrow(/^rounds must be an integer in \[1, 16\]; got 0/);
    expect(make({ dimension: 8, bits: 2, seed: -3 })).toThrow(/^seed must be an integer in \[0, 9007199254740991\]; got -3/);
    expect(make({ dimension: 8, bits: 2, bit: 3 })).toThrow(/unknown option 'bit'/);
    expect(make({ dimension: 1, bits: 2, codebook: "exact" })).toThrow(
      /^dimension must be at least 2 with codebook 'exact'; got 1/,
    );
  });
});

describe("RotationQuantizer: encode / decode", () => {
  it("encodes count × d values into count rows of ⌈d·bits/8⌉ bytes, scales and exact norms", () => {
    const d = 100;
    const x = Float32Array.from(gaussians(1, 7 * d));
    const rq = new RotationQuantizer({ dimension: d, bits: 3, seed: 2 });
    const b = rq.encode(x);
    expect([b.count, b.dimension, b.bits, b.bytesPerVector, b.codes.length, b.fingerprint]).toEqual([
      7,
      d,
      3,
      38,
      266,
      rq.fingerprint,
    ]);
    for (let i = 0; i < 7; i++) expect(b.norms[i]).toBe(Math.fround(norm(x, i * d, d)));
  });

  it("with 'norm', decode(encode(x)) has the norm-scaled distortion ‖x‖²·D and unit inputs keep E‖û‖² = 1 − D", () => {
    const d = 256;
    const u = unitVectors(2, 512, d);
    const x = u.map((v, k) => v * (1 + (Math.floor(k / d) % 5)));
    const rq = new RotationQuantizer({ dimension: d, bits: 2, seed: 3, scale: "norm" });
    const y = rq.decode(rq.encode(x));
    let rel = 0;
    let n2 = 0;
    for (let i = 0; i < 512; i++) {
      let e = 0;
      for (let j = 0; j < d; j++) e += (x[i * d + j] - y[i * d + j]) ** 2;
      rel += e / norm(x, i * d, d) ** 2;
      n2 += (norm(y, i * d, d) / norm(x, i * d, d)) ** 2;
    }
    const D = gaussianCodebook(2).mse;
    expect(Math.abs(rel / 512 / D - 1)).toBeLessThan(0.03);
    expect(Math.abs(n2 / 512 - (1 - D))).toBeLessThan(0.01);
  });

  it("with 'unbiased', scale = ‖x‖/⟨u, û⟩ so that ⟨x, decode(x)⟩ = ‖x‖² exactly (up to float32)", () => {
    const d = 64;
    const x = Float32Array.from(gaussians(4, 10 * d));
    const rq = new RotationQuantizer({ dimension: d, bits: 2, seed: 5 });
    const y = rq.decode(rq.encode(x));
    for (let i = 0; i < 10; i++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += x[i * d + j] * y[i * d + j];
      expect(Math.abs(dot / norm(x, i * d, d) ** 2 - 1)).toBeLessThan(1e-5);
    }
  });

  it("encodes a zero vector with scale 0 and decodes it to 0; accepts Float64Array input and a count prefix", () => {
    const d = 16;
    const x = new Float64Array(3 * d);
    x.fill(0.25, d, 2 * d);
    const rq = new RotationQuantizer({ dimension: d, bits: 4, seed: 1 });
    const b = rq.encode(x, 2);
    expect(b.count).toBe(2);
    expect([b.scales[0], b.norms[0], b.norms[1]]).toEqual([0, 0, 1]);
    expect(
      rq
        .decode(b)
        .subarray(0, d)
        .every((v) => v === 0),
    ).toBe(true);
    expect(rq.encode(Float32Array.from(x), 2).codes).toEqual(b.codes);
  });

  it("codes each rotated coordinate by the number of thresholds below it (naive restatement, bits 1..8)", () => {
    for (const d of [37, 64]) {
      const x = Float32Array.from(gaussians(d, 20 * d));
      for (let bits = 1; bits <= 8; bits++) {
        const rq = new RotationQuantizer({ dimension: d, bits, seed: bits });
        const codes = unpackCodes(rq.encode(x).codes, bits, d);
        const inv = Float64Array.from({ length: 20 }, (_, i) => 1 / norm(x, i * d, d));
        const y = rq.rotationPlan.forwardFrom(x, 0, 20, new Float32Array(20 * d), inv);
        const t = rq.scaledCodebook.thresholds;
        for (let k = 0; k < y.length; k++) expect(codes[k], `d ${d} bits ${bits} k ${k}`).toBe(t.filter((v) => v < y[k]).length);
      }
    }
  });

  it("handles the smallest dimensions (d = 1, 2, 3) with both rotations", () => {
    for (const d of [1, 2, 3]) {
      for (const rotation of ["hadamard", "fft"] as const) {
        const x = Float32Array.from(gaussians(d, 4 * d));
        const rq = new RotationQuantizer({ dimension: d, bits: 3, seed: 1, rotation });
        const y = rq.decode(rq.encode(x));
        for (let i = 0; i < 4; i++) {
          let dot = 0;
          for (let j = 0; j < d; j++) dot += x[i * d + j] * y[i * d + j];
          expect(Math.abs(dot / norm(x, i * d, d) ** 2 - 1), `d ${d} ${rotation}`).toBeLessThan(1e-5);
        }
      }
    }
  });

  it("writes into a caller's output for decode", () => {
    const rq = new RotationQuantizer({ dimension: 8, bits: 2, seed: 1 });
    const b = rq.encode(Float32Array.from(gaussians(1, 16)));
    const out = new Float32Array(16);
    expect(rq.decode(b, out)).toBe(out);
    expect(() => rq.decode(b, new Float32Array(15))).toThrow(/^out must be a Float32Array of length count · dimension = 16/);
  });

  it("rejects wrong lengths, NaN or infinite values, a bad count, and batches from another quantizer", () => {
    const rq = new RotationQuantizer({ dimension: 8, bits: 2, seed: 1 });
    expect(() => rq.encode([1, 2] as never)).toThrow(TypeError);
    expect(() => rq.encode(new Float32Array(12))).toThrow(/^vectors.length must be a multiple of the dimension 8; got 12/);
    expect(() => rq.encode(new Float32Array(16), 3)).toThrow(/^count must be an integer in \[0, 2\]; got 3/);
    const bad = new Float32Array(16);
    bad[11] = Number.NaN;
    expect(() => rq.encode(bad)).toThrow(/^vectors must be finite; vector 1 has a NaN or infinite value/);
    bad[11] = Number.POSITIVE_INFINITY;
    expect(() => rq.encode(bad)).toThrow(RangeError);
    const other = new RotationQuantizer({ dimension: 8, bits: 2, seed: 2 });
    const foreign = other.encode(new Float32Array(8).fill(1));
    expect(() => rq.decode(foreign)).toThrow(/^batch was encoded by a different quantizer/);
    expect(() => rq.decode({} as never)).toThrow(TypeError);
    const b = rq.encode(new Float32Array(16).fill(1));
    expect(() => rq.decode({ ...b, count: 3 })).toThrow(RangeError);
  });
});
