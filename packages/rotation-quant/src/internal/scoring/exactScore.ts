import type { Metric } from "../../scoring/Metric.js";

/**
 * Unchecked kernel: the exact metric between `query` and row `index` of the flat `vectors` (`count × d`),
 * in double precision. Used for re-ranking and as the ground truth of recall tests.
 *
 * @param query - q, length d.
 * @param queryNorm - ‖q‖.
 * @param vectors - the original vectors.
 * @param index - the row.
 * @param metric - the metric.
 * @returns ⟨q, x⟩, the cosine, or ‖q − x‖².
 */
export function exactScore(
  query: ArrayLike<number>,
  queryNorm: number,
  vectors: ArrayLike<number>,
  index: number,
  metric: Metric,
): number {
  const d = query.length;
  const o = index * d;
  if (metric === "l2") {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const t = query[j] - vectors[o + j];
      s += t * t;
    }
    return s;
  }
  let dot = 0;
  let nx = 0;
  for (let j = 0; j < d; j++) {
    const x = vectors[o + j];
    dot += query[j] * x;
    nx += x * x;
  }
  if (metric === "ip") return dot;
  const denominator = queryNorm * Math.sqrt(nx);
  return denominator > 0 ? dot / denominator : 0;
}
