import { formatValue } from "@qmckit/core";
import type { EncodedBatch } from "../../codec/EncodedBatch.js";

/**
 * Boundary check of a batch against the quantizer that is about to read it: shape, array kinds and
 * lengths, and the fingerprint (a batch from a quantizer with another seed, rotation, codebook, bit
 * width, dimension or scale mode is refused rather than decoded into garbage).
 *
 * @throws TypeError for a non-batch; RangeError for inconsistent lengths or a foreign batch.
 */
export function validateBatch(
  batch: unknown,
  fingerprint: number,
  dimension: number,
  bits: number,
  name = "batch",
): EncodedBatch {
  if (batch === null || typeof batch !== "object")
    throw new TypeError(`${name} must be an EncodedBatch; got ${formatValue(batch)}`);
  const b = batch as EncodedBatch;
  if (!(b.codes instanceof Uint8Array) || !(b.scales instanceof Float32Array) || !(b.norms instanceof Float32Array)) {
    throw new TypeError(`${name} must be an EncodedBatch with Uint8Array codes and Float32Array scales and norms`);
  }
  if (b.fingerprint !== fingerprint || b.dimension !== dimension || b.bits !== bits) {
    throw new RangeError(
      `${name} was encoded by a different quantizer (fingerprint ${hex(b.fingerprint)}, dimension ${formatValue(b.dimension)}, ` +
        `bits ${formatValue(b.bits)}); this quantizer has fingerprint ${hex(fingerprint)}, dimension ${dimension}, bits ${bits}`,
    );
  }
  const stride = Math.ceil((dimension * bits) / 8);
  if (!Number.isInteger(b.count) || b.count < 0 || b.bytesPerVector !== stride) {
    throw new RangeError(
      `${name}.count must be a non-negative integer and bytesPerVector ${stride}; got ${b.count}, ${b.bytesPerVector}`,
    );
  }
  if (b.codes.length !== b.count * stride || b.scales.length !== b.count || b.norms.length !== b.count) {
    throw new RangeError(
      `${name} arrays must have lengths count · bytesPerVector = ${b.count * stride} (codes) and count = ${b.count} ` +
        `(scales, norms); got ${b.codes.length}, ${b.scales.length}, ${b.norms.length}`,
    );
  }
  return b;
}

function hex(value: unknown): string {
  return typeof value === "number" ? `0x${(value >>> 0).toString(16).padStart(8, "0")}` : formatValue(value);
}
