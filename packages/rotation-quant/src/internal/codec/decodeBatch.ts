import { formatValue } from "@qmckit/core";
import { blockRows, type QuantizerCore } from "../../codec/QuantizerCore.js";
import { unpackRows } from "../../codec/unpackCodes.js";
import { validateBatch } from "./validateBatch.js";

/** Decodes a batch to `count × d` float32 values: see {@link RotationQuantizer.decode}. */
export function decodeBatch(core: QuantizerCore, batch: unknown, out?: unknown): Float32Array {
  const { dimension: d, bits, bytesPerVector: stride, rotationPlan, scaledCodebook } = core;
  const b = validateBatch(batch, core.fingerprint, d, bits);
  const n = b.count;
  let result: Float32Array;
  if (out === undefined) result = new Float32Array(n * d);
  else if (out instanceof Float32Array && out.length === n * d) result = out;
  else throw new RangeError(`out must be a Float32Array of length count · dimension = ${n * d}; got ${formatValue(out)}`);
  const rowsPerBlock = Math.min(blockRows(d), Math.max(n, 1));
  const block = new Float32Array(rowsPerBlock * d);
  const blockCodes = new Uint8Array(rowsPerBlock * d);
  const centroids = scaledCodebook.centroids;
  for (let first = 0; first < n; first += rowsPerBlock) {
    const m = Math.min(rowsPerBlock, n - first);
    unpackRows(b.codes, first * stride, m, d, bits, blockCodes);
    for (let k = 0; k < m * d; k++) block[k] = centroids[blockCodes[k]];
    rotationPlan.inverseInPlace(m === rowsPerBlock ? block : block.subarray(0, m * d));
    for (let i = 0; i < m; i++) {
      const s = b.scales[first + i];
      const o = (first + i) * d;
      for (let j = 0; j < d; j++) result[o + j] = block[i * d + j] * s;
    }
  }
  return result;
}
