import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import {
  clusteredVectors,
  codebookDistortion,
  codebookFromPositiveCentroids,
  defaultRounds,
  drawSigns,
  FftRotation,
  fnv1a32,
  gaussianCodebook,
  gaussianMarginal,
  HadamardRotation,
  packCodes,
  RotationQuantizer,
  rotationFingerprint,
  scaleCodebook,
  selectTopK,
  solveLloydMax,
  sphereCodebook,
  sphereMarginal,
  unpackCodes,
} from "../src/index.js";

// The @example blocks of the TSDoc, run with the values they state.
describe("documentation examples", () => {
  it("marginals and codebooks", () => {
    expect(
      Math.abs(gaussianMarginal.firstMoment(0, Infinity) / gaussianMarginal.mass(0, Infinity) - Math.sqrt(2 / Math.PI)),
    ).toBeLessThan(1e-15);
    const m = sphereMarginal(128);
    expect(Math.abs(m.secondMoment(0, m.support) * 2 - 1)).toBeLessThan(1e-12);
    const cb = solveLloydMax(gaussianMarginal, 2);
    [-1.5104176, -0.45278, 0.45278, 1.5104176].forEach((c, i) => {
      expect(Math.abs(cb.centroids[i] - c)).toBeLessThan(1e-7);
    });
    expect(Math.abs(cb.mse - 0.1174818)).toBeLessThan(1e-7);
    expect(Array.from(codebookFromPositiveCentroids([Math.sqrt(2 / Math.PI)], 1 - 2 / Math.PI, "gaussian").centroids)).toEqual([
      -Math.sqrt(2 / Math.PI),
      Math.sqrt(2 / Math.PI),
    ]);
    expect(Math.abs(codebookDistortion(gaussianMarginal, gaussianCodebook(1)) - (1 - 2 / Math.PI))).toBeLessThan(1e-15);
    expect(Math.abs(gaussianCodebook(1).centroids[1] - 0.7978845608)).toBeLessThan(1e-10);
    expect(Math.abs(sphereCodebook(128, 2).mse - 0.116)).toBeLessThan(1e-6);
    expect(Math.abs(scaleCodebook(gaussianCodebook(1), 64).centroids[1] - 0.0997)).toBeLessThan(1e-4);
  });

  it("packing, rounds, signs, selection, hashes", () => {
    expect(Array.from(packCodes(new Uint8Array([1, 2, 3]), 4, 3))).toEqual([0x21, 0x03]);
    expect(Array.from(unpackCodes(new Uint8Array([0x21, 0x03]), 4, 3))).toEqual([1, 2, 3]);
    expect([defaultRounds("hadamard", 64), defaultRounds("hadamard", 128), defaultRounds("hadamard", 1024)]).toEqual([4, 3, 2]);
    expect(drawSigns(new RandomStream(1), new Float32Array(8)).every((s) => s === 1 || s === -1)).toBe(true);
    expect(Array.from(selectTopK(new Float64Array([0.1, 0.9, 0.5]), 2, true))).toEqual([1, 2]);
    expect(fnv1a32(new TextEncoder().encode("a"))).toBe(0xe40c292c);
  });

  it("rotations", () => {
    const r = new HadamardRotation(8, { seed: 1 });
    const x = new Float32Array([1, 0, 0, 0, 0, 0, 0, 0]);
    r.forwardInPlace(x);
    expect(Math.abs(Math.hypot(...x) - 1)).toBeLessThan(1e-6);
    r.inverseInPlace(x);
    x.forEach((v, j) => {
      expect(Math.abs(v - (j === 0 ? 1 : 0))).toBeLessThan(1e-6);
    });
    const f = new FftRotation(768, { seed: 7 });
    const e = new Float32Array(768);
    e[0] = 1;
    f.forwardInPlace(e);
    expect(Math.abs(Math.hypot(...e) - 1)).toBeLessThan(1e-5);
    expect(rotationFingerprint(new HadamardRotation(64, { seed: 1 }))).toBe(
      rotationFingerprint(new HadamardRotation(64, { seed: 1 })),
    );
  });

  it("RotationQuantizer and clusteredVectors", () => {
    const vectors = clusteredVectors({ count: 500, dimension: 128, seed: 1 });
    const query = vectors.slice(0, 128);
    const rq = new RotationQuantizer({ dimension: 128, bits: 4, seed: 42 });
    const batch = rq.encode(vectors);
    expect(rq.decode(batch).length).toBe(500 * 128);
    const { indices, scores } = rq.search(query, batch, 10, { rerank: { candidates: 50, vectors } });
    expect(indices.length).toBe(10);
    expect(scores.length).toBe(10);
    const bytes = rq.serialize(batch);
    const { quantizer, batch: again } = RotationQuantizer.deserialize(bytes);
    expect(quantizer.fingerprint).toBe(rq.fingerprint);
    expect(again.codes).toEqual(batch.codes);
  });
});
