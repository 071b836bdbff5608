import { formatValue, validateInteger, validateOptions } from "@qmckit/core";
import type { QuantizerCore } from "../codec/QuantizerCore.js";
import { validateBatch } from "../internal/codec/validateBatch.js";
import { exactScore } from "../internal/scoring/exactScore.js";
import { resolveQuery, scoreInto, validateK } from "../internal/scoring/scoreBatch.js";
import { selectTopK } from "./selectTopK.js";

/** The result of a search: `k` vector indices, best first, and their scores. */
export interface SearchResult {
  readonly indices: Uint32Array;
  /** Compressed-domain scores, or exact ones for the re-ranked results. */
  readonly scores: Float32Array;
}

/** Options of {@link RotationQuantizer.search}. */
export interface SearchOptions {
  /** `'ip'` (default), `'cosine'` or `'l2'`; must match a prepared query's metric. */
  metric?: "ip" | "cosine" | "l2";
  /**
   * Exact re-ranking: take the best `candidates` (≥ k) by compressed score, re-score them exactly against
   * `vectors` (the original `count × d` vectors, in batch order) and keep the best k.
   */
  rerank?: { candidates: number; vectors: Float32Array | Float64Array };
}

/** Top-k search of a batch: see {@link RotationQuantizer.search}. */
export function searchBatch(
  core: QuantizerCore,
  query: unknown,
  batch: unknown,
  k: unknown,
  options?: SearchOptions,
): SearchResult {
  const { metric, rerank } = validateOptions("options", options, ["metric", "rerank"]);
  const p = resolveQuery(core, query, metric);
  const b = validateBatch(batch, core.fingerprint, core.dimension, core.bits);
  const kk = validateK(k, b.count);
  const largest = p.metric !== "l2";
  const scores = new Float64Array(b.count);
  scoreInto(core, p, b, 0, b.count, scores);
  if (rerank === undefined) {
    const indices = selectTopK(scores, kk, largest);
    return { indices, scores: Float32Array.from(indices, (i) => scores[i]) };
  }
  const { candidates, vectors } = validateOptions("options.rerank", rerank, ["candidates", "vectors"]);
  const c = validateInteger(
    "options.rerank.candidates",
    candidates,
    kk,
    b.count,
    `between k = ${kk} and the batch size ${b.count}`,
  );
  if (!(vectors instanceof Float32Array) && !(vectors instanceof Float64Array)) {
    throw new TypeError(`options.rerank.vectors must be a Float32Array or Float64Array; got ${formatValue(vectors)}`);
  }
  if (vectors.length !== b.count * core.dimension) {
    throw new RangeError(
      `options.rerank.vectors.length must be count · dimension = ${b.count * core.dimension}; got ${vectors.length}`,
    );
  }
  const pool = selectTopK(scores, c, largest);
  const exact = new Float64Array(c);
  for (let t = 0; t < c; t++) exact[t] = exactScore(p.query, p.norm, vectors, pool[t], p.metric);
  const best = selectTopK(exact, kk, largest);
  return { indices: Uint32Array.from(best, (t) => pool[t]), scores: Float32Array.from(best, (t) => exact[t]) };
}
