import { beforeAll, describe, expect, it } from "vitest";
import { clusteredVectors, RotationQuantizer, selectTopK } from "../../src/index.js";

// G4 of the reference notes (§4.1, §9): recall@10 against exact float inner-product search on the
// package's seeded synthetic embedding-like set (clusteredVectors: 50 anisotropic clusters around a
// common mean, mean pairwise cosine ≈ 0.33), default quantizer (fft rotation at d = 384, unbiased scale).
describe("recall@10 on a synthetic clustered set (G4)", () => {
  const d = 384;
  const n = 10000;
  const queries = 200;
  let all: Float32Array;
  let base: Float32Array;
  const truth: Set<number>[] = [];
  beforeAll(() => {
    all = clusteredVectors({ count: n + queries, dimension: d, seed: 2024 });
    base = all.subarray(0, n * d);
    const scores = new Float64Array(n);
    for (let q = 0; q < queries; q++) {
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += all[(n + q) * d + j] * base[i * d + j];
        scores[i] = s;
      }
      truth.push(new Set(selectTopK(scores, 10, true)));
    }
  }, 30000);
  const recall = (bits: number, rerank: boolean) => {
    const rq = new RotationQuantizer({ dimension: d, bits, seed: 7 });
    const batch = rq.encode(base);
    let hits = 0;
    for (let q = 0; q < queries; q++) {
      const query = all.subarray((n + q) * d, (n + q + 1) * d);
      const { indices } = rq.search(query, batch, 10, rerank ? { rerank: { candidates: 50, vectors: base } } : undefined);
      for (const i of indices) if (truth[q].has(i)) hits++;
    }
    return hits / (10 * queries);
  };

  it("is at least 0.60 / 0.75 / 0.85 at 2 / 3 / 4 bits", () => {
    expect(recall(2, false)).toBeGreaterThanOrEqual(0.6);
    expect(recall(3, false)).toBeGreaterThanOrEqual(0.75);
    expect(recall(4, false)).toBeGreaterThanOrEqual(0.85);
  }, 30000);

  it("is at least 0.97 at 2 bits with exact re-ranking of the top 50", () => {
    expect(recall(2, true)).toBeGreaterThanOrEqual(0.97);
  }, 30000);
});
