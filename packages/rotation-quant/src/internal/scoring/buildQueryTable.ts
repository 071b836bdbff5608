/**
 * Unchecked kernel: the look-up table of a rotated query for the packed code layout (see
 * {@link PreparedQuery}). Coordinates past d (padding bits of a row's last byte) contribute 0.
 *
 * @param rotated - R q, length d.
 * @param centroids - the scaled codebook's centroids (raw units), length 2^bits.
 * @param bits - bits per coordinate.
 * @returns the layout and the table.
 */
export function buildQueryTable(
  rotated: Float32Array,
  centroids: Float32Array,
  bits: number,
): { layout: "byte" | "pair" | "coordinate"; table: Float32Array } {
  const d = rotated.length;
  const levels = 1 << bits;
  if (bits === 3) {
    // Pairs of 3-bit codes are 6-bit fields of the bit string: one 64-entry table per pair.
    const pairs = Math.ceil(d / 2);
    const table = new Float32Array(pairs * 64);
    for (let p = 0; p < pairs; p++) {
      const q0 = rotated[2 * p];
      const q1 = 2 * p + 1 < d ? rotated[2 * p + 1] : 0;
      for (let v = 0; v < 64; v++) table[p * 64 + v] = q0 * centroids[v & 7] + q1 * centroids[v >>> 3];
    }
    return { layout: "pair", table };
  }
  if (8 % bits !== 0) {
    const table = new Float32Array(d * levels);
    for (let j = 0; j < d; j++) for (let k = 0; k < levels; k++) table[j * levels + k] = rotated[j] * centroids[k];
    return { layout: "coordinate", table };
  }
  const perByte = 8 / bits;
  const stride = Math.ceil((d * bits) / 8);
  const mask = levels - 1;
  const table = new Float32Array(stride * 256);
  const partial = new Float64Array(perByte * levels);
  for (let p = 0; p < stride; p++) {
    for (let m = 0; m < perByte; m++) {
      const j = p * perByte + m;
      const q = j < d ? rotated[j] : 0;
      for (let k = 0; k < levels; k++) partial[m * levels + k] = q * centroids[k];
    }
    for (let v = 0; v < 256; v++) {
      let s = 0;
      for (let m = 0; m < perByte; m++) s += partial[m * levels + ((v >>> (m * bits)) & mask)];
      table[p * 256 + v] = s;
    }
  }
  return { layout: "byte", table };
}
