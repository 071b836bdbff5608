import { formatValue, validateInteger } from "@qmckit/core";
import type { EncodedBatch } from "../../codec/EncodedBatch.js";
import type { QuantizerCore } from "../../codec/QuantizerCore.js";
import type { Metric } from "../../scoring/Metric.js";
import type { PreparedQuery } from "../../scoring/PreparedQuery.js";
import { validateBatch } from "../codec/validateBatch.js";
import { prepareQuery } from "./prepareQuery.js";
import { scoreCodes } from "./scoreCodes.js";

/** Vectors scored per kernel call, so the double-precision scratch stays small. */
const CHUNK = 4096;

/** A prepared query for this quantizer, from a raw query or a prepared one (checked). */
export function resolveQuery(core: QuantizerCore, query: unknown, metric: unknown): PreparedQuery {
  if (query !== null && typeof query === "object" && "table" in query && "fingerprint" in query) {
    const p = query as PreparedQuery;
    if (p.fingerprint !== core.fingerprint) {
      throw new RangeError(
        `query was prepared by a different quantizer (fingerprint 0x${(p.fingerprint >>> 0).toString(16)}, this one 0x${core.fingerprint.toString(16)})`,
      );
    }
    if (metric !== undefined && metric !== p.metric) {
      throw new RangeError(`metric must match the prepared query's metric '${p.metric}'; got ${formatValue(metric)}`);
    }
    return p;
  }
  return prepareQuery(core, query, metric);
}

/**
 * Scores every vector of a batch against a query without decoding: see {@link RotationQuantizer.scores}.
 * Writes `out[i]` for vector i and returns `out`.
 */
export function scoreBatch(core: QuantizerCore, query: unknown, batch: unknown, metric?: unknown, out?: unknown): Float32Array {
  const p = resolveQuery(core, query, metric);
  const b = validateBatch(batch, core.fingerprint, core.dimension, core.bits);
  let result: Float32Array;
  if (out === undefined) result = new Float32Array(b.count);
  else if (out instanceof Float32Array && out.length === b.count) result = out;
  else throw new RangeError(`out must be a Float32Array of length count = ${b.count}; got ${formatValue(out)}`);
  scoreInto(core, p, b, 0, b.count, result);
  return result;
}

/** Unchecked: metric scores of vectors [start, end) into out[0, end − start). */
export function scoreInto(
  core: QuantizerCore,
  p: PreparedQuery,
  b: EncodedBatch,
  start: number,
  end: number,
  out: Float32Array | Float64Array,
): void {
  const scratch = new Float64Array(Math.min(CHUNK, Math.max(end - start, 1)));
  const metric: Metric = p.metric;
  const qq = p.norm * p.norm;
  for (let first = start; first < end; first += CHUNK) {
    const last = Math.min(end, first + CHUNK);
    scoreCodes(b.codes, b.bytesPerVector, core.dimension, core.bits, p.layout, p.table, first, last, scratch);
    for (let i = first; i < last; i++) {
      const ip = b.scales[i] * scratch[i - first];
      let s: number;
      if (metric === "ip") s = ip;
      else if (metric === "cosine") {
        const denominator = p.norm * b.norms[i];
        s = denominator > 0 ? ip / denominator : 0;
      } else s = qq + b.norms[i] * b.norms[i] - 2 * ip;
      out[i - start] = s;
    }
  }
}

/** Checks a top-k count against the batch size. */
export function validateK(k: unknown, count: number, name = "k"): number {
  return validateInteger(name, k, 1, Math.max(count, 1), `the batch holds ${count} vectors`);
}
