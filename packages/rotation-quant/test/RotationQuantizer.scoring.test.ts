import { describe, expect, it } from "vitest";
import { RotationQuantizer } from "../src/index.js";
import { gaussians, norm } from "./helpers.js";

const d = 96;
const count = 50;
const x = Float32Array.from(gaussians(10, count * d));
const q = Float32Array.from(gaussians(11, d));

/** ⟨q, decode(x_i)⟩ and friends, from the decoded vectors (an independent path through Rᵀ). */
function fromDecoded(rq: RotationQuantizer, metric: "ip" | "cosine" | "l2", x: Float32Array, q: Float32Array): number[] {
  const d = rq.dimension;
  const count = x.length / d;
  const y = rq.decode(rq.encode(x));
  const b = rq.encode(x);
  return Array.from({ length: count }, (_, i) => {
    let ip = 0;
    for (let j = 0; j < d; j++) ip += q[j] * y[i * d + j];
    if (metric === "ip") return ip;
    if (metric === "cosine") return ip / (norm(q) * b.norms[i]);
    return norm(q) ** 2 + b.norms[i] ** 2 - 2 * ip;
  });
}

describe("RotationQuantizer: compressed-domain scores", () => {
  for (let bits = 1; bits <= 8; bits++) {
    it(`equal the scores of the decoded vectors at ${bits} bits, for ip, cosine and l2 (1e-4 relative; d = 96 and 37)`, () => {
      for (const [dd, rotation] of [
        [96, "hadamard"],
        [96, "fft"],
        [37, "fft"],
      ] as const) {
        const xx = dd === d ? x : Float32Array.from(gaussians(12, 20 * dd));
        const qq = dd === d ? q : Float32Array.from(gaussians(13, dd));
        const rq = new RotationQuantizer({ dimension: dd, bits, seed: bits, rotation });
        const batch = rq.encode(xx);
        for (const metric of ["ip", "cosine", "l2"] as const) {
          const expected = fromDecoded(rq, metric, xx, qq);
          const got = rq.scores(qq, batch, metric);
          const scale = Math.max(...expected.map(Math.abs));
          got.forEach((s, i) => {
            expect(Math.abs(s - expected[i]), `${rotation} ${metric} ${i}`).toBeLessThan(1e-4 * scale);
          });
        }
      }
    });
  }

  it("gives the same scores through a prepared query, and writes into a caller's output", () => {
    const rq = new RotationQuantizer({ dimension: d, bits: 4, seed: 3 });
    const batch = rq.encode(x);
    const p = rq.prepareQuery(q, "cosine");
    const out = new Float32Array(count);
    expect(rq.scores(p, batch, undefined, out)).toBe(out);
    expect(out).toEqual(rq.scores(q, batch, "cosine"));
  });

  it("rejects a query of the wrong length or with NaN, a foreign prepared query and a metric mismatch", () => {
    const rq = new RotationQuantizer({ dimension: d, bits: 4, seed: 3 });
    const batch = rq.encode(x);
    expect(() => rq.scores(new Float32Array(5), batch)).toThrow(/^query.length must be the dimension 96; got 5/);
    const nan = q.slice();
    nan[3] = Number.NaN;
    expect(() => rq.scores(nan, batch)).toThrow(/^query must be finite; query\[3\] is NaN/);
    expect(() => rq.scores(q, batch, "dot" as never)).toThrow(/^metric must be one of 'ip', 'cosine', 'l2'; got "dot"/);
    const other = new RotationQuantizer({ dimension: d, bits: 4, seed: 4 });
    expect(() => rq.scores(other.prepareQuery(q), batch)).toThrow(/^query was prepared by a different quantizer/);
    expect(() => rq.scores(rq.prepareQuery(q, "ip"), batch, "l2")).toThrow(/^metric must match the prepared query's metric 'ip'/);
    expect(() => rq.scores(q, other.encode(x))).toThrow(/^batch was encoded by a different quantizer/);
  });
});

describe("RotationQuantizer: search", () => {
  const rq = new RotationQuantizer({ dimension: d, bits: 4, seed: 8 });
  const batch = rq.encode(x);

  it("returns the top k of scores(), best first (largest for ip/cosine, smallest for l2)", () => {
    for (const metric of ["ip", "cosine", "l2"] as const) {
      const all = Array.from(rq.scores(q, batch, metric));
      const order = all
        .map((s, i) => [s, i] as const)
        .sort((a, b) => (metric === "l2" ? a[0] - b[0] : b[0] - a[0]) || a[1] - b[1]);
      const { indices, scores } = rq.search(q, batch, 7, { metric });
      expect(Array.from(indices)).toEqual(order.slice(0, 7).map(([, i]) => i));
      expect(Array.from(scores)).toEqual(order.slice(0, 7).map(([s]) => s));
    }
  });

  it("with rerank, returns the exact top k among the candidates, with exact scores", () => {
    for (const metric of ["ip", "cosine", "l2"] as const) {
      const { indices, scores } = rq.search(q, batch, 5, { metric, rerank: { candidates: count, vectors: x } });
      // With every vector a candidate, re-ranking is exact search.
      const exact = Array.from({ length: count }, (_, i) => {
        let ip = 0;
        let l2 = 0;
        for (let j = 0; j < d; j++) {
          ip += q[j] * x[i * d + j];
          l2 += (q[j] - x[i * d + j]) ** 2;
        }
        return metric === "ip" ? ip : metric === "l2" ? l2 : ip / (norm(q) * norm(x, i * d, d));
      });
      const order = exact.map((s, i) => [s, i] as const).sort((a, b) => (metric === "l2" ? a[0] - b[0] : b[0] - a[0]));
      expect(Array.from(indices)).toEqual(order.slice(0, 5).map(([, i]) => i));
      scores.forEach((s, t) => {
        expect(Math.abs(s - order[t][0])).toBeLessThan(1e-5 * Math.abs(order[t][0]) + 1e-6);
      });
    }
  });

  it("rejects k or candidates out of range and mismatched re-rank vectors; nothing is clamped", () => {
    expect(() => rq.search(q, batch, 0)).toThrow(/^k must be an integer in \[1, 50\]; got 0/);
    expect(() => rq.search(q, batch, 51)).toThrow(RangeError);
    expect(() => rq.search(q, batch, 5, { rerank: { candidates: 4, vectors: x } })).toThrow(
      /^options.rerank.candidates must be an integer in \[5, 50\]; got 4/,
    );
    expect(() => rq.search(q, batch, 5, { rerank: { candidates: 10, vectors: x.subarray(d) } })).toThrow(
      /^options.rerank.vectors.length must be count · dimension = 4800/,
    );
    expect(() => rq.search(q, batch, 5, { rerank: { candidates: 10 } } as never)).toThrow(TypeError);
    expect(() => rq.search(q, batch, 5, { topk: 3 } as never)).toThrow(/unknown option 'topk'/);
  });
});
