import type { LatticeOrder } from "../LatticeOrder.js";

/**
 * The hot kernels behind `Lattice.fill`. Unchecked: the class validates once at its boundary.
 *
 * Exactness (why the float recurrence is safe). A coordinate is `x = {u/2^32 + Δ}` with u the
 * left-aligned integer form of the unrandomized point (a multiple of 2^(32−mMax)) and Δ a shift on the
 * grid 2^−52. Every value and every increment is therefore a multiple of 2^−52 below 2, so
 * `s = x + inc` and `s − ⌊s⌋` are computed exactly in binary64 and the result lies in [0, 1 − 2^−52].
 * Stepping from point i − 1 to point i by adding the right increment (below) is thus bit-for-bit the
 * same as evaluating point i directly, so every window gives the same values as every other, with one
 * add and one floor per coordinate instead of an integer product and a conversion.
 *
 * Increments, with b = ctz(i) (the bit that changes when i − 1 → i):
 * - natural (radical inverse): φ₂(i) = φ₂(i − 1) + 3·2^(−b−1) − 1, so inc_b = {3·g·2^(−b−1)};
 * - gray (point gray(i), gray(i) = i ⊕ ⌊i/2⌋): bit b of the Gray code flips, so ±{g·2^(−b−1)};
 * - linear (x_i = {i·g/2^mMax + Δ}): inc = {g/2^mMax}.
 */

const TWO_POW_M32 = 2 ** -32;
const TWO_POW_M52 = 2 ** -52;

/** Reverses the 32 bits of an integer (the radical inverse of i as a numerator over 2^32). */
export function bitReverse32(v: number): number {
  v = ((v >>> 1) & 0x55555555) | ((v & 0x55555555) << 1);
  v = ((v >>> 2) & 0x33333333) | ((v & 0x33333333) << 2);
  v = ((v >>> 4) & 0x0f0f0f0f) | ((v & 0x0f0f0f0f) << 4);
  v = ((v >>> 8) & 0x00ff00ff) | ((v & 0x00ff00ff) << 8);
  return ((v >>> 16) | (v << 16)) >>> 0;
}

/**
 * Left-aligned integer form of point i, coordinate with generator g: `u = x·2^32` for the unrandomized
 * point, exact in 32-bit arithmetic (Math.imul gives the product mod 2^32).
 */
export function pointInteger(order: LatticeOrder, i: number, g: number, mMax: number): number {
  if (order === "natural") return Math.imul(bitReverse32(i), g) >>> 0;
  if (order === "gray") return Math.imul(bitReverse32(i ^ Math.floor(i / 2)), g) >>> 0;
  return mMax === 0 ? 0 : (Math.imul(i, g) << (32 - mMax)) >>> 0;
}

/**
 * Increment tables, flat `[row][j]`: natural has mMax rows (row b), gray 2·mMax rows (row b adds
 * {g·2^(−b−1)}, row mMax + b adds {−g·2^(−b−1)}), linear one row.
 */
export function incrementTable(order: LatticeOrder, g: Uint32Array, mMax: number): Float64Array {
  const d = g.length;
  if (order === "linear") {
    const t = new Float64Array(d);
    if (mMax > 0) for (let j = 0; j < d; j++) t[j] = ((g[j] << (32 - mMax)) >>> 0) * TWO_POW_M32;
    return t;
  }
  const rows = order === "natural" ? mMax : 2 * mMax;
  const t = new Float64Array(rows * d);
  for (let b = 0; b < mMax; b++) {
    for (let j = 0; j < d; j++) {
      if (order === "natural") {
        t[b * d + j] = ((Math.imul(3, g[j]) << (31 - b)) >>> 0) * TWO_POW_M32;
      } else {
        t[b * d + j] = ((g[j] << (31 - b)) >>> 0) * TWO_POW_M32;
        t[(mMax + b) * d + j] = ((-g[j] << (31 - b)) >>> 0) * TWO_POW_M32;
      }
    }
  }
  return t;
}

/**
 * Adds increment row `row` of `inc` to the point at `prev` and writes the result at `cur`, mod 1.
 * Unrolled by eight: the loop body is a handful of instructions, so loop overhead would dominate.
 */
function step(out: Float64Array, prev: number, cur: number, inc: Float64Array, row: number, d: number): void {
  const d8 = d & ~7;
  let j = 0;
  for (; j < d8; j += 8) {
    let s = out[prev + j] + inc[row + j];
    out[cur + j] = s - Math.floor(s);
    s = out[prev + j + 1] + inc[row + j + 1];
    out[cur + j + 1] = s - Math.floor(s);
    s = out[prev + j + 2] + inc[row + j + 2];
    out[cur + j + 2] = s - Math.floor(s);
    s = out[prev + j + 3] + inc[row + j + 3];
    out[cur + j + 3] = s - Math.floor(s);
    s = out[prev + j + 4] + inc[row + j + 4];
    out[cur + j + 4] = s - Math.floor(s);
    s = out[prev + j + 5] + inc[row + j + 5];
    out[cur + j + 5] = s - Math.floor(s);
    s = out[prev + j + 6] + inc[row + j + 6];
    out[cur + j + 6] = s - Math.floor(s);
    s = out[prev + j + 7] + inc[row + j + 7];
    out[cur + j + 7] = s - Math.floor(s);
  }
  for (; j < d; j++) {
    const s = out[prev + j] + inc[row + j];
    out[cur + j] = s - Math.floor(s);
  }
}

/** Rows per tile of the register-tiled kernel: 32 rows of d = 32 doubles stay in L1 across column chunks. */
const TILE_ROWS = 32;

/** The numeric codes of the orders inside the kernels (a small integer keeps their branches monomorphic). */
const NATURAL = 0;
const GRAY = 1;
const LINEAR = 2;

/**
 * The increment row (offset into `inc`, in doubles) that takes point i − 1 to point i, for i ≥ 1.
 */
function incrementRow(code: number, i: number, mMax: number, d: number): number {
  if (code === LINEAR) return 0;
  const b = 31 - Math.clz32(i & -i);
  if (code === NATURAL) return b * d;
  // Bit b of gray(i) = bit b of i XOR bit b + 1 of i: set → +{g 2^(−b−1)}, cleared → −{…}.
  return (((i >>> b) ^ (i >>> (b + 1))) & 1 ? b : mMax + b) * d;
}

/**
 * Rows [i0, i0 + count) (i0 even, count even, i0 ≥ 2) of columns j … j + 7, whose values at row i0 − 1 are in
 * `state`; leaves the values of row i0 + count − 1 there. The eight running coordinates live in registers, so a
 * coordinate costs one increment load, an add, a floor, a subtract and a store. Rows go in pairs
 * (even i, odd i + 1): an odd index always takes increment row 0 ({3g/2} natural, {±g/2} gray — the
 * same value either sign — and the one row of linear), which saves the row lookup of every other row.
 */
function tile8(
  out: Float64Array,
  rowBase: number,
  inc: Float64Array,
  state: Float64Array,
  code: number,
  mMax: number,
  d: number,
  j: number,
  i0: number,
  count: number,
): void {
  let x0 = state[j];
  let x1 = state[j + 1];
  let x2 = state[j + 2];
  let x3 = state[j + 3];
  let x4 = state[j + 4];
  let x5 = state[j + 5];
  let x6 = state[j + 6];
  let x7 = state[j + 7];
  // Int32 arithmetic throughout: the window bounds may arrive as heap numbers (e.g. from 2 ** m), and
  // without the coercions V8 would compile every index as a double with a conversion per access.
  // i0 | 0 is i0 mod 2^32, which is all the bit operations of incrementRow look at; output indices stay
  // below 2^31 because a call writes at most 2^31 − 1 coordinates (the call-size check of resolveCall in @qmckit/core).
  const base = i0 | 0;
  let k = (rowBase + j) | 0;
  for (let t = 0; t < count; t += 2) {
    let r = (incrementRow(code, (base + t) | 0, mMax, d) + j) | 0;
    x0 += inc[r];
    x0 -= Math.floor(x0);
    out[k] = x0;
    x1 += inc[r + 1];
    x1 -= Math.floor(x1);
    out[k + 1] = x1;
    x2 += inc[r + 2];
    x2 -= Math.floor(x2);
    out[k + 2] = x2;
    x3 += inc[r + 3];
    x3 -= Math.floor(x3);
    out[k + 3] = x3;
    x4 += inc[r + 4];
    x4 -= Math.floor(x4);
    out[k + 4] = x4;
    x5 += inc[r + 5];
    x5 -= Math.floor(x5);
    out[k + 5] = x5;
    x6 += inc[r + 6];
    x6 -= Math.floor(x6);
    out[k + 6] = x6;
    x7 += inc[r + 7];
    x7 -= Math.floor(x7);
    out[k + 7] = x7;
    k = (k + d) | 0;
    // Row i + 1 is odd: increment row 0 in every order (gray's ±{g/2} are equal: both are 0 or 1/2).
    r = j;
    x0 += inc[r];
    x0 -= Math.floor(x0);
    out[k] = x0;
    x1 += inc[r + 1];
    x1 -= Math.floor(x1);
    out[k + 1] = x1;
    x2 += inc[r + 2];
    x2 -= Math.floor(x2);
    out[k + 2] = x2;
    x3 += inc[r + 3];
    x3 -= Math.floor(x3);
    out[k + 3] = x3;
    x4 += inc[r + 4];
    x4 -= Math.floor(x4);
    out[k + 4] = x4;
    x5 += inc[r + 5];
    x5 -= Math.floor(x5);
    out[k + 5] = x5;
    x6 += inc[r + 6];
    x6 -= Math.floor(x6);
    out[k + 6] = x6;
    x7 += inc[r + 7];
    x7 -= Math.floor(x7);
    out[k + 7] = x7;
    k = (k + d) | 0;
  }
  state[j] = x0;
  state[j + 1] = x1;
  state[j + 2] = x2;
  state[j + 3] = x3;
  state[j + 4] = x4;
  state[j + 5] = x5;
  state[j + 6] = x6;
  state[j + 7] = x7;
}

/** Rows [i0, i0 + count) of the single column j (the columns past the last multiple of eight), as {@link tile8}. */
function tile1(
  out: Float64Array,
  rowBase: number,
  inc: Float64Array,
  state: Float64Array,
  code: number,
  mMax: number,
  d: number,
  j: number,
  i0: number,
  count: number,
): void {
  let x = state[j];
  const base = i0 | 0;
  let k = (rowBase + j) | 0;
  for (let t = 0; t < count; t++) {
    x += inc[(incrementRow(code, (base + t) | 0, mMax, d) + j) | 0];
    x -= Math.floor(x);
    out[k] = x;
    k = (k + d) | 0;
  }
  state[j] = x;
}

/**
 * Writes points start ≤ i < end of one replication at `out[offset …]`, row-major `[i − start][j]`.
 * `shiftHigh[j]` (32 bits) and `shiftLow[j]` (20 bits) make the shift Δ_j = (high·2^20 + low)/2^52.
 *
 * The first point is evaluated directly; the rest follow by the increments, over tiles of
 * {@link TILE_ROWS} rows × 8 columns held in registers ({@link tile8}). A leading odd row and a trailing
 * unpaired row go through the plain row {@link step}.
 */
export function fillReplication(
  out: Float64Array,
  offset: number,
  order: LatticeOrder,
  g: Uint32Array,
  mMax: number,
  inc: Float64Array,
  shiftHigh: Uint32Array,
  shiftLow: Uint32Array,
  start: number,
  end: number,
): void {
  if (end <= start) return;
  const d = g.length;
  const code = order === "natural" ? NATURAL : order === "gray" ? GRAY : LINEAR;
  for (let j = 0; j < d; j++) {
    const u = pointInteger(order, start, g[j], mMax);
    out[offset + j] = ((u + shiftHigh[j]) >>> 0) * TWO_POW_M32 + shiftLow[j] * TWO_POW_M52;
  }
  let i = start + 1;
  // Pairs must start at an even index: an odd first index takes one plain row step.
  if (i < end && (i & 1) === 1) {
    const at = offset + (i - start) * d;
    step(out, at - d, at, inc, incrementRow(code, i, mMax, d), d);
    i++;
  }
  const pairedEnd = i + ((end - i) & ~1);
  if (i < pairedEnd) {
    const state = out.slice(offset + (i - 1 - start) * d, offset + (i - start) * d);
    const d8 = d & ~7;
    for (let i0 = i; i0 < pairedEnd; i0 += TILE_ROWS) {
      const i1 = Math.min(pairedEnd, i0 + TILE_ROWS);
      const rowBase = (offset + (i0 - start) * d) | 0;
      const count = (i1 - i0) | 0;
      for (let j = 0; j < d8; j += 8) tile8(out, rowBase, inc, state, code, mMax, d, j, i0, count);
      for (let j = d8; j < d; j++) tile1(out, rowBase, inc, state, code, mMax, d, j, i0, count);
    }
    i = pairedEnd;
  }
  if (i < end) {
    const at = offset + (i - start) * d;
    step(out, at - d, at, inc, incrementRow(code, i, mMax, d), d);
  }
}
