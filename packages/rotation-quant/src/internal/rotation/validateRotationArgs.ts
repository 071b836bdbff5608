import { formatValue, validateInteger } from "@qmckit/core";

/** The largest dimension a rotation accepts. */
export const MAX_DIMENSION = 2 ** 20;
/** The largest number of rounds a rotation accepts. */
export const MAX_ROUNDS = 16;

/** Boundary check shared by the rotations' constructors and `forwardInPlace` / `inverseInPlace`. */
export function validateRows(rows: unknown, dimension: number): Float32Array {
  if (!(rows instanceof Float32Array)) throw new TypeError(`rows must be a Float32Array; got ${formatValue(rows)}`);
  if (rows.length % dimension !== 0) {
    throw new RangeError(`rows.length must be a multiple of the dimension ${dimension}; got ${rows.length}`);
  }
  return rows;
}

export function validateDimension(dimension: unknown): number {
  return validateInteger("dimension", dimension, 1, MAX_DIMENSION);
}

export function validateRounds(rounds: unknown): number {
  return validateInteger("rounds", rounds, 1, MAX_ROUNDS);
}

/** Boundary check of `forwardFrom`'s arguments. */
export function validateForwardFrom(
  source: unknown,
  offset: unknown,
  count: unknown,
  out: unknown,
  rowScales: unknown,
  d: number,
): void {
  if (!(source instanceof Float32Array) && !(source instanceof Float64Array)) {
    throw new TypeError(`source must be a Float32Array or Float64Array; got ${formatValue(source)}`);
  }
  if (!(out instanceof Float32Array)) throw new TypeError(`out must be a Float32Array; got ${formatValue(out)}`);
  const n = validateInteger("count", count, 0, Math.floor(out.length / d), `out holds ${Math.floor(out.length / d)} rows`);
  validateInteger("offset", offset, 0, source.length - n * d, `source holds ${source.length} values; ${n} rows of ${d} are read`);
  if (rowScales !== undefined && (!(rowScales instanceof Float64Array) || rowScales.length < n)) {
    throw new TypeError(`rowScales must be a Float64Array of at least count = ${n} values; got ${formatValue(rowScales)}`);
  }
}
