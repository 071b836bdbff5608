import { formatValue } from "@qmckit/core";

/** Validates `dimension`: an integer in [1, 2^16]. */
export function checkDimension(value: unknown): number {
  if (typeof value !== "number")
    throw new TypeError(`dimension must be an integer number in [1, 65536]; got ${formatValue(value)} (${typeof value})`);
  if (!Number.isInteger(value) || value < 1 || value > 65536)
    throw new RangeError(`dimension must be an integer in [1, 65536]; got ${formatValue(value)}`);
  return value;
}

/** A finite number ≥ 0 (strictly > 0 with `positive`), named in the message. */
export function checkNonNegative(name: string, value: unknown, positive = false): number {
  const constraint = positive ? "a finite number > 0" : "a finite number ≥ 0";
  if (typeof value !== "number")
    throw new TypeError(`${name} must be ${constraint}; got ${formatValue(value)} (${typeof value})`);
  if (!Number.isFinite(value) || value < 0 || (positive && value === 0))
    throw new RangeError(`${name} must be ${constraint}; got ${formatValue(value)}`);
  return value;
}

/**
 * A per-coordinate parameter given as one number (for all coordinates) or an array of `dimension`
 * numbers, each checked by `check(name[j], value)`.
 */
export function perDimension(
  name: string,
  value: unknown,
  dimension: number,
  fallback: number,
  check: (name: string, v: unknown) => number,
): number[] {
  if (value === undefined) return new Array<number>(dimension).fill(fallback);
  if (typeof value === "number") {
    const v = check(name, value);
    return new Array<number>(dimension).fill(v);
  }
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) {
    throw new TypeError(
      `${name} must be a number or an array of ${dimension} numbers (one per dimension); got ${formatValue(value)}`,
    );
  }
  const arr = value as ArrayLike<unknown>;
  if (arr.length !== dimension) {
    throw new RangeError(`${name} must have one entry per dimension (${dimension}); got ${arr.length} entries`);
  }
  return Array.from({ length: dimension }, (_, j) => check(`${name}[${j}]`, arr[j]));
}

/** An integer α in [lo, hi]. */
export function checkIntegerIn(lo: number, hi: number): (name: string, v: unknown) => number {
  return (name, v) => {
    if (typeof v !== "number")
      throw new TypeError(`${name} must be an integer number in [${lo}, ${hi}]; got ${formatValue(v)} (${typeof v})`);
    if (!Number.isInteger(v) || v < lo || v > hi)
      throw new RangeError(`${name} must be an integer in [${lo}, ${hi}]; got ${formatValue(v)}`);
    return v;
  };
}

/**
 * Combination coefficients a_{jp} ≥ 0, p = 1..P: one array of P numbers for every coordinate, or an
 * array of `dimension` such arrays. At least one coefficient per coordinate must be positive.
 */
export function checkCoefficients(value: unknown, dimension: number, P: number): number[][] {
  const name = "coefficients";
  if (!Array.isArray(value)) {
    throw new TypeError(
      `${name} must be an array of ${P} numbers a_p ≥ 0 or an array of ${dimension} such arrays; got ${formatValue(value)}`,
    );
  }
  const rows: unknown[] = Array.isArray(value[0]) ? value : new Array(dimension).fill(value);
  if (rows.length !== dimension)
    throw new RangeError(`${name} must have one row per dimension (${dimension}); got ${rows.length} rows`);
  return rows.map((row, j) => {
    if (!Array.isArray(row) || row.length !== P) {
      throw new RangeError(`${name}[${j}] must be an array of ${P} numbers a_p ≥ 0 (p = 1…${P}); got ${formatValue(row)}`);
    }
    const r = row.map((a, p) => checkNonNegative(`${name}[${j}][${p}]`, a));
    if (r.every((a) => a === 0)) throw new RangeError(`${name}[${j}] must have a positive entry; got all zeros`);
    return r;
  });
}

/** The default product weight 2^{1/d} − 1 (QMCPy's), for which ∏_j (1 + γ_j) = 2. */
export function defaultWeight(dimension: number): number {
  return 2 ** (1 / dimension) - 1;
}
