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
 * top 53 bits are kept (truncation commutes with XOR). Narrow points (≤ 32 bits) go by pairs of positions
 * (even, odd): the odd point is the even one XOR step 0 (column 0 flips in both orders), and the even point
 * follows the previous even one by one XOR of a merged step, so the per-coordinate state is read and
 * written once per two points. Wide points (hi and lo words) go by octets of positions 8q … 8q + 7: each is
 * the octet's first point XOR a fixed offset ({@link FloatWalkPlan.octetOffsets}), and the first point
 * follows the previous one by one XOR of a merged step, so the state is read and written once per 8 points.
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
  if (w === 2) {
    wideWalk(plan, s, d, start, end, out, offset);
    return out;
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
    pairsNarrow(steps, pairSteps, s, d, p, pairs, out, o);
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

/**
 * The wide (53-bit) walk: single rows up to a position divisible by 8, then octets of rows
 * ({@link octetsWide}), then single rows to the end. State `s`: point `start`, interleaved hi / lo >>> 11.
 */
function wideWalk(plan: FloatWalkPlan, s: Int32Array, d: number, start: number, end: number, out: Float64Array, o: number): void {
  const { steps, octetSteps, octetOffsets } = plan;
  const d2 = 2 * d;
  let p = start;
  while (p < end && (p % 8 !== 0 || end - p < 8)) {
    o = emitRow(s, 2, d, out, o);
    p++;
    if (p === end) return;
    const base = (31 - Math.clz32((p | 0) & -(p | 0))) * d2;
    for (let j = 0; j < d2; j++) s[j] ^= steps[base + j];
  }
  const octets = Math.floor((end - p) / 8);
  if (octets === 0) return;
  octetsWide(octetSteps, octetOffsets, s, d, p, octets, out, o);
  o += 8 * octets * d;
  p += 8 * octets;
  if (p === end) return;
  // From the last octet's first point (p − 8) to p, then single rows.
  let base = (31 - Math.clz32((p | 0) & -(p | 0))) * d2;
  for (let j = 0; j < d2; j++) s[j] ^= octetSteps[base + j];
  for (;;) {
    o = emitRow(s, 2, d, out, o);
    p++;
    if (p === end) return;
    base = (31 - Math.clz32((p | 0) & -(p | 0))) * d2;
    for (let j = 0; j < d2; j++) s[j] ^= steps[base + j];
  }
}

function emitRow(s: Int32Array, w: number, d: number, out: Float64Array, o: number): number {
  for (let j = 0; j < d; j++) out[o++] = w === 2 ? (s[2 * j] >>> 0) * A + s[2 * j + 1] * B : (s[j] >>> 0) * A;
  return o;
}

/**
 * Pairs of rows from the even position p (state `s` holds point p, one word per coordinate): rows p and
 * p + 1 = p ⊕ step 0; between pairs the state moves to the next even position by `pairSteps[ctz(p)]`
 * (= step ctz(p) ⊕ step 0). Unrolled by 8 coordinates.
 */
function pairsNarrow(
  steps: Int32Array,
  pairSteps: Int32Array,
  s: Int32Array,
  d: number,
  p: number,
  pairs: number,
  out: Float64Array,
  at: number,
): void {
  // Int32 offsets: `at` may arrive as a heap number (window bounds such as 2 ** m), and V8 would then
  // compile every index below as a double with a conversion per access. Indices stay below 2^31: a call
  // writes at most 2^31 − 1 coordinates (the call-size check of resolveCall in @qmckit/core).
  let o = at | 0;
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
    o = (o + 2 * d) | 0;
  }
}

/**
 * Octets of rows from the position p divisible by 8 (state `s` holds point p, interleaved hi / lo >>> 11):
 * row p + r is the state XOR `octetOffsets` r (r = 1 … 7, the same for every octet), and between octets
 * the state moves to the next multiple of 8 by `octetSteps[ctz(p)]`, so the state is read and written once
 * per 8 rows. Unrolled by 4 coordinates; `s` ends at the last octet's first point.
 */
function octetsWide(
  Q: Int32Array,
  K: Int32Array,
  s: Int32Array,
  d: number,
  p: number,
  octets: number,
  out: Float64Array,
  at: number,
): void {
  // Int32 offsets, as in pairsNarrow.
  let o = at | 0;
  const d2 = 2 * d;
  const dU = 2 * (d & ~3);
  for (let j = 0, q = 0, c = 0; j < d2; j += 2, q++, c += 14) {
    const h = s[j];
    const l = s[j + 1];
    out[o + q] = (h >>> 0) * A + l * B;
    for (let r = 1; r < 8; r++) out[o + r * d + q] = ((h ^ K[c + 2 * r - 2]) >>> 0) * A + (l ^ K[c + 2 * r - 1]) * B;
  }
  let idx = p | 0;
  for (let k = 1; k < octets; k++) {
    idx = (idx + 8) | 0;
    const base = (31 - Math.clz32(idx & -idx)) * d2;
    o = (o + 8 * d) | 0;
    const o1 = o + d;
    const o2 = o1 + d;
    const o3 = o2 + d;
    const o4 = o3 + d;
    const o5 = o4 + d;
    const o6 = o5 + d;
    const o7 = o6 + d;
    let j = 0;
    let q = 0;
    let c = 0;
    for (; j < dU; j += 8, q += 4, c += 56) {
      const b = base + j;
      const h0 = s[j] ^ Q[b];
      s[j] = h0;
      const l0 = s[j + 1] ^ Q[b + 1];
      s[j + 1] = l0;
      const h1 = s[j + 2] ^ Q[b + 2];
      s[j + 2] = h1;
      const l1 = s[j + 3] ^ Q[b + 3];
      s[j + 3] = l1;
      const h2 = s[j + 4] ^ Q[b + 4];
      s[j + 4] = h2;
      const l2 = s[j + 5] ^ Q[b + 5];
      s[j + 5] = l2;
      const h3 = s[j + 6] ^ Q[b + 6];
      s[j + 6] = h3;
      const l3 = s[j + 7] ^ Q[b + 7];
      s[j + 7] = l3;
      out[o + q] = (h0 >>> 0) * A + l0 * B;
      out[o + q + 1] = (h1 >>> 0) * A + l1 * B;
      out[o + q + 2] = (h2 >>> 0) * A + l2 * B;
      out[o + q + 3] = (h3 >>> 0) * A + l3 * B;
      out[o1 + q] = ((h0 ^ K[c]) >>> 0) * A + (l0 ^ K[c + 1]) * B;
      out[o1 + q + 1] = ((h1 ^ K[c + 14]) >>> 0) * A + (l1 ^ K[c + 15]) * B;
      out[o1 + q + 2] = ((h2 ^ K[c + 28]) >>> 0) * A + (l2 ^ K[c + 29]) * B;
      out[o1 + q + 3] = ((h3 ^ K[c + 42]) >>> 0) * A + (l3 ^ K[c + 43]) * B;
      out[o2 + q] = ((h0 ^ K[c + 2]) >>> 0) * A + (l0 ^ K[c + 3]) * B;
      out[o2 + q + 1] = ((h1 ^ K[c + 16]) >>> 0) * A + (l1 ^ K[c + 17]) * B;
      out[o2 + q + 2] = ((h2 ^ K[c + 30]) >>> 0) * A + (l2 ^ K[c + 31]) * B;
      out[o2 + q + 3] = ((h3 ^ K[c + 44]) >>> 0) * A + (l3 ^ K[c + 45]) * B;
      out[o3 + q] = ((h0 ^ K[c + 4]) >>> 0) * A + (l0 ^ K[c + 5]) * B;
      out[o3 + q + 1] = ((h1 ^ K[c + 18]) >>> 0) * A + (l1 ^ K[c + 19]) * B;
      out[o3 + q + 2] = ((h2 ^ K[c + 32]) >>> 0) * A + (l2 ^ K[c + 33]) * B;
      out[o3 + q + 3] = ((h3 ^ K[c + 46]) >>> 0) * A + (l3 ^ K[c + 47]) * B;
      out[o4 + q] = ((h0 ^ K[c + 6]) >>> 0) * A + (l0 ^ K[c + 7]) * B;
      out[o4 + q + 1] = ((h1 ^ K[c + 20]) >>> 0) * A + (l1 ^ K[c + 21]) * B;
      out[o4 + q + 2] = ((h2 ^ K[c + 34]) >>> 0) * A + (l2 ^ K[c + 35]) * B;
      out[o4 + q + 3] = ((h3 ^ K[c + 48]) >>> 0) * A + (l3 ^ K[c + 49]) * B;
      out[o5 + q] = ((h0 ^ K[c + 8]) >>> 0) * A + (l0 ^ K[c + 9]) * B;
      out[o5 + q + 1] = ((h1 ^ K[c + 22]) >>> 0) * A + (l1 ^ K[c + 23]) * B;
      out[o5 + q + 2] = ((h2 ^ K[c + 36]) >>> 0) * A + (l2 ^ K[c + 37]) * B;
      out[o5 + q + 3] = ((h3 ^ K[c + 50]) >>> 0) * A + (l3 ^ K[c + 51]) * B;
      out[o6 + q] = ((h0 ^ K[c + 10]) >>> 0) * A + (l0 ^ K[c + 11]) * B;
      out[o6 + q + 1] = ((h1 ^ K[c + 24]) >>> 0) * A + (l1 ^ K[c + 25]) * B;
      out[o6 + q + 2] = ((h2 ^ K[c + 38]) >>> 0) * A + (l2 ^ K[c + 39]) * B;
      out[o6 + q + 3] = ((h3 ^ K[c + 52]) >>> 0) * A + (l3 ^ K[c + 53]) * B;
      out[o7 + q] = ((h0 ^ K[c + 12]) >>> 0) * A + (l0 ^ K[c + 13]) * B;
      out[o7 + q + 1] = ((h1 ^ K[c + 26]) >>> 0) * A + (l1 ^ K[c + 27]) * B;
      out[o7 + q + 2] = ((h2 ^ K[c + 40]) >>> 0) * A + (l2 ^ K[c + 41]) * B;
      out[o7 + q + 3] = ((h3 ^ K[c + 54]) >>> 0) * A + (l3 ^ K[c + 55]) * B;
    }
    for (; j < d2; j += 2, q++, c += 14) {
      const h = s[j] ^ Q[base + j];
      s[j] = h;
      const l = s[j + 1] ^ Q[base + j + 1];
      s[j + 1] = l;
      out[o + q] = (h >>> 0) * A + l * B;
      out[o1 + q] = ((h ^ K[c]) >>> 0) * A + (l ^ K[c + 1]) * B;
      out[o2 + q] = ((h ^ K[c + 2]) >>> 0) * A + (l ^ K[c + 3]) * B;
      out[o3 + q] = ((h ^ K[c + 4]) >>> 0) * A + (l ^ K[c + 5]) * B;
      out[o4 + q] = ((h ^ K[c + 6]) >>> 0) * A + (l ^ K[c + 7]) * B;
      out[o5 + q] = ((h ^ K[c + 8]) >>> 0) * A + (l ^ K[c + 9]) * B;
      out[o6 + q] = ((h ^ K[c + 10]) >>> 0) * A + (l ^ K[c + 11]) * B;
      out[o7 + q] = ((h ^ K[c + 12]) >>> 0) * A + (l ^ K[c + 13]) * B;
    }
  }
}
