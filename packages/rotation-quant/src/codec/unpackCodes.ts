import { formatValue, validateInteger } from "@qmckit/core";

/**
 * The inverse of {@link packCodes}: one code per byte, rows of `dimension`.
 *
 * @param packed - `count` rows of ⌈dimension · bits / 8⌉ bytes.
 * @param bits - an integer in [1, 8].
 * @param dimension - codes per row.
 * @param out - optional output of length count · dimension.
 * @returns the codes.
 * @throws TypeError for a non-Uint8Array; RangeError for a bad `bits` or a length that is not a whole
 *   number of rows.
 *
 * @example
 * ```ts
 * unpackCodes(new Uint8Array([0x21, 0x03]), 4, 3); // Uint8Array [1, 2, 3]
 * ```
 */
export function unpackCodes(packed: Uint8Array, bits: number, dimension: number, out?: Uint8Array): Uint8Array {
  if (!(packed instanceof Uint8Array)) throw new TypeError(`packed must be a Uint8Array; got ${formatValue(packed)}`);
  validateInteger("bits", bits, 1, 8);
  validateInteger("dimension", dimension, 1, 2 ** 20);
  const stride = Math.ceil((dimension * bits) / 8);
  if (packed.length % stride !== 0) {
    throw new RangeError(`packed.length must be a multiple of ⌈dimension · bits / 8⌉ = ${stride}; got ${packed.length}`);
  }
  const count = packed.length / stride;
  if (out === undefined) out = new Uint8Array(count * dimension);
  else if (!(out instanceof Uint8Array) || out.length !== count * dimension) {
    throw new RangeError(`out must be a Uint8Array of length ${count * dimension}; got ${formatValue(out)}`);
  }
  unpackRows(packed, 0, count, dimension, bits, out);
  return out;
}

/** Unchecked kernel of {@link unpackCodes}: `count` rows from byte `offset` of `packed` into `out`. */
export function unpackRows(packed: Uint8Array, offset: number, count: number, d: number, bits: number, out: Uint8Array): void {
  const stride = Math.ceil((d * bits) / 8);
  const mask = (1 << bits) - 1;
  for (let i = 0; i < count; i++) {
    let pos = offset + i * stride;
    const o = i * d;
    let acc = 0;
    let filled = 0;
    for (let j = 0; j < d; j++) {
      if (filled < bits) {
        acc |= packed[pos++] << filled;
        filled += 8;
      }
      out[o + j] = acc & mask;
      acc >>>= bits;
      filled -= bits;
    }
  }
}
