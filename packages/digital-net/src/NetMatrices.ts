/**
 * Binary generating matrices of a base-2 digital net in one flat layout: column k of coordinate j is the
 * 64-bit word `hi[j·columns + k] · 2^32 + lo[j·columns + k]`, **MSB-aligned** — bit 63 − r of the word
 * is row r of the column, so row 0 (the most significant bit) gives the first binary digit of the points.
 *
 * @remarks
 * The points of the net are `x_i = C · digits(i)` over GF(2), with digit k of i (least significant
 * first) selecting column k. As a fraction, a word w is the number w · 2^−64, so a point is the XOR of
 * the columns of the digits set in i, read as a binary fraction. Rows at and beyond `rows` are zero.
 *
 * @example
 * ```ts
 * // van der Corput in one coordinate, 2 columns: column k has its single 1 in row k.
 * const vdc: NetMatrices = { dimension: 1, columns: 2, rows: 2,
 *   hi: new Uint32Array([0x80000000, 0x40000000]), lo: new Uint32Array(2) };
 * ```
 */
export interface NetMatrices {
  /** Number of coordinates (matrices). */
  readonly dimension: number;
  /** Columns per matrix, m ≤ 32: the net has 2^m points. */
  readonly columns: number;
  /** Rows that may be nonzero, at most 64 (the precision of the integer points). */
  readonly rows: number;
  /** High 32 bits (rows 0–31) of each column, length `dimension · columns`. */
  readonly hi: Uint32Array;
  /** Low 32 bits (rows 32–63) of each column, length `dimension · columns`. */
  readonly lo: Uint32Array;
}
