import { formatValue, PointSet } from "@qmckit/core";
import type { NetIntegers } from "@qmckit/digital-net";
import { MAX_MATRIX_ENTRIES } from "../Kernel.js";

/** Float rows: `data[i·d + j]`, `rows` rows. */
export interface FloatRows {
  data: Float64Array;
  rows: number;
}

/** Integer rows, MSB-aligned 64-bit words: `hi[i·d + j]`, `lo[i·d + j]`. */
export interface IntRows {
  hi: Uint32Array;
  lo: Uint32Array;
  rows: number;
}

/** Resolves a PointSet or a flat Float64Array into rows of `dimension` coordinates. */
export function floatRows(name: string, value: unknown, dimension: number): FloatRows {
  if (value instanceof PointSet) {
    if (value.dimension !== dimension) {
      throw new RangeError(`${name}.dimension must equal the kernel's dimension ${dimension}; got ${value.dimension}`);
    }
    return { data: value.data, rows: value.replications * value.n };
  }
  if (value instanceof Float64Array) {
    if (value.length % dimension !== 0 || value.length === 0) {
      throw new RangeError(
        `${name}.length must be a positive multiple of the dimension ${dimension} (rows × dimension); got ${value.length}`,
      );
    }
    return { data: value, rows: value.length / dimension };
  }
  throw new TypeError(
    `${name} must be a PointSet or a Float64Array of rows × ${dimension} coordinates; got ${formatValue(value)}`,
  );
}

/** Whether a value looks like a {@link NetIntegers}. */
export function isNetIntegers(value: unknown): value is NetIntegers {
  return (
    value !== null &&
    typeof value === "object" &&
    (value as NetIntegers).hi instanceof Uint32Array &&
    (value as NetIntegers).lo instanceof Uint32Array &&
    typeof (value as NetIntegers).bits === "number"
  );
}

/** Top-`b` bit mask of a 32-bit word (b in 0..32). */
function topMask(b: number): number {
  if (b <= 0) return 0;
  if (b >= 32) return 0xffffffff;
  return (0xffffffff << (32 - b)) >>> 0;
}

/**
 * Resolves NetIntegers (bits must match) or floats (converted to `bits`-bit binary fractions of their
 * fractional parts) into integer rows.
 */
export function intRows(name: string, value: unknown, dimension: number, bits: number): IntRows {
  if (isNetIntegers(value)) {
    if (value.dimension !== dimension) {
      throw new RangeError(`${name}.dimension must equal the kernel's dimension ${dimension}; got ${value.dimension}`);
    }
    if (value.bits !== bits) {
      throw new RangeError(
        `${name}.bits must equal the kernel's bits ${bits}; got ${value.bits} (build the kernel with bits: ${value.bits})`,
      );
    }
    if (value.hi.length !== value.lo.length || value.hi.length !== value.replications * value.n * dimension) {
      throw new RangeError(
        `${name}.hi and ${name}.lo must have replications · n · dimension = ${value.replications * value.n * dimension} entries; got ${value.hi.length} and ${value.lo.length}`,
      );
    }
    return { hi: value.hi, lo: value.lo, rows: value.replications * value.n };
  }
  if (!(value instanceof PointSet) && !(value instanceof Float64Array)) {
    throw new TypeError(
      `${name} must be NetIntegers, a PointSet or a Float64Array of rows × ${dimension} coordinates; got ${formatValue(value)}`,
    );
  }
  const f = floatRows(name, value, dimension);
  const count = f.rows * dimension;
  const hi = new Uint32Array(count);
  const lo = new Uint32Array(count);
  const mHi = topMask(bits);
  const mLo = topMask(bits - 32);
  for (let k = 0; k < count; k++) {
    let x = f.data[k];
    if (!Number.isFinite(x)) throw new RangeError(`${name} must hold finite coordinates; got ${x} at index ${k}`);
    x -= Math.floor(x);
    const a = x * 4294967296;
    const h = Math.floor(a);
    hi[k] = h & mHi;
    lo[k] = Math.floor((a - h) * 4294967296) & mLo;
  }
  return { hi, lo, rows: f.rows };
}

/** The number of pairs evaluated for inputs of `a` and `b` rows (equal, or one of them 1). */
export function pairCount(a: number, b: number): number {
  if (a === b || b === 1) return a;
  if (a === 1) return b;
  throw new RangeError(
    `x and z must have the same number of rows, or one of them a single row (broadcast); got ${a} and ${b} rows`,
  );
}

/** Checks or allocates an output of `length` entries. */
export function outArray(out: unknown, length: number, name = "out"): Float64Array {
  if (out === undefined) return new Float64Array(length);
  if (!(out instanceof Float64Array)) throw new TypeError(`${name} must be a Float64Array; got ${formatValue(out)}`);
  if (out.length !== length) throw new RangeError(`${name}.length must be ${length}; got ${out.length}`);
  return out;
}

/** Refuses dense matrices above {@link MAX_MATRIX_ENTRIES}. */
export function checkMatrixSize(rows: number, cols: number, what = "matrix"): void {
  if (rows * cols > MAX_MATRIX_ENTRIES) {
    throw new RangeError(
      `${what} would have ${rows} × ${cols} = ${rows * cols} entries, above MAX_MATRIX_ENTRIES = 2^24 (4096 × 4096): use FastGram for large Gram matrices, or evaluate in blocks`,
    );
  }
}
