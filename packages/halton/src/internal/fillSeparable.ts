import type { DigitScramble } from "../DigitScramble.js";
import { digitColumn } from "./digitColumn.js";
import type { DigitPlan } from "./digitPlan.js";
import { ONE_BELOW } from "./digitPlan.js";
import type { Workspace } from "./Workspace.js";

/**
 * Writes the coordinate of base b ≥ 3 for the indices a ≤ i < e when the scramble acts digit by digit
 * (no matrix: `'perm'`, `'ds'`, `'qrng'`), with two table lookups per point.
 *
 * @param s - the coordinate's scramble (`matrix` null).
 * @param plan - the base's digit plan.
 * @param out - the output buffer; index i goes to `out[offset + (i − a)·stride]`.
 * @param offset - position of index a.
 * @param stride - distance between consecutive indices.
 * @param a - first index.
 * @param e - end index (exclusive), e ≤ 2^32.
 * @param ws - scratch buffers.
 * @remarks
 * Write i = q·B + r with B = b^L (L chosen from the window size). Then
 * 1. index digits: the low L digits are those of r, the others those of q;
 * 2. scramble: z_t = π_t(a_t) depends on one digit, so the exact integers U and V of
 *    {@link DigitPlan} split as `top[r] + block(q)`: a table over r (built level by level, O(B)) and one
 *    sum over the digits of q per block of B points;
 * 3. float: `U·b^−split + V·b^−K`, rounded down below 1.
 * @example
 * ```ts
 * fillSeparable(scramble, digitPlan(3), out, 0, 1, 0, 1024, new Workspace());
 * ```
 */
export function fillSeparable(
  s: DigitScramble,
  plan: DigitPlan,
  out: Float64Array,
  offset: number,
  stride: number,
  a: number,
  e: number,
  ws: Workspace,
): void {
  if (e <= a) return;
  const b = plan.base;
  const K = plan.digits;
  const m = plan.indexDigits;
  const split = plan.split;
  const place = plan.place;
  // Choose L to balance the table (B entries) against the per-block digit sums (K each).
  const n = e - a;
  let L = 0;
  let B = 1;
  let best = n * K;
  for (let l = 1, p = b; l <= m && p <= 65536; l++, p *= b) {
    const cost = p + (Math.floor((e - 1) / p) - Math.floor(a / p) + 1) * K;
    if (cost < best) {
      best = cost;
      L = l;
      B = p;
    }
  }
  const topU = ws.f64("topU", B);
  const topV = ws.f64("topV", B);
  const col = ws.f64("col", b);
  topU[0] = 0;
  topV[0] = 0;
  for (let t = 0, size = 1; t < L; t++, size *= b) {
    digitColumn(s, t, 0, place[t], col);
    const [hit, copy] = t < split ? [topU, topV] : [topV, topU];
    for (let v = b - 1; v >= 1; v--) {
      const base = v * size;
      const add = col[v];
      for (let r = 0; r < size; r++) {
        hit[base + r] = hit[r] + add;
        copy[base + r] = copy[r];
      }
    }
    const add0 = col[0];
    for (let r = 0; r < size; r++) hit[r] += add0;
  }
  const sU = plan.scaleU;
  const sV = plan.scaleV;
  const perm = s.permutations;
  let pos = offset;
  for (let q = Math.floor(a / B), i = a; i < e; q++) {
    // The digits t ≥ L of every index in this block are those of q (zero beyond the index digits).
    let blockU = 0;
    let blockV = 0;
    for (let t = L, rest = q; t < K; t++) {
      let digit = 0;
      if (t < m && rest > 0) {
        const next = Math.floor(rest / b);
        digit = rest - next * b;
        rest = next;
      }
      const z = perm !== null ? perm[t * b + digit] : (digit * s.multiplier + s.shifts[t]) % b;
      if (t < split) blockU += z * place[t];
      else blockV += z * place[t];
    }
    const r0 = i - q * B;
    const r1 = Math.min(B, e - q * B);
    for (let r = r0; r < r1; r++) {
      const x = (topU[r] + blockU) * sU + (topV[r] + blockV) * sV;
      out[pos] = x < 1 ? x : ONE_BELOW;
      pos += stride;
    }
    i += r1 - r0;
  }
}
