import { formatValue } from "./validate/formatValue.js";

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table === undefined) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  return table;
}

/**
 * CRC-32 (IEEE 802.3 / zlib / PNG: reflected polynomial 0xEDB88320, initial and final XOR 0xFFFFFFFF)
 * of `bytes`; the same value as Python's `zlib.crc32`.
 *
 * @param bytes - the data, a Uint8Array.
 * @throws TypeError when bytes is not a Uint8Array.
 * @returns an unsigned 32-bit checksum.
 *
 * @example
 * ```ts
 * crc32(new TextEncoder().encode("123456789")); // 0xcbf43926 (the standard check value)
 * ```
 */
export function crc32(bytes: Uint8Array): number {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`bytes must be a Uint8Array; got ${formatValue(bytes)}`);
  const t = crcTable();
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
