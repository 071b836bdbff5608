import { RotationQuantizer } from "@qmckit/rotation-quant";
import fc from "fast-check";
import { describe } from "vitest";
import { ensure, ensureFinite, fuzz, mostly, optionsOf, weird } from "../src/harness.js";

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
