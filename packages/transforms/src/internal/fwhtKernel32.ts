// GENERATED from fwhtKernel64.ts by scripts/generateFwhtKernel32.ts: edit that file, then rerun.
import { first16, pass2, pass4, pass8 } from "./fwhtRowPasses32.js";
import { invSqrt } from "./invSqrt.js";

/** log2 of the longest row transformed in one piece: 2^12 doubles = 32 KiB, resident in L1. */
const LOG_ROW = 12;
/**
 * Columns transformed together in the column phase. At least a few cache lines per row, because the
 * row stride is a large power of two and narrower groups thrash a handful of cache sets (measured:
 * 8 columns is 7× slower than 32 at n = 2^20).
 */
const COLS = 32;

/**
 * Unchecked in-place orthonormal Walsh–Hadamard kernel on `x[offset, offset + n)`, n = 2^m ≥ 1.
 * There are two copies, for float64 and float32 arrays: V8 optimizes a function for the array kinds
 * it has seen, and one kernel fed both kinds ran 1.8× slower at n = 2^20 than two monomorphic
 * copies. The float32 copy is generated from the float64 one by scripts/generateFwhtKernel32.ts.
 *
 * @remarks
 * The vector is viewed as R rows of L contiguous entries (L = min(n, 2^12)). The transform over the
 * low m_r bits is every row transformed, over the high bits every column transformed; the two
 * commute, so each runs cache-resident: one row at a time, then columns in groups of {@link COLS}.
 * Butterflies are radix-8 (three stages per load/store of each element; radix-8 measured 3× faster
 * than radix-4 in V8), with one leading radix-2 or radix-4 pass when m_r or m − m_r is not a
 * multiple of 3. The 1/√n scale is folded into the first pass of every row.
 */
export function fwhtKernel32(x: Float32Array, offset: number, n: number): void {
  if (n <= 1) return;
  const m = 31 - Math.clz32(n);
  const scale = invSqrt(n);
  const mr = Math.min(m, LOG_ROW);
  const L = 1 << mr;
  const R = n >>> mr;
  for (let r = 0; r < R; r++) rowTransform(x, offset + r * L, L, mr, scale);
  if (R > 1) for (let c = 0; c < L; c += COLS) columnTransform(x, offset + c, R, L, m - mr);
}

/**
 * WHT of the contiguous row x[o, o + L), L = 2^mr ≥ 2, times `s`: radix 8 from the first stage (a
 * radix-8 pass with a span of 2 or 4 has inner loops too short to pay), a radix-16 first pass when
 * mr ≡ 1 mod 3 (so d = 1024 takes three passes, 13 % faster than 8-8-8-2), otherwise one radix-4
 * pass at the longest span for the two stages left over.
 */
function rowTransform(x: Float32Array, o: number, L: number, mr: number, s: number): void {
  if (mr === 1) {
    pass2(x, o, L, 1, s);
    return;
  }
  if (mr === 2) {
    pass4(x, o, L, 1, s);
    return;
  }
  let h: number;
  if (mr % 3 === 1) {
    first16(x, o, L, s);
    h = 16;
  } else {
    pass8(x, o, L, 1, s);
    h = 8;
  }
  for (; 8 * h <= L; h *= 8) pass8(x, o, L, h, 1);
  if (4 * h <= L) pass4(x, o, L, h, 1);
}

/** WHT across the R = 2^mc rows (stride L) of COLS adjacent columns starting at `o`. */
function columnTransform(x: Float32Array, o: number, R: number, L: number, mc: number): void {
  const lead = mc % 3;
  if (lead === 1) column2(x, o, R, L);
  else if (lead === 2) column4(x, o, R, L);
  for (let hr = 1 << lead; hr < R; hr *= 8) column8(x, o, R, L, hr);
}

/** Radix-2 stage across rows (row span 1) for the COLS columns at `o`. */
function column2(x: Float32Array, o: number, R: number, L: number): void {
  for (let r = 0; r < R; r += 2) {
    for (let i = o + r * L, stop = i + COLS; i < stop; i++) {
      const a = x[i];
      const b = x[i + L];
      x[i] = a + b;
      x[i + L] = a - b;
    }
  }
}

/** Radix-4 (two stages, row spans 1 and 2) across rows for the COLS columns at `o`. */
function column4(x: Float32Array, o: number, R: number, L: number): void {
  const h2 = 2 * L;
  const h3 = 3 * L;
  for (let r = 0; r < R; r += 4) {
    for (let i = o + r * L, stop = i + COLS; i < stop; i++) {
      const a = x[i];
      const b = x[i + L];
      const c = x[i + h2];
      const d = x[i + h3];
      const p = a + b;
      const q = a - b;
      const u = c + d;
      const v = c - d;
      x[i] = p + u;
      x[i + L] = q + v;
      x[i + h2] = p - u;
      x[i + h3] = q - v;
    }
  }
}

/** Radix-8 (three stages, row spans hr, 2hr, 4hr) across rows for the COLS columns at `o`. */
function column8(x: Float32Array, o: number, R: number, L: number, hr: number): void {
  const h = hr * L;
  const h2 = 2 * h;
  const h3 = 3 * h;
  const h4 = 4 * h;
  const h5 = 5 * h;
  const h6 = 6 * h;
  const h7 = 7 * h;
  for (let rb = 0; rb < R; rb += 8 * hr) {
    for (let r = rb, rStop = rb + hr; r < rStop; r++) {
      for (let i = o + r * L, stop = i + COLS; i < stop; i++) {
        const x0 = x[i];
        const x1 = x[i + h];
        const x2 = x[i + h2];
        const x3 = x[i + h3];
        const x4 = x[i + h4];
        const x5 = x[i + h5];
        const x6 = x[i + h6];
        const x7 = x[i + h7];
        const a0 = x0 + x1;
        const a1 = x0 - x1;
        const a2 = x2 + x3;
        const a3 = x2 - x3;
        const a4 = x4 + x5;
        const a5 = x4 - x5;
        const a6 = x6 + x7;
        const a7 = x6 - x7;
        const b0 = a0 + a2;
        const b1 = a1 + a3;
        const b2 = a0 - a2;
        const b3 = a1 - a3;
        const b4 = a4 + a6;
        const b5 = a5 + a7;
        const b6 = a4 - a6;
        const b7 = a5 - a7;
        x[i] = b0 + b4;
        x[i + h] = b1 + b5;
        x[i + h2] = b2 + b6;
        x[i + h3] = b3 + b7;
        x[i + h4] = b0 - b4;
        x[i + h5] = b1 - b5;
        x[i + h6] = b2 - b6;
        x[i + h7] = b3 - b7;
      }
    }
  }
}
