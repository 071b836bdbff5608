import { formatValue, validateInteger } from "@qmckit/core";
import type { EncodedBatch } from "../../codec/EncodedBatch.js";
import { blockRows, type QuantizerCore } from "../../codec/QuantizerCore.js";
import { quantizeRows } from "./quantizeRows.js";

/** The largest finite float32. */
const FLOAT32_MAX = 3.4028234663852886e38;
/**
 * Encodes `count` vectors (rows of `vectors`): normalize, rotate, quantize, pack; see
 * {@link RotationQuantizer.encode}. Validates its inputs; allocation is per call (output and one block
 * of work buffers), never per vector.
 */
export function encodeVectors(core: QuantizerCore, vectors: unknown, count?: unknown): EncodedBatch {
  const { dimension: d, bits, bytesPerVector: stride, rotationPlan, scaledCodebook, grid, scale } = core;
  if (!(vectors instanceof Float32Array) && !(vectors instanceof Float64Array)) {
    throw new TypeError(`vectors must be a Float32Array (or Float64Array) of count · ${d} values; got ${formatValue(vectors)}`);
  }
  let n: number;
  if (count === undefined) {
    if (vectors.length % d !== 0) {
      throw new RangeError(`vectors.length must be a multiple of the dimension ${d}; got ${vectors.length}`);
    }
    n = vectors.length / d;
  } else {
    n = validateInteger(
      "count",
      count,
      0,
      Math.floor(vectors.length / d),
      `vectors holds ${vectors.length} values = ${Math.floor(vectors.length / d)} vectors of dimension ${d}`,
    );
  }
  const codes = new Uint8Array(n * stride);
  const scales = new Float32Array(n);
  const norms = new Float32Array(n);
  const rowsPerBlock = Math.min(blockRows(d), Math.max(n, 1));
  const block = new Float32Array(rowsPerBlock * d);
  const dots = new Float64Array(rowsPerBlock);
  const invNorms = new Float64Array(rowsPerBlock);
  // Every decoded coordinate is at most scale · ‖ĉ‖ ≤ scale · √d · max|c| (R is orthogonal): keeping
  // that within float32 range keeps decode finite.
  let maxCentroid = 0;
  for (const c of scaledCodebook.centroids) maxCentroid = Math.max(maxCentroid, Math.abs(c));
  const reconstructionBound = Math.sqrt(d) * maxCentroid;
  for (let first = 0; first < n; first += rowsPerBlock) {
    const m = Math.min(rowsPerBlock, n - first);
    for (let i = 0; i < m; i++) {
      const o = (first + i) * d;
      const ss = sumOfSquares(vectors, o, d);
      if (!Number.isFinite(ss)) {
        throw new RangeError(`vectors must be finite; vector ${first + i} has a NaN or infinite value (or overflows)`);
      }
      const norm = Math.sqrt(ss);
      // Norms and scales are stored as float32: a norm beyond its range would be stored as ∞.
      if (norm > FLOAT32_MAX) {
        throw new RangeError(
          `vectors must have norms within float32 range (≤ ${FLOAT32_MAX}), where norms and scales are stored; vector ${first + i} has norm ${norm}`,
        );
      }
      norms[first + i] = norm;
      invNorms[i] = norm > 0 ? 1 / norm : 0;
    }
    // u = x/‖x‖ is formed in the copy that starts the rotation.
    rotationPlan.forwardFrom(vectors, first * d, m, block, invNorms);
    quantizeRows(block, m, d, grid, scaledCodebook.centroids, bits, codes, first * stride, dots);
    for (let i = 0; i < m; i++) {
      const norm = norms[first + i];
      // ⟨u, û⟩ = ⟨Ru, c[code]⟩ ≥ 0 (each centroid has the sign of its coordinate); 0 only for u = 0.
      scales[first + i] = scale === "norm" ? norm : dots[i] > 0 ? norm / dots[i] : 0;
      if (scales[first + i] === Number.POSITIVE_INFINITY) {
        throw new RangeError(
          `vectors must have norms within float32 range once divided by ⟨u, û⟩; vector ${first + i} has norm ${norm} and scale ${norm / dots[i]}`,
        );
      }
      if (scales[first + i] * reconstructionBound > FLOAT32_MAX) {
        throw new RangeError(
          `vectors must have norms small enough for their reconstruction to stay within float32 range (scale · √d · max|c| ≤ ${FLOAT32_MAX}); vector ${first + i} has norm ${norm}, whose reconstruction could reach ${scales[first + i] * reconstructionBound}`,
        );
      }
    }
  }
  return Object.freeze({
    count: n,
    dimension: d,
    bits,
    bytesPerVector: stride,
    codes,
    scales,
    norms,
    fingerprint: core.fingerprint,
  });
}

/** Σ x_j² over x[o, o + d), with four accumulators (independent add chains; 3× faster than one). */
function sumOfSquares(x: Float32Array | Float64Array, o: number, d: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < d; j += 4) {
    const a = x[o + j];
    const b = x[o + j + 1];
    const c = x[o + j + 2];
    const e = x[o + j + 3];
    s0 += a * a;
    s1 += b * b;
    s2 += c * c;
    s3 += e * e;
  }
  for (; j < d; j++) s0 += x[o + j] * x[o + j];
  return s0 + s1 + (s2 + s3);
}
