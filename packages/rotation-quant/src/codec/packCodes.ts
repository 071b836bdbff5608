import { formatValue, validateInteger } from "@qmckit/core";

/**
 * Packs codes of `bits` bits (one per byte in `codes`, rows of `dimension`) into the package's packed
 * layout: each row starts on a byte boundary and takes ⌈dimension · bits / 8⌉ bytes; code j of a row
 * occupies bits [j·bits, (j+1)·bits) of the row's bytes read as a little-endian bit string (least
 * significant bit first). Unused high bits of a row's last byte are 0.
 *
 * @param codes - `count × dimension` codes, each < 2^bits.
 * @param bits - an integer in [1, 8].
 * @param dimension - codes per row.
 * @param out - optional output of length count · ⌈dimension · bits / 8⌉.
 * @returns the packed bytes.
 * @throws TypeError for a non-Uint8Array; RangeError for a bad `bits`, a length that is not a multiple
 *   of `dimension`, a code ≥ 2^bits or a wrong `out` length.
 *
 * @example
 * ```ts
 * packCodes(new Uint8Array([1, 2, 3]), 4, 3); // Uint8Array [0x21, 0x03]
 * ```
 */
export function packCodes(codes: Uint8Array, bits: number, dimension: number, out?: Uint8Array): Uint8Array {
  if (!(codes instanceof Uint8Array)) throw new TypeError(`codes must be a Uint8Array; got ${formatValue(codes)}`);
  validateInteger("bits", bits, 1, 8);
  validateInteger("dimension", dimension, 1, 2 ** 20);
  if (codes.length % dimension !== 0) {
    throw new RangeError(`codes.length must be a multiple of dimension = ${dimension}; got ${codes.length}`);
  }
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] >>> bits !== 0) throw new RangeError(`codes[${i}] must be below 2^bits = ${2 ** bits}; got ${codes[i]}`);
  }
  const count = codes.length / dimension;
  const stride = Math.ceil((dimension * bits) / 8);
  if (out === undefined) out = new Uint8Array(count * stride);
  else if (!(out instanceof Uint8Array) || out.length !== count * stride) {
    throw new RangeError(`out must be a Uint8Array of length ${count * stride}; got ${formatValue(out)}`);
  }
  packRows(codes, count, dimension, bits, out, 0);
  return out;
}

/** Unchecked kernel of {@link packCodes}: rows of `codes` into `out` from byte `offset`. */
export function packRows(codes: Uint8Array, count: number, d: number, bits: number, out: Uint8Array, offset: number): void {
  let pos = offset;
  if (bits === 8) {
    out.set(codes.subarray(0, count * d), offset);
    return;
  }
  for (let i = 0; i < count; i++) {
    const o = i * d;
    if (bits === 4) {
      let j = 0;
      for (; j + 1 < d; j += 2) out[pos++] = codes[o + j] | (codes[o + j + 1] << 4);
      if (j < d) out[pos++] = codes[o + j];
      continue;
    }
    let acc = 0;
    let filled = 0;
    for (let j = 0; j < d; j++) {
      acc |= codes[o + j] << filled;
      filled += bits;
      if (filled >= 8) {
        out[pos++] = acc & 255;
        acc >>>= 8;
        filled -= 8;
      }
    }
    if (filled > 0) out[pos++] = acc & 255;
  }
}
