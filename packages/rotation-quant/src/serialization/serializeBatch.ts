import { crc32 } from "@qmckit/core";
import type { EncodedBatch } from "../codec/EncodedBatch.js";
import {
  CODEBOOK_IDS,
  FORMAT_VERSION,
  HEADER_BYTES,
  MAGIC,
  PRNG_XOROSHIRO128PLUS_SPLITMIX64,
  ROTATION_IDS,
  SCALE_IDS,
  writeFloat32s,
} from "./format.js";

/** What the header records about the quantizer (internal). */
export interface SerializedParameters {
  dimension: number;
  bits: number;
  rotation: keyof typeof ROTATION_IDS;
  rounds: number;
  scale: keyof typeof SCALE_IDS;
  codebook: keyof typeof CODEBOOK_IDS;
  seed: number;
  rotationFingerprint: number;
  codebookFingerprint: number;
  fingerprint: number;
}

/** Unchecked (the caller validated the batch): the bytes of {@link format}'s layout, version 1. */
export function serializeBatch(params: SerializedParameters, batch: EncodedBatch): Uint8Array {
  const { count, bytesPerVector, codes, norms, scales } = batch;
  const withScales = params.scale === "unbiased";
  const total = HEADER_BYTES + codes.length + 4 * count * (withScales ? 2 : 1) + 4;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint16(6, HEADER_BYTES, true);
  view.setUint32(8, params.dimension, true);
  view.setUint8(12, params.bits);
  view.setUint8(13, ROTATION_IDS[params.rotation]);
  view.setUint8(14, params.rounds);
  view.setUint8(15, SCALE_IDS[params.scale]);
  view.setUint8(16, CODEBOOK_IDS[params.codebook]);
  view.setUint8(17, PRNG_XOROSHIRO128PLUS_SPLITMIX64);
  setUint53(view, 20, params.seed);
  view.setUint32(28, params.rotationFingerprint, true);
  view.setUint32(32, params.codebookFingerprint, true);
  view.setUint32(36, params.fingerprint, true);
  setUint53(view, 40, count);
  view.setUint32(48, bytesPerVector, true);
  view.setUint32(60, crc32(out.subarray(0, 60)), true);
  let offset = HEADER_BYTES;
  out.set(codes, offset);
  offset += codes.length;
  writeFloat32s(norms, out, offset);
  offset += 4 * count;
  if (withScales) {
    writeFloat32s(scales, out, offset);
    offset += 4 * count;
  }
  view.setUint32(offset, crc32(out.subarray(0, offset)), true);
  return out;
}

function setUint53(view: DataView, offset: number, value: number): void {
  view.setUint32(offset, value % 2 ** 32, true);
  view.setUint32(offset + 4, Math.floor(value / 2 ** 32), true);
}
