import { RandomStream } from "@qmckit/core";
import * as RQ from "@qmckit/rotation-quant";
import { RotationQuantizer } from "@qmckit/rotation-quant";
import fc from "fast-check";
import { describe, it } from "vitest";
import { ensure, ensureFinite, expectCovered, fuzz, mostly, optionsOf, weird } from "../src/harness.js";

const quantizerOptions = optionsOf({
  dimension: fc.integer({ min: 1, max: 48 }),
  bits: fc.integer({ min: 1, max: 8 }),
  seed: fc.integer({ min: 0, max: 2 ** 53 - 1 }),
  rotation: fc.constantFrom("hadamard", "fft"),
  rounds: fc.integer({ min: 1, max: 6 }),
  scale: fc.constantFrom("unbiased", "norm"),
  codebook: fc.constantFrom("gaussian", "exact"),
});
const rqParams = ["options", "dimension", "bits", "seed", "rotation", "rounds", "scale", "codebook"];

/** A valid quantizer, and vectors of its dimension (sometimes of another length or with zeros). */
const quantizerAndVectors = fc
  .record({
    dimension: fc.integer({ min: 2, max: 40 }),
    bits: fc.integer({ min: 1, max: 8 }),
    seed: fc.integer({ min: 0, max: 1000 }),
    rotation: fc.constantFrom("hadamard", "fft"),
  })
  .chain((o) =>
    fc.tuple(
      fc.constant(new RotationQuantizer(o as never)),
      fc.oneof(
        fc
          .integer({ min: 0, max: 5 })
          .chain((c) =>
            fc.float32Array({ minLength: c * o.dimension, maxLength: c * o.dimension, noNaN: true, noDefaultInfinity: true }),
          ),
        weird,
      ),
    ),
  );

describe("@qmckit/rotation-quant", () => {
  fuzz({
    name: "RotationQuantizer",
    params: rqParams,
    args: fc.tuple(quantizerOptions),
    run: ([o]) => new RotationQuantizer(o as never),
  });

  fuzz({
    name: "RotationQuantizer#encode/decode",
    params: ["vectors", "count", "batch", "out"],
    args: fc.tuple(quantizerAndVectors, mostly(fc.constant(undefined))),
    run: ([[rq, v], count]) => rq.decode(rq.encode(v as Float32Array, count as number)),
    check: (v) => ensureFinite("decoded", v),
  });

  fuzz({
    name: "RotationQuantizer#search",
    params: ["query", "batch", "k", "options", "metric", "rerank", "candidates", "vectors"],
    args: fc.tuple(
      quantizerAndVectors,
      mostly(fc.integer({ min: 1, max: 5 })),
      optionsOf({ metric: fc.constantFrom("ip", "cosine", "l2") }),
    ),
    run: ([[rq, v], k, o]) => {
      const vectors = v as Float32Array;
      const batch = rq.encode(vectors);
      return rq.search(vectors.subarray(0, rq.dimension), batch, k as number, o as never);
    },
    check: (v) => {
      const r = v as { indices: Uint32Array; scores: Float32Array };
      ensure(r.indices.length === r.scores.length, () => "indices and scores differ in length");
    },
  });

  fuzz({
    name: "RotationQuantizer.deserialize",
    params: ["bytes"],
    args: fc.tuple(
      fc.oneof(
        fc.uint8Array({ minLength: 0, maxLength: 200 }),
        // A valid serialization with one byte flipped.
        fc.tuple(quantizerAndVectors, fc.nat(), fc.integer({ min: 1, max: 255 })).map(([[rq], at, x]) => {
          const bytes = rq.serialize(rq.encode(new Float32Array(rq.dimension).fill(0.5)));
          bytes[at % bytes.length] ^= x;
          return bytes;
        }),
        weird,
      ),
    ),
    run: ([b]) => RotationQuantizer.deserialize(b as Uint8Array),
  });
});

const bitsArb = mostly(fc.integer({ min: 1, max: 8 }));
const codebookArb = fc.oneof(
  fc.integer({ min: 1, max: 6 }).map((b) => RQ.gaussianCodebook(b)),
  fc.tuple(fc.integer({ min: 2, max: 64 }), fc.integer({ min: 1, max: 4 })).map(([d, b]) => RQ.sphereCodebook(d, b)),
);
const marginalArb = fc.oneof(
  fc.constant(RQ.gaussianMarginal),
  fc.integer({ min: 2, max: 2 ** 20 }).map((d) => RQ.sphereMarginal(d)),
);
const rotationArb = fc
  .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1000 }), fc.boolean())
  .map(([d, seed, fft]) => (fft ? new RQ.FftRotation(d, { seed }) : new RQ.HadamardRotation(d, { seed })));

/** The exported helpers of rotation-quant (issue 14: selectTopK([], 3) gave [0, 0, 0]). */
const helpers = [
  {
    name: "selectTopK",
    params: ["scores", "k", "largest"],
    args: fc.tuple(
      mostly(fc.array(fc.double(), { maxLength: 12 })),
      mostly(fc.integer({ min: 0, max: 14 })),
      mostly(fc.boolean()),
    ),
    run: ([s, k, l]: readonly unknown[]) => RQ.selectTopK(s as number[], k as number, l as boolean),
    check: (v: unknown, [s, k]: readonly unknown[]) => {
      const idx = Array.from(v as Uint32Array);
      ensure(idx.length === k, () => `${idx.length} indices for k = ${k}`);
      ensure(new Set(idx).size === idx.length && idx.every((i) => i < (s as number[]).length), () => `indices ${idx}`);
    },
  },
  {
    name: "gaussianCodebook",
    params: ["bits"],
    args: fc.tuple(bitsArb),
    run: ([b]: readonly unknown[]) => RQ.gaussianCodebook(b as number),
    check: (v: unknown) => ensureFinite("centroids", (v as { centroids: Float64Array }).centroids),
  },
  {
    name: "sphereCodebook",
    params: ["dimension", "bits"],
    args: fc.tuple(mostly(fc.integer({ min: 1, max: 2 ** 20 })), bitsArb),
    run: ([d, b]: readonly unknown[]) => RQ.sphereCodebook(d as number, b as number),
    check: (v: unknown) => ensureFinite("centroids", (v as { centroids: Float64Array }).centroids),
    maxMs: 5000,
  },
  {
    name: "sphereMarginal",
    params: ["dimension"],
    args: fc.tuple(mostly(fc.integer({ min: 1, max: 2 ** 21 }))),
    run: ([d]: readonly unknown[]) => RQ.sphereMarginal(d as number),
  },
  {
    name: "solveLloydMax",
    params: ["marginal", "bits"],
    args: fc.tuple(mostly(marginalArb), bitsArb),
    run: ([m, b]: readonly unknown[]) => RQ.solveLloydMax(m as never, b as number),
    maxMs: 5000,
  },
  {
    name: "codebookDistortion",
    params: ["marginal", "codebook"],
    args: fc.tuple(mostly(marginalArb), mostly(codebookArb)),
    run: ([m, c]: readonly unknown[]) => RQ.codebookDistortion(m as never, c as never),
    check: (v: unknown) => ensure(typeof v === "number" && v >= 0 && Number.isFinite(v), () => `distortion ${v}`),
  },
  {
    name: "codebookFromPositiveCentroids",
    params: ["positive", "mse", "marginal"],
    args: fc.tuple(
      mostly(fc.array(fc.double({ min: 0, max: 10 }), { maxLength: 9 }).map((a) => a.sort((x, y) => x - y))),
      mostly(fc.double({ min: 0, max: 1, noNaN: true })),
      mostly(fc.constantFrom("gaussian", "sphere(d=8)")),
    ),
    run: ([p, m, g]: readonly unknown[]) => RQ.codebookFromPositiveCentroids(p as number[], m as number, g as string),
    check: (v: unknown) => ensureFinite("thresholds", (v as { thresholds: Float64Array }).thresholds),
  },
  {
    name: "scaleCodebook",
    params: ["codebook", "dimension"],
    args: fc.tuple(mostly(codebookArb), mostly(fc.integer({ min: 1, max: 2 ** 20 }))),
    run: ([c, d]: readonly unknown[]) => RQ.scaleCodebook(c as never, d as number),
  },
  {
    name: "packCodes",
    params: ["codes", "bits", "dimension", "out"],
    args: fc.tuple(mostly(fc.uint8Array({ maxLength: 40 })), bitsArb, mostly(fc.integer({ min: 1, max: 40 }))),
    run: ([c, b, d]: readonly unknown[]) => RQ.packCodes(c as Uint8Array, b as number, d as number),
  },
  {
    name: "unpackCodes",
    params: ["packed", "bits", "dimension", "out"],
    args: fc.tuple(mostly(fc.uint8Array({ maxLength: 40 })), bitsArb, mostly(fc.integer({ min: 1, max: 40 }))),
    run: ([p, b, d]: readonly unknown[]) => RQ.unpackCodes(p as Uint8Array, b as number, d as number),
  },
  {
    name: "defaultRounds",
    params: ["kind", "dimension"],
    args: fc.tuple(mostly(fc.constantFrom("hadamard", "fft")), mostly(fc.integer({ min: 1, max: 2 ** 20 }))),
    run: ([k, d]: readonly unknown[]) => RQ.defaultRounds(k as never, d as number),
    check: (v: unknown) => ensure(Number.isInteger(v) && (v as number) >= 1, () => `rounds ${v}`),
  },
  {
    name: "drawSigns",
    params: ["stream", "out"],
    args: fc.tuple(
      mostly(fc.integer({ min: 0, max: 1000 }).map((s) => new RandomStream(s))),
      mostly(fc.integer({ min: 0, max: 64 }).map((n) => new Float64Array(n))),
    ),
    run: ([s, o]: readonly unknown[]) => RQ.drawSigns(s as RandomStream, o as Float64Array),
    check: (v: unknown) => {
      for (const x of v as Float64Array) ensure(x === 1 || x === -1, () => `sign ${x}`);
    },
  },
  {
    name: "fnv1a32",
    params: ["bytes", "hash"],
    args: fc.tuple(
      mostly(fc.uint8Array({ maxLength: 64 })),
      fc.oneof(fc.constant(undefined), mostly(fc.integer({ min: 0, max: 2 ** 32 - 1 }))),
    ),
    run: ([b, h]: readonly unknown[]) => RQ.fnv1a32(b as Uint8Array, h as number),
    check: (v: unknown) => ensure(Number.isInteger(v) && (v as number) >= 0 && (v as number) < 2 ** 32, () => `hash ${v}`),
  },
  {
    name: "rotationFingerprint",
    params: ["rotation"],
    args: fc.tuple(mostly(rotationArb)),
    run: ([r]: readonly unknown[]) => RQ.rotationFingerprint(r as never),
    check: (v: unknown) => ensure(Number.isInteger(v) && (v as number) >= 0 && (v as number) < 2 ** 32, () => `fingerprint ${v}`),
  },
  {
    name: "HadamardRotation",
    params: ["dimension", "options", "rounds", "seed", "rows", "count", "out"],
    args: fc.tuple(
      mostly(fc.integer({ min: 1, max: 40 })),
      optionsOf({ rounds: fc.integer({ min: 1, max: 8 }), seed: fc.integer({ min: 0, max: 1000 }) }),
      fc.integer({ min: 0, max: 3 }),
    ),
    run: ([d, o, c]: readonly unknown[]) => {
      const r = new RQ.HadamardRotation(d as number, o as never);
      return r.forwardInPlace(new Float32Array((c as number) * r.dimension).fill(0.25));
    },
    check: (v: unknown) => ensureFinite("rotated", v),
  },
  {
    name: "FftRotation",
    params: ["dimension", "options", "rounds", "seed", "rows", "count", "out"],
    args: fc.tuple(
      mostly(fc.integer({ min: 1, max: 40 })),
      optionsOf({ rounds: fc.integer({ min: 1, max: 8 }), seed: fc.integer({ min: 0, max: 1000 }) }),
      fc.integer({ min: 0, max: 3 }),
    ),
    run: ([d, o, c]: readonly unknown[]) => {
      const r = new RQ.FftRotation(d as number, o as never);
      return r.forwardInPlace(new Float32Array((c as number) * r.dimension).fill(0.25));
    },
    check: (v: unknown) => ensureFinite("rotated", v),
  },
  {
    name: "clusteredVectors",
    params: ["options", "count", "dimension", "seed", "clusters", "rank"],
    args: fc.tuple(
      optionsOf({
        count: fc.integer({ min: 0, max: 50 }),
        dimension: fc.integer({ min: 1, max: 40 }),
        seed: fc.integer({ min: 0, max: 1000 }),
        clusters: fc.integer({ min: 1, max: 8 }),
        rank: fc.integer({ min: 1, max: 8 }),
      }),
    ),
    run: ([o]: readonly unknown[]) => RQ.clusteredVectors(o as never),
    check: (v: unknown) => ensureFinite("vectors", v),
  },
] as const;

describe("@qmckit/rotation-quant helpers", () => {
  it("every export has a recipe", () => {
    expectCovered(RQ as unknown as Record<string, unknown>, [...helpers.map((r) => r.name), "RotationQuantizer"], {
      MAX_SPHERE_DIMENSION: "a constant",
      gaussianMarginal: "a constant object (fuzzed through codebookDistortion and solveLloydMax)",
    });
  });
  for (const r of helpers) fuzz(r as never);
});
