// Data of the rotation-quant figure: recall@k of compressed-domain top-k search against exact
// inner-product search, for 1 … 8 bits per coordinate, on a seeded synthetic clustered set.
import { clusteredVectors, RotationQuantizer } from "@qmckit/rotation-quant";

export interface RecallSpec {
  count: number;
  queries: number;
  dimension: number;
  k: number;
  seed: number;
  maxBits: number;
}

export interface RecallRow {
  bits: number;
  search: "compressed" | "compressed + exact re-rank of top 2k";
  recall: number;
}

function exactTopK(data: Float32Array, count: number, d: number, q: Float32Array, k: number): Set<number> {
  const scores = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += data[i * d + j] * q[j];
    scores[i] = s;
  }
  const order = Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a] || a - b);
  return new Set(order.slice(0, k));
}

export function recallData(spec: RecallSpec): RecallRow[] {
  const { count, queries, dimension: d, k, seed } = spec;
  // One seeded draw: the first `count` vectors are the database, the rest the queries.
  const all = clusteredVectors({ count: count + queries, dimension: d, seed });
  const data = all.subarray(0, count * d);
  const truth = Array.from({ length: queries }, (_, q) =>
    exactTopK(data, count, d, all.subarray((count + q) * d, (count + q + 1) * d), k),
  );
  const rows: RecallRow[] = [];
  for (let bits = 1; bits <= spec.maxBits; bits++) {
    const rq = new RotationQuantizer({ dimension: d, bits, seed });
    const batch = rq.encode(data);
    let hits = 0;
    let hitsRerank = 0;
    for (let q = 0; q < queries; q++) {
      const query = all.subarray((count + q) * d, (count + q + 1) * d);
      const prepared = rq.prepareQuery(query, "ip");
      for (const i of rq.search(prepared, batch, k).indices) if (truth[q].has(i)) hits++;
      const reranked = rq.search(prepared, batch, k, { rerank: { candidates: 2 * k, vectors: data } });
      for (const i of reranked.indices) if (truth[q].has(i)) hitsRerank++;
    }
    rows.push({ bits, search: "compressed", recall: hits / (queries * k) });
    rows.push({ bits, search: "compressed + exact re-rank of top 2k", recall: hitsRerank / (queries * k) });
  }
  return rows;
}
