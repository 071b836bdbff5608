import { RotationQuantizer } from "@qmckit/rotation-quant";
import type { BenchModule } from "../types.js";

/**
 * rotation-quant benchmarks (SPEC §4: encode d=1024, 4 bits ≥ 100k vectors/s; scoring ≥ 1 GB/s of codes).
 * Inputs are built in setup; the timed call encodes / scores / decodes a whole batch. In-process
 * comparison rows show where the time goes (the rotation alone) and the other configurations.
 */
const D = 1024;
const N = 4096;

function vectors(count: number, d: number): Float32Array {
  // A cheap deterministic fill (an LCG): the codec's cost does not depend on the values.
  const x = new Float32Array(count * d);
  let s = 12345;
  for (let i = 0; i < x.length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    x[i] = s / 2 ** 32 - 0.5;
  }
  return x;
}

function encodeCase(d: number, bits: number, rotation?: "hadamard" | "fft") {
  return () => {
    const rq = new RotationQuantizer({ dimension: d, bits, seed: 1, ...(rotation ? { rotation } : {}) });
    const x = vectors(N, d);
    return () => rq.encode(x);
  };
}

function rotationOnly(d: number) {
  return () => {
    const rq = new RotationQuantizer({ dimension: d, bits: 4, seed: 1 });
    const x = vectors(N, d);
    const out = new Float32Array(N * d);
    return () => rq.rotationPlan.forwardFrom(x, 0, N, out);
  };
}

function scoreCase(d: number, bits: number, count: number) {
  return () => {
    const rq = new RotationQuantizer({ dimension: d, bits, seed: 1 });
    const batch = rq.encode(vectors(count, d));
    const query = rq.prepareQuery(vectors(1, d));
    const out = new Float32Array(count);
    return () => rq.scores(query, batch, undefined, out);
  };
}

function decodeCase(d: number, bits: number) {
  return () => {
    const rq = new RotationQuantizer({ dimension: d, bits, seed: 1 });
    const batch = rq.encode(vectors(N, d));
    const out = new Float32Array(N * d);
    return () => rq.decode(batch, out);
  };
}

const SCORE_N = 32768;
const vectorsThroughput = { count: N, unit: "vectors" };

export const bench: BenchModule = {
  cases: [
    { group: "encode d=1024 4 bits", impl: "qmckit", setup: encodeCase(D, 4), throughput: vectorsThroughput },
    { group: "encode d=1024 4 bits", impl: "rotation only (2 rounds)", setup: rotationOnly(D), throughput: vectorsThroughput },
    { group: "encode d=1024 4 bits", impl: "qmckit 2 bits", setup: encodeCase(D, 2), throughput: vectorsThroughput },
    { group: "encode d=1024 4 bits", impl: "qmckit fft rotation", setup: encodeCase(D, 4, "fft"), throughput: vectorsThroughput },
    { group: "encode d=768 4 bits (fft)", impl: "qmckit", setup: encodeCase(768, 4), throughput: vectorsThroughput },
    { group: "decode d=1024 4 bits", impl: "qmckit", setup: decodeCase(D, 4), throughput: vectorsThroughput },
    {
      group: "score d=1024 4 bits",
      impl: "qmckit",
      setup: scoreCase(D, 4, SCORE_N),
      throughput: { count: (SCORE_N * D * 4) / 8, unit: "B" },
    },
    {
      group: "score d=1024 4 bits",
      impl: "qmckit 2 bits",
      setup: scoreCase(D, 2, SCORE_N),
      throughput: { count: (SCORE_N * D * 2) / 8, unit: "B" },
    },
    {
      group: "score d=1024 4 bits",
      impl: "qmckit 3 bits",
      setup: scoreCase(D, 3, SCORE_N),
      throughput: { count: (SCORE_N * D * 3) / 8, unit: "B" },
    },
  ],
  targets: [
    { group: "encode d=1024 4 bits", minThroughput: 1e5 },
    { group: "score d=1024 4 bits", minThroughput: 1e9 },
  ],
};
