import { crc32, formatValue } from "@qmckit/core";
import type { EncodedBatch } from "../codec/EncodedBatch.js";
import {
  CODEBOOK_IDS,
  FORMAT_VERSION,
  HEADER_BYTES,
  MAGIC,
  nameOf,
  PRNG_XOROSHIRO128PLUS_SPLITMIX64,
  ROTATION_IDS,
  readFloat32s,
  SCALE_IDS,
} from "./format.js";
import type { SerializedParameters } from "./serializeBatch.js";

/** Rotation work (rounds · dimension) any header may ask for, whatever its payload. */
const MIN_REBUILD_WORK = 2 ** 12;
/** Further rotation work allowed per byte of the buffer: 128 = 16 rounds × 8 coordinates per byte at 1 bit. */
const REBUILD_WORK_PER_BYTE = 128;

const hex = (v: number) => `0x${(v >>> 0).toString(16).padStart(8, "0")}`;

/**
 * Parses and verifies serialized bytes: magic, version, header CRC, field values, exact length, payload
 * CRC; then rebuilds the quantizer with `build` and checks the recorded fingerprints against it.
 *
 * @throws TypeError for a non-Uint8Array; RangeError with a specific message for a foreign, truncated,
 *   padded, corrupted, unsupported-version or fingerprint-mismatched buffer.
 */
export function deserializeBatch<
  Q extends { readonly rotationFingerprint: number; readonly codebookFingerprint: number; readonly fingerprint: number },
>(
  bytes: unknown,
  build: (params: Omit<SerializedParameters, "rotationFingerprint" | "codebookFingerprint" | "fingerprint">) => Q,
): { quantizer: Q; batch: EncodedBatch } {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`bytes must be a Uint8Array; got ${formatValue(bytes)}`);
  if (bytes.length < HEADER_BYTES) {
    throw new RangeError(`bytes is truncated: a serialized batch has a ${HEADER_BYTES}-byte header; got ${bytes.length} bytes`);
  }
  for (let i = 0; i < 4; i++) {
    if (bytes[i] !== MAGIC[i])
      throw new RangeError('bytes is not a serialized rotation-quant batch (bad magic; expected "QKRQ")');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== FORMAT_VERSION) {
    throw new RangeError(
      `bytes has format version ${version}; this build of @qmckit/rotation-quant reads version ${FORMAT_VERSION} only`,
    );
  }
  const headerCrc = crc32(bytes.subarray(0, 60));
  if (view.getUint16(6, true) !== HEADER_BYTES || view.getUint32(60, true) !== headerCrc) {
    throw new RangeError(`bytes has a corrupted header (CRC-32 ${hex(view.getUint32(60, true))}, computed ${hex(headerCrc)})`);
  }
  const rotation = nameOf(ROTATION_IDS, view.getUint8(13));
  const scale = nameOf(SCALE_IDS, view.getUint8(15));
  const codebook = nameOf(CODEBOOK_IDS, view.getUint8(16));
  const prng = view.getUint8(17);
  if (rotation === undefined || scale === undefined || codebook === undefined) {
    throw new RangeError(
      `bytes has an unknown rotation, scale or codebook id (${view.getUint8(13)}, ${view.getUint8(15)}, ${view.getUint8(16)})`,
    );
  }
  if (prng !== PRNG_XOROSHIRO128PLUS_SPLITMIX64) {
    throw new RangeError(
      `bytes was written with PRNG id ${prng}; this build derives rotations with PRNG id ${PRNG_XOROSHIRO128PLUS_SPLITMIX64} only`,
    );
  }
  const dimension = view.getUint32(8, true);
  const bits = view.getUint8(12);
  const count = getUint53(view, 40);
  const bytesPerVector = view.getUint32(48, true);
  if (bytesPerVector !== Math.ceil((dimension * bits) / 8)) {
    throw new RangeError(`bytes has bytesPerVector ${bytesPerVector}, inconsistent with dimension ${dimension} and bits ${bits}`);
  }
  const withScales = scale === "unbiased";
  const expected = HEADER_BYTES + count * bytesPerVector + 4 * count * (withScales ? 2 : 1) + 4;
  if (bytes.length < expected) {
    throw new RangeError(`bytes is truncated: the header announces ${count} vectors = ${expected} bytes; got ${bytes.length}`);
  }
  if (bytes.length > expected) {
    throw new RangeError(
      `bytes has ${bytes.length - expected} unexpected trailing bytes after ${count} vectors (${expected} bytes)`,
    );
  }
  // Rebuilding the rotation costs about rounds · dimension units (a Bluestein FFT of a prime-ish length
  // with 16 rounds at d ≈ 2^20 takes tens of seconds): refuse, before any of that work, a header that asks
  // for more than its own payload could justify. A batch with at least one vector always passes, since its
  // codes alone take dimension · bits / 8 ≥ dimension / 8 bytes and rounds ≤ 16.
  const rounds = view.getUint8(14);
  const workBudget = Math.max(MIN_REBUILD_WORK, REBUILD_WORK_PER_BYTE * bytes.length);
  if (rounds * dimension > workBudget) {
    throw new RangeError(
      `bytes announces ${count} vector(s) of dimension ${dimension} with ${rounds} rotation round(s): rebuilding that ` +
        `rotation (rounds · dimension = ${rounds * dimension}) exceeds what a ${bytes.length}-byte batch justifies ` +
        `(at most max(${MIN_REBUILD_WORK}, ${REBUILD_WORK_PER_BYTE} · bytes) = ${workBudget}); refused as malformed`,
    );
  }
  const payloadCrc = crc32(bytes.subarray(0, expected - 4));
  if (view.getUint32(expected - 4, true) !== payloadCrc) {
    throw new RangeError(
      `bytes is corrupted (payload CRC-32 ${hex(view.getUint32(expected - 4, true))}, computed ${hex(payloadCrc)})`,
    );
  }
  const params = { dimension, bits, rotation, rounds, scale, codebook, seed: getUint53(view, 20) };
  let quantizer: Q;
  try {
    quantizer = build(params);
  } catch (error) {
    throw new RangeError(`bytes has invalid parameters: ${(error as Error).message}`);
  }
  const checks: [string, number, number][] = [
    ["rotation", view.getUint32(28, true), quantizer.rotationFingerprint],
    ["codebook", view.getUint32(32, true), quantizer.codebookFingerprint],
    ["quantizer", view.getUint32(36, true), quantizer.fingerprint],
  ];
  for (const [what, stored, computed] of checks) {
    if (stored !== computed) {
      throw new RangeError(
        `bytes has ${what} fingerprint ${hex(stored)} but this build derives ${hex(computed)} from the same parameters ` +
          `(seed ${params.seed}): the data was written by an incompatible version; re-encode it`,
      );
    }
  }
  let offset = HEADER_BYTES;
  const codes = bytes.slice(offset, offset + count * bytesPerVector);
  offset += count * bytesPerVector;
  const norms = readFloat32s(bytes, offset, count);
  offset += 4 * count;
  const scales = withScales ? readFloat32s(bytes, offset, count) : norms.slice();
  const batch = Object.freeze({
    count,
    dimension,
    bits,
    bytesPerVector,
    codes,
    scales,
    norms,
    fingerprint: quantizer.fingerprint,
  });
  return { quantizer, batch };
}

function getUint53(view: DataView, offset: number): number {
  return view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32;
}
