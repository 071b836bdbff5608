/**
 * The binary layout of a serialized batch (all integers little-endian), version 1:
 *
 * | offset | bytes | field |
 * | --- | --- | --- |
 * | 0 | 4 | magic `"QKRQ"` (0x51 0x4B 0x52 0x51) |
 * | 4 | 2 | format version (1) |
 * | 6 | 2 | header length (64) |
 * | 8 | 4 | dimension d |
 * | 12 | 1 | bits (1..8) |
 * | 13 | 1 | rotation: 1 = hadamard, 2 = fft |
 * | 14 | 1 | rounds |
 * | 15 | 1 | scale: 1 = unbiased, 2 = norm |
 * | 16 | 1 | codebook: 1 = gaussian (shipped table), 2 = exact (sphere marginal of d) |
 * | 17 | 1 | PRNG id: 1 = xoroshiro128+ seeded by SplitMix64 (`@qmckit/core` RandomStream) |
 * | 18 | 2 | reserved, 0 |
 * | 20 | 8 | seed (unsigned, < 2^53) |
 * | 28 | 4 | rotation fingerprint |
 * | 32 | 4 | codebook fingerprint |
 * | 36 | 4 | quantizer fingerprint |
 * | 40 | 8 | count (unsigned, < 2^53) |
 * | 48 | 4 | bytes per vector, ⌈d · bits / 8⌉ |
 * | 52 | 8 | reserved, 0 |
 * | 60 | 4 | CRC-32 of bytes [0, 60) |
 * | 64 | count · bytesPerVector | packed codes |
 * | … | 4 · count | norms, float32 |
 * | … | 4 · count | scales, float32 (scale = unbiased only; for norm they equal the norms) |
 * | end − 4 | 4 | CRC-32 of everything before |
 */
export const MAGIC = [0x51, 0x4b, 0x52, 0x51] as const;
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 64;
export const PRNG_XOROSHIRO128PLUS_SPLITMIX64 = 1;
export const ROTATION_IDS = { hadamard: 1, fft: 2 } as const;
export const SCALE_IDS = { unbiased: 1, norm: 2 } as const;
export const CODEBOOK_IDS = { gaussian: 1, exact: 2 } as const;

/** The id of `value` in an id table, or undefined. */
export function nameOf<T extends Record<string, number>>(ids: T, id: number): keyof T | undefined {
  return (Object.keys(ids) as (keyof T)[]).find((k) => ids[k] === id);
}

/** True on little-endian platforms (all current JavaScript targets): typed-array bytes can be copied as is. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Float32 values as little-endian bytes into `out` at `offset`. */
export function writeFloat32s(values: Float32Array, out: Uint8Array, offset: number): void {
  if (LITTLE_ENDIAN) {
    out.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), offset);
    return;
  }
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let i = 0; i < values.length; i++) view.setFloat32(offset + 4 * i, values[i], true);
}

/** `count` little-endian float32 values from `bytes` at `offset`, into a new array. */
export function readFloat32s(bytes: Uint8Array, offset: number, count: number): Float32Array {
  const out = new Float32Array(count);
  if (LITTLE_ENDIAN) {
    new Uint8Array(out.buffer).set(bytes.subarray(offset, offset + 4 * count));
    return out;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < count; i++) out[i] = view.getFloat32(offset + 4 * i, true);
  return out;
}
