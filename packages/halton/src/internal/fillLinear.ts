import type { DigitScramble } from "../DigitScramble.js";
import { digitColumn } from "./digitColumn.js";
import type { DigitPlan } from "./digitPlan.js";
import { ONE_BELOW } from "./digitPlan.js";
import type { Workspace } from "./Workspace.js";

/** Largest lookup table per digit group (entries); larger groups mean fewer lookups per point. */
const MAX_GROUP_TABLE = 4096;
/** Largest low-index table, in digits (B · K), to keep scratch memory in the low megabytes. */
const MAX_LOW_DIGITS = 2 ** 21;

/**
 * Writes the coordinate of base b ≥ 3 for the indices a ≤ i < e under a linear matrix scramble
 * (`'lms-perm'`, `'lms-ds'`, `'lms'`): scrambled digits z_t = π_t((S·a)_t mod b) with S lower
 * triangular, K × m.
 *
 * @param s - the coordinate's scramble (`matrix` set).
 * @param plan - the base's digit plan.
 * @param out - the output buffer; index i goes to `out[offset + (i − a)·stride]`.
 * @param offset - position of index a.
 * @param stride - distance between consecutive indices.
 * @param a - first index.
 * @param e - end index (exclusive), e ≤ 2^32.
 * @param ws - scratch buffers.
 * @remarks
 * Write i = q·B + r, B = b^L. Because S is lower triangular, `y = S·a = Y(r) ⊕ Y(q·B)` (digit-wise
 * addition mod b) where Y(q·B) vanishes on the digits t < L. So
 * 1. index digits: the low table enumerates r < B by an odometer over its L digits (Y(r) built column by
 *    column, O(B·K)); the digits of q are found once per block of B points;
 * 2. scramble: the top L output digits depend on r only → one table over r; the other digits are cut
 *    into groups of g digits, the packed digits of Y(r) on a group index a table of b^g entries that
 *    folds in Y(q·B) and the maps π_t, rebuilt once per block;
 * 3. float: the groups hold exact integer parts of U and V (see {@link DigitPlan}), so the result does
 *    not depend on L or g (nor on the window): `U·b^−split + V·b^−K`, rounded down below 1.
 * L and g minimise a cost model of table builds plus lookups for the window.
 * @example
 * ```ts
 * fillLinear(scramble, digitPlan(5), out, 0, 1, 0, 65536, new Workspace());
 * ```
 */
export function fillLinear(
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
  const S = s.matrix as Uint16Array;
  const n = e - a;

  // Choose L (low index digits) and g (digits per group) by a cost model.
  let L = 0;
  let g = 1;
  let best = Number.POSITIVE_INFINITY;
  for (let l = 0, p = 1; l <= m && p * K <= MAX_LOW_DIGITS; l++, p *= b) {
    const blocks = Math.floor((e - 1) / p) - Math.floor(a / p) + 1;
    for (let h = 1; h === 1 || (h <= K - l && b ** h <= MAX_GROUP_TABLE); h++) {
      let groups = 0;
      let entries = 0;
      for (let t = l; t < K; ) {
        const end = Math.min(t + h, t < split ? split : K);
        groups++;
        entries += b ** (end - t);
        t = end;
      }
      const cost = 8 * p * K + 3.5 * blocks * entries + blocks * K * (m - l) + n * (2 * groups + 4);
      if (cost < best) {
        best = cost;
        L = l;
        g = h;
      }
    }
  }
  // Few points (e.g. one point in each of 1000 bases): the digit sums point by point beat any table.
  if (n * K * (m + 4) < best) {
    fillLinearDirect(s, plan, out, offset, stride, a, e, ws);
    return;
  }
  const B = b ** L;

  // Bottom digit groups [start, end), never straddling `split`.
  const gStart: number[] = [];
  const gLen: number[] = [];
  const gOff: number[] = [];
  let wSize = 0;
  for (let t = L; t < K; ) {
    const end = Math.min(t + g, t < split ? split : K);
    gStart.push(t);
    gLen.push(end - t);
    gOff.push(wSize);
    wSize += b ** (end - t);
    t = end;
  }
  const G = gStart.length;
  // Groups are in digit order, so those of U (t < split) come first.
  let GU = 0;
  while (GU < G && gStart[GU] < split) GU++;
  const offsets = Int32Array.from(gOff);

  // Step 1–2 for the low indices r < B: Y(r) = S·a(r) mod b, K digits per r, column by column.
  const Y = ws.u16("ylow", B * K);
  Y.fill(0, 0, K);
  const column = ws.u16("column", K);
  for (let k = 0, size = 1; k < L; k++, size *= b) {
    for (let t = k; t < K; t++) column[t] = S[t * m + k];
    for (let v = 1; v < b; v++) {
      const dst0 = v * size * K;
      // Rows r of the previous digit value, plus column k of S (zero above row k).
      Y.copyWithin(dst0, dst0 - size * K, dst0);
      for (let r = 0; r < size; r++) {
        const row = dst0 + r * K;
        for (let t = k; t < K; t++) {
          const y = Y[row + t] + column[t];
          Y[row + t] = y >= b ? y - b : y;
        }
      }
    }
  }
  // The top L output digits: their U and V parts as tables over r.
  const topU = ws.f64("topU", B);
  const topV = ws.f64("topV", B);
  const cols = ws.f64("cols", Math.max(1, L) * b);
  for (let t = 0; t < L; t++) digitColumn(s, t, 0, place[t], cols.subarray(t * b, (t + 1) * b));
  for (let r = 0; r < B; r++) {
    let u = 0;
    let w = 0;
    for (let t = 0; t < L; t++) {
      const z = cols[t * b + Y[r * K + t]];
      if (t < split) u += z;
      else w += z;
    }
    topU[r] = u;
    topV[r] = w;
  }
  // Packed digits of Y(r) on each bottom group, point-major: the indices into the group tables.
  const packed = ws.u16("packed", Math.max(1, G * B));
  for (let r = 0; r < B; r++) {
    for (let gi = 0; gi < G; gi++) {
      const t0 = gStart[gi];
      let key = 0;
      for (let u = gLen[gi] - 1; u >= 0; u--) key = key * b + Y[r * K + t0 + u];
      packed[r * G + gi] = key;
    }
  }
  const W = ws.f64("groupTables", Math.max(1, wSize));
  const col = ws.f64("col", b);
  const yq = ws.u16("yq", K);
  const qDigit = ws.u16("qdigit", m);
  const sU = plan.scaleU;
  const sV = plan.scaleV;
  let pos = offset;
  for (let q = Math.floor(a / B), i = a; i < e; q++) {
    // Step 1 for the block: digits L.. of q·B; step 2: Y(q·B) = S·a(q·B) on the digits t ≥ L.
    for (let k = L, rest = q; k < m; k++) {
      const next = Math.floor(rest / b);
      qDigit[k] = rest - next * b;
      rest = next;
    }
    for (let t = L; t < K; t++) {
      let y = 0;
      for (let k = L; k <= t && k < m; k++) y += S[t * m + k] * qDigit[k];
      yq[t] = y % b;
    }
    for (let gi = 0; gi < G; gi++) {
      const t0 = gStart[gi];
      const off = gOff[gi];
      W[off] = 0;
      for (let u = 0, size = 1; u < gLen[gi]; u++, size *= b) {
        digitColumn(s, t0 + u, yq[t0 + u], place[t0 + u], col);
        for (let c = b - 1; c >= 1; c--) {
          const add = col[c];
          const dst = off + c * size;
          for (let v = 0; v < size; v++) W[dst + v] = W[off + v] + add;
        }
        const add0 = col[0];
        for (let v = 0; v < size; v++) W[off + v] += add0;
      }
    }
    const r0 = i - q * B;
    const r1 = Math.min(B, e - q * B);
    const len = r1 - r0;
    for (let r = r0; r < r1; r++) {
      let u = topU[r];
      let v = topV[r];
      const key = r * G;
      for (let gi = 0; gi < GU; gi++) u += W[offsets[gi] + packed[key + gi]];
      for (let gi = GU; gi < G; gi++) v += W[offsets[gi] + packed[key + gi]];
      // Step 3.
      const x = u * sU + v * sV;
      out[pos] = x < 1 ? x : ONE_BELOW;
      pos += stride;
    }
    i += len;
  }
}

/**
 * {@link fillLinear} point by point, without tables: the index digits, y = S·a mod b, the digit maps,
 * then the same exact integers U and V (so the same doubles as the table path), O(K·m) per point.
 */
function fillLinearDirect(
  s: DigitScramble,
  plan: DigitPlan,
  out: Float64Array,
  offset: number,
  stride: number,
  a: number,
  e: number,
  ws: Workspace,
): void {
  const b = plan.base;
  const K = plan.digits;
  const m = plan.indexDigits;
  const split = plan.split;
  const place = plan.place;
  const S = s.matrix as Uint16Array;
  const perm = s.permutations;
  const f = s.multiplier;
  const shifts = s.shifts;
  const digits = ws.u16("qdigit", m);
  let pos = offset;
  for (let i = a; i < e; i++) {
    for (let k = 0, rest = i; k < m; k++) {
      const next = Math.floor(rest / b);
      digits[k] = rest - next * b;
      rest = next;
    }
    let u = 0;
    let v = 0;
    for (let t = 0; t < K; t++) {
      // Entries < b and digits < b, at most m ≤ 32 terms: the sum is an exact integer below 2^31.
      let y = 0;
      for (let k = 0; k <= t && k < m; k++) y += S[t * m + k] * digits[k];
      y %= b;
      const z = perm !== null ? perm[t * b + y] : (y * f + shifts[t]) % b;
      if (t < split) u += z * place[t];
      else v += z * place[t];
    }
    const x = u * plan.scaleU + v * plan.scaleV;
    out[pos] = x < 1 ? x : ONE_BELOW;
    pos += stride;
  }
}
