import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import {
  codebookDistortion,
  codebookFromPositiveCentroids,
  defaultRounds,
  drawSigns,
  fnv1a32,
  gaussianCodebook,
  gaussianMarginal,
  rotationFingerprint,
  scaleCodebook,
  selectTopK,
  solveLloydMax,
} from "../../src/index.js";

describe("exported helpers name what is wrong (issue 14: selectTopK([], 3) gave [0, 0, 0])", () => {
  it("selectTopK: k at most scores.length, scores array-like, largest boolean", () => {
    expect(() => selectTopK([], 3, true)).toThrow(/^k must be an integer in \[0, 0\]/);
    expect(() => selectTopK(null as never, 1, true)).toThrow(/^scores must be/);
    expect(() => selectTopK([1], 1, 1 as never)).toThrow(/^largest must be a boolean/);
    expect(Array.from(selectTopK([3, 1, 2], 2, true))).toEqual([0, 2]);
  });
  it("the codebook helpers check their objects", () => {
    expect(() => codebookDistortion(undefined as never, gaussianCodebook(2))).toThrow(/^marginal must be a Marginal/);
    expect(() => codebookDistortion(gaussianMarginal, {} as never)).toThrow(/^codebook must be a Codebook/);
    expect(() => solveLloydMax(null as never, 2)).toThrow(/^marginal must be a Marginal/);
    expect(() => scaleCodebook({ ...gaussianCodebook(2), bits: 3 }, 4)).toThrow(/^codebook must have 2\^bits centroids/);
    expect(() => codebookFromPositiveCentroids([0.5, 0.2], 0.1, "gaussian")).toThrow(
      /^positive must be finite, positive and increasing/,
    );
    expect(() => codebookFromPositiveCentroids([0.5, 1, 2], 0.1, "gaussian")).toThrow(/^positive must hold 2\^\(bits − 1\)/);
    expect(codebookFromPositiveCentroids([0.5, 1.5], 0.1, "gaussian").thresholds).toEqual(new Float64Array([-1, 0, 1]));
  });
  it("rotation helpers and hashing check their arguments", () => {
    expect(() => rotationFingerprint(undefined as never)).toThrow(/^rotation must be a Rotation/);
    expect(() => defaultRounds("dct" as never, 8)).toThrow(/^kind must be one of/);
    expect(() => defaultRounds("hadamard", 0)).toThrow(/^dimension must be an integer/);
    expect(() => drawSigns({} as never, new Float64Array(2))).toThrow(/^stream must be a RandomStream/);
    expect(() => drawSigns(new RandomStream(1), [0, 0] as never)).toThrow(/^out must be a Float32Array or Float64Array/);
    expect(() => fnv1a32("ab" as never)).toThrow(/^bytes must be a Uint8Array/);
    expect(() => fnv1a32(new Uint8Array(1), -1)).toThrow(/^hash must be an integer/);
    // FNV-1a of the empty input is its offset basis 0x811c9dc5.
    expect(fnv1a32(new Uint8Array(0))).toBe(0x811c9dc5);
  });
});

describe("encode keeps decode finite", () => {
  it("refuses a vector whose reconstruction could leave float32 range (issue 14 fuzz: decode gave −∞)", async () => {
    const { RotationQuantizer } = await import("../../src/index.js");
    const rq = new RotationQuantizer({ dimension: 5, bits: 8, seed: 4, rotation: "hadamard" });
    expect(() => rq.encode(Float32Array.from([0, 0, 0, 1e37, -3e38]))).toThrow(/^vectors must have norms small enough/);
    const ok = rq.decode(rq.encode(Float32Array.from([1e30, -2e30, 0, 3e30, 1])));
    for (const x of ok) expect(Number.isFinite(x)).toBe(true);
  });
});
