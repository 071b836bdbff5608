import { formatValue, validateInteger } from "@qmckit/core";
/**
 * 32-bit FNV-1a over the bytes of `bytes`, continuing from `hash` (default: the FNV offset basis).
 *
 * @param bytes - the data.
 * @param hash - a previous FNV-1a state, to hash several pieces as one.
 * @returns an unsigned 32-bit hash.
 *
 * @remarks Fowler–Noll–Vo, variant 1a: h ← (h XOR byte) · 16777619 mod 2^32, from 2166136261.
 *
 * @throws TypeError naming bytes (not a Uint8Array); RangeError / TypeError naming hash (not a 32-bit unsigned integer).
 * @example
 * ```ts
 * fnv1a32(new TextEncoder().encode("a")); // 0xe40c292c
 * ```
 */
export function fnv1a32(bytes: Uint8Array, hash = 0x811c9dc5): number {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`bytes must be a Uint8Array; got ${formatValue(bytes)}`);
  validateInteger("hash", hash, 0, 2 ** 32 - 1);
  let h = hash >>> 0;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  return h;
}

/** FNV-1a over the little-endian bytes of 32-bit integers. */
export function fnv1a32Ints(values: ArrayLike<number>, hash = 0x811c9dc5): number {
  let h = hash >>> 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] | 0;
    h = Math.imul(h ^ (v & 255), 0x01000193) >>> 0;
    h = Math.imul(h ^ ((v >>> 8) & 255), 0x01000193) >>> 0;
    h = Math.imul(h ^ ((v >>> 16) & 255), 0x01000193) >>> 0;
    h = Math.imul(h ^ (v >>> 24), 0x01000193) >>> 0;
  }
  return h;
}
