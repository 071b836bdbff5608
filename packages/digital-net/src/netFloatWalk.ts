import type { FloatWalkPlan } from "./FloatWalkPlan.js";
import { walkStart } from "./walkStart.js";

// 2^−32 and 2^−53 as literals: the hot loops read no module state.
const A = 2.3283064365386963e-10;
const B = 1.1102230246251565e-16;

/**
 * The fused hot path of {@link DigitalNet}: integer walk, digital shift and float conversion in one pass,
 * writing the doubles of positions start ≤ i < end, row-major, at `out[offset …]`.
 *
 * @param plan - tables of one replication ({@link floatWalkPlan}).
 * @param start - first position (unchecked).
 * @param end - one past the last position, ≤ 2^columns (unchecked).
 * @param out - output buffer, at least `offset + (end − start) · dimension` long (unchecked).
 * @param offset - where the first coordinate goes; default 0.
 * @returns `out`.
 *
 * @remarks
 * Equals {@link integersToFloat} of {@link digitalShift} of {@link netWalk} (the three visible steps),
 * bit for bit: the shift is XOR-ed into the first point and carried along by the XOR walk, and only the
 * top 53 bits are kept (truncation commutes with XOR). The loop goes by pairs of positions (even, odd):
 * the odd point is the even one XOR step 0 (column 0 flips in both orders), and the even point follows
 * the previous even one by one XOR of a merged step, so the per-coordinate state is read and written once
 * per two points.
 *
 * @example
 * ```ts
 * const plan = floatWalkPlan(joeKuo.matrices(1), "natural", new Uint32Array([0x40000000]), new Uint32Array(1));
 * netFloatWalk(plan, 0, 4, new Float64Array(4)); // [0.25, 0.75, 0, 0.5]: van der Corput ⊕ 0.01₂
 * ```
 */
export function netFloatWalk(plan: FloatWalkPlan, start: number, end: number, out: Float64Array, offset = 0): Float64Array {
  const d = plan.matrices.dimension;
  if (end <= start) return out;
  const w = plan.wide ? 2 : 1;
  const { steps, pairSteps } = plan;
  const sh = new Int32Array(d);
  const sl = new Int32Array(d);
  walkStart(plan.matrices, start, plan.order, sh, sl);
  // State: one (narrow) or two interleaved (wide: hi, lo >>> 11) int32 words per coordinate.
  const s = new Int32Array(w * d);
  for (let j = 0; j < d; j++) {
    s[w * j] = sh[j] ^ plan.shiftHi[j];
    if (w === 2) s[2 * j + 1] = (sl[j] ^ plan.shiftLo[j]) >>> 11;
  }
  let o = offset;
  let p = start;
  if (p % 2 === 1) {
    // An odd first position: emit it alone, then step to the even position after it.
    o = emitRow(s, w, d, out, o);
    p++;
    if (p === end) return out;
    const base = (31 - Math.clz32((p | 0) & -(p | 0))) * w * d;
    for (let j = 0; j < w * d; j++) s[j] ^= steps[base + j];
  }
  const pairs = Math.floor((end - p) / 2);
  if (pairs > 0) {
    if (w === 2) pairsWide(steps, pairSteps, s, d, p, pairs, out, o);
    else pairsNarrow(steps, pairSteps, s, d, p, pairs, out, o);
    o += 2 * pairs * d;
    p += 2 * pairs;
  }
  if (p < end) {
    // One even position left: advance from the last pair's even point (unless there was none).
    if (pairs > 0) {
      const base = (31 - Math.clz32((p | 0) & -(p | 0))) * w * d;
      for (let j = 0; j < w * d; j++) s[j] ^= pairSteps[base + j];
    }
    emitRow(s, w, d, out, o);
  }
  return out;
}

function emitRow(s: Int32Array, w: number, d: number, out: Float64Array, o: number): number {
  for (let j = 0; j < d; j++) out[o++] = w === 2 ? (s[2 * j] >>> 0) * A + s[2 * j + 1] * B : (s[j] >>> 0) * A;
  return o;
}

/**
 * Pairs of rows from the even position p (state `s` holds point p, interleaved hi / lo >>> 11): rows p and
 * p + 1 = p ⊕ step 0; between pairs the state moves to the next even position by `pairSteps[ctz(p)]`
 * (= step ctz(p) ⊕ step 0). Unrolled by 8 coordinates.
 */
function pairsWide(
  steps: Int32Array,
  pairSteps: Int32Array,
  s: Int32Array,
  d: number,
  p: number,
  pairs: number,
  out: Float64Array,
  o: number,
): void {
  const d2 = 2 * d;
  const d16 = 2 * (d & ~7);
  for (let j = 0, q = 0; j < d2; j += 2, q++) {
    out[o + q] = (s[j] >>> 0) * A + s[j + 1] * B;
    out[o + d + q] = ((s[j] ^ steps[j]) >>> 0) * A + (s[j + 1] ^ steps[j + 1]) * B;
  }
  o += d2;
  let idx = p | 0;
  for (let k = 1; k < pairs; k++) {
    idx = (idx + 2) | 0;
    const base = (31 - Math.clz32(idx & -idx)) * d2;
    const o2 = o + d;
    let q = 0;
    let j = 0;
    for (; j < d16; j += 16, q += 8) {
      const b = base + j;
      const h0 = s[j] ^ pairSteps[b];
      s[j] = h0;
      const l0 = s[j + 1] ^ pairSteps[b + 1];
      s[j + 1] = l0;
      const h1 = s[j + 2] ^ pairSteps[b + 2];
      s[j + 2] = h1;
      const l1 = s[j + 3] ^ pairSteps[b + 3];
      s[j + 3] = l1;
      const h2 = s[j + 4] ^ pairSteps[b + 4];
      s[j + 4] = h2;
      const l2 = s[j + 5] ^ pairSteps[b + 5];
      s[j + 5] = l2;
      const h3 = s[j + 6] ^ pairSteps[b + 6];
      s[j + 6] = h3;
      const l3 = s[j + 7] ^ pairSteps[b + 7];
      s[j + 7] = l3;
      const h4 = s[j + 8] ^ pairSteps[b + 8];
      s[j + 8] = h4;
      const l4 = s[j + 9] ^ pairSteps[b + 9];
      s[j + 9] = l4;
      const h5 = s[j + 10] ^ pairSteps[b + 10];
      s[j + 10] = h5;
      const l5 = s[j + 11] ^ pairSteps[b + 11];
      s[j + 11] = l5;
      const h6 = s[j + 12] ^ pairSteps[b + 12];
      s[j + 12] = h6;
      const l6 = s[j + 13] ^ pairSteps[b + 13];
      s[j + 13] = l6;
      const h7 = s[j + 14] ^ pairSteps[b + 14];
      s[j + 14] = h7;
      const l7 = s[j + 15] ^ pairSteps[b + 15];
      s[j + 15] = l7;
      out[o + q] = (h0 >>> 0) * A + l0 * B;
      out[o + q + 1] = (h1 >>> 0) * A + l1 * B;
      out[o + q + 2] = (h2 >>> 0) * A + l2 * B;
      out[o + q + 3] = (h3 >>> 0) * A + l3 * B;
      out[o + q + 4] = (h4 >>> 0) * A + l4 * B;
      out[o + q + 5] = (h5 >>> 0) * A + l5 * B;
      out[o + q + 6] = (h6 >>> 0) * A + l6 * B;
      out[o + q + 7] = (h7 >>> 0) * A + l7 * B;
      out[o2 + q] = ((h0 ^ steps[j]) >>> 0) * A + (l0 ^ steps[j + 1]) * B;
      out[o2 + q + 1] = ((h1 ^ steps[j + 2]) >>> 0) * A + (l1 ^ steps[j + 3]) * B;
      out[o2 + q + 2] = ((h2 ^ steps[j + 4]) >>> 0) * A + (l2 ^ steps[j + 5]) * B;
      out[o2 + q + 3] = ((h3 ^ steps[j + 6]) >>> 0) * A + (l3 ^ steps[j + 7]) * B;
      out[o2 + q + 4] = ((h4 ^ steps[j + 8]) >>> 0) * A + (l4 ^ steps[j + 9]) * B;
      out[o2 + q + 5] = ((h5 ^ steps[j + 10]) >>> 0) * A + (l5 ^ steps[j + 11]) * B;
      out[o2 + q + 6] = ((h6 ^ steps[j + 12]) >>> 0) * A + (l6 ^ steps[j + 13]) * B;
      out[o2 + q + 7] = ((h7 ^ steps[j + 14]) >>> 0) * A + (l7 ^ steps[j + 15]) * B;
    }
    for (; j < d2; j += 2, q++) {
      const h = s[j] ^ pairSteps[base + j];
      s[j] = h;
      const l = s[j + 1] ^ pairSteps[base + j + 1];
      s[j + 1] = l;
      out[o + q] = (h >>> 0) * A + l * B;
      out[o2 + q] = ((h ^ steps[j]) >>> 0) * A + (l ^ steps[j + 1]) * B;
    }
    o += d2;
  }
}

/** {@link pairsWide} for points of at most 32 bits: one word per coordinate. */
function pairsNarrow(
  steps: Int32Array,
  pairSteps: Int32Array,
  s: Int32Array,
  d: number,
  p: number,
  pairs: number,
  out: Float64Array,
  o: number,
): void {
  const d8 = d & ~7;
  for (let j = 0; j < d; j++) {
    out[o + j] = (s[j] >>> 0) * A;
    out[o + d + j] = ((s[j] ^ steps[j]) >>> 0) * A;
  }
  o += 2 * d;
  let idx = p | 0;
  for (let k = 1; k < pairs; k++) {
    idx = (idx + 2) | 0;
    const base = (31 - Math.clz32(idx & -idx)) * d;
    const o2 = o + d;
    let j = 0;
    for (; j < d8; j += 8) {
      const b = base + j;
      const h0 = s[j] ^ pairSteps[b];
      s[j] = h0;
      const h1 = s[j + 1] ^ pairSteps[b + 1];
      s[j + 1] = h1;
      const h2 = s[j + 2] ^ pairSteps[b + 2];
      s[j + 2] = h2;
      const h3 = s[j + 3] ^ pairSteps[b + 3];
      s[j + 3] = h3;
      const h4 = s[j + 4] ^ pairSteps[b + 4];
      s[j + 4] = h4;
      const h5 = s[j + 5] ^ pairSteps[b + 5];
      s[j + 5] = h5;
      const h6 = s[j + 6] ^ pairSteps[b + 6];
      s[j + 6] = h6;
      const h7 = s[j + 7] ^ pairSteps[b + 7];
      s[j + 7] = h7;
      out[o + j] = (h0 >>> 0) * A;
      out[o + j + 1] = (h1 >>> 0) * A;
      out[o + j + 2] = (h2 >>> 0) * A;
      out[o + j + 3] = (h3 >>> 0) * A;
      out[o + j + 4] = (h4 >>> 0) * A;
      out[o + j + 5] = (h5 >>> 0) * A;
      out[o + j + 6] = (h6 >>> 0) * A;
      out[o + j + 7] = (h7 >>> 0) * A;
      out[o2 + j] = ((h0 ^ steps[j]) >>> 0) * A;
      out[o2 + j + 1] = ((h1 ^ steps[j + 1]) >>> 0) * A;
      out[o2 + j + 2] = ((h2 ^ steps[j + 2]) >>> 0) * A;
      out[o2 + j + 3] = ((h3 ^ steps[j + 3]) >>> 0) * A;
      out[o2 + j + 4] = ((h4 ^ steps[j + 4]) >>> 0) * A;
      out[o2 + j + 5] = ((h5 ^ steps[j + 5]) >>> 0) * A;
      out[o2 + j + 6] = ((h6 ^ steps[j + 6]) >>> 0) * A;
      out[o2 + j + 7] = ((h7 ^ steps[j + 7]) >>> 0) * A;
    }
    for (; j < d; j++) {
      const h = s[j] ^ pairSteps[base + j];
      s[j] = h;
      out[o + j] = (h >>> 0) * A;
      out[o2 + j] = ((h ^ steps[j]) >>> 0) * A;
    }
    o += 2 * d;
  }
}
