import type { DigitScramble } from "../DigitScramble.js";
import type { DigitPlan } from "./digitPlan.js";
import { ONE_BELOW } from "./digitPlan.js";
import type { Workspace } from "./Workspace.js";

const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;

/**
 * Writes the coordinate of base b for the indices a ≤ i < e under Owen's nested scrambling (`'nus'`),
 * with no tree in memory: the random permutation at each node of the digit tree is derived by hashing.
 *
 * @param s - the coordinate's scramble (`nested` set).
 * @param plan - the base's digit plan.
 * @param out - the output buffer; index i goes to `out[offset + (i − a)·stride]`.
 * @param offset - position of index a.
 * @param stride - distance between consecutive indices.
 * @param a - first index.
 * @param e - end index (exclusive), e ≤ 2^32.
 * @param ws - scratch buffers.
 * @remarks
 * The node at depth t < m reached by the index digits a_0 … a_{t−1} (its prefix p = i mod b^t) maps
 * digit a_t to `z_t = (h_t·a_t + g(t, p)) mod b`, with h_t ∈ [1, b) drawn per depth and
 * `g(t, p) = ⌊b · H(t, p) / 2^32⌋`, H = mix32(mix32(p XOR k_t) + k'_t) keyed per depth (a bijection
 * of p for each t, so distinct nodes of one depth never share a hash). The digits t ≥ m of a point
 * (below the index digits, where every index digit is 0) are i.i.d. uniform in the nested scheme: they
 * are drawn together as a uniform integer in [0, b^{K−m}) from two more hashes of i.
 *
 * Owen's scheme draws each node's permutation uniformly from all b! permutations; here it is uniform on
 * the affine maps v ↦ h·v + g, a sharply 2-transitive group (equal to all permutations for b = 2, 3).
 * Each scrambled point is uniform and any two points have the same joint law as under Owen's scheme,
 * so means and variances of estimates (which depend only on pairs of points) are those of nested
 * uniform scrambling (Owen 1997; Owen 2003, "Variance with alternative scramblings of digital nets").
 *
 * Steps: 1. index digits by blocks i = q·B + r (B = b^L); 2. the top L digits of every r < B come
 * from a table built node by node (B hashes), the digits L ≤ t < m and the tail from hashes per point
 * (O(m − L) per coordinate); 3. exact integers U, V → `U·b^−split + V·b^−K`, rounded down below 1.
 * @example
 * ```ts
 * fillNested(scramble, digitPlan(2), out, 0, 1, 0, 1024, new Workspace());
 * ```
 */
export function fillNested(
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
  const nested = s.nested!;
  const b = plan.base;
  const K = plan.digits;
  const m = plan.indexDigits;
  const split = plan.split;
  const place = plan.place;
  const h = nested.multipliers;
  const keys = nested.keys;
  const n = e - a;
  let L = 0;
  let B = 1;
  let best = n * m * 3;
  for (let l = 1, p = b; l <= m && p <= 65536; l++, p *= b) {
    const cost = 2 * p + n * (m - l) * 3;
    if (cost < best) {
      best = cost;
      L = l;
      B = p;
    }
  }
  // Step 2 for r < B: walk the top L levels of the tree, one hash per node.
  const topU = ws.f64("topU", B);
  const topV = ws.f64("topV", B);
  topU[0] = 0;
  topV[0] = 0;
  for (let t = 0, size = 1; t < L; t++, size *= b) {
    const [hit, copy] = t < split ? [topU, topV] : [topV, topU];
    const ht = h[t];
    const kA = keys[2 * t];
    const kB = keys[2 * t + 1];
    const w = place[t];
    for (let p = 0; p < size; p++) {
      const gt = Math.floor((mix32((mix32((p ^ kA) >>> 0) + kB) >>> 0) * b) / TWO_POW_32);
      for (let v = b - 1; v >= 0; v--) {
        const z = (ht * v + gt) % b;
        hit[v * size + p] = hit[p] + z * w;
        copy[v * size + p] = copy[p];
      }
    }
  }
  const accU = ws.f64("accU", B);
  const accV = ws.f64("accV", B);
  const hq = ws.f64("hq", m);
  const prefixHigh = ws.f64("prefixHigh", m);
  const tailSize = b ** (K - m);
  const tk0 = nested.tailKeys[0];
  const tk1 = nested.tailKeys[1];
  const sU = plan.scaleU;
  const sV = plan.scaleV;
  let pos = offset;
  for (let q = Math.floor(a / B), i = a; i < e; q++) {
    // Step 1 for the block: digit a_t (t ≥ L) of every index in it, and the part of the prefix
    // i mod b^t above r: B · (q mod b^{t−L}).
    for (let t = L, rest = q, low = 0, pw = B; t < m; t++) {
      const next = Math.floor(rest / b);
      const digit = rest - next * b;
      hq[t] = (h[t] * digit) % b;
      prefixHigh[t] = low;
      low += digit * pw;
      pw *= b;
      rest = next;
    }
    const r0 = i - q * B;
    const r1 = Math.min(B, e - q * B);
    const len = r1 - r0;
    for (let k = 0; k < len; k++) {
      accU[k] = topU[r0 + k];
      accV[k] = topV[r0 + k];
    }
    for (let t = L; t < m; t++) {
      const acc = t < split ? accU : accV;
      const kA = keys[2 * t];
      const kB = keys[2 * t + 1];
      const ht = hq[t];
      const w = place[t];
      const base = prefixHigh[t] + r0;
      for (let k = 0; k < len; k++) {
        const gt = Math.floor((mix32((mix32((base + k) ^ kA) + kB) >>> 0) * b) / TWO_POW_32);
        const z = ht + gt;
        acc[k] += (z >= b ? z - b : z) * w;
      }
    }
    // The digits below the index digits: a uniform integer in [0, b^{K−m}), part of V (m ≥ split).
    for (let k = 0; k < len; k++) {
      const idx = i + k;
      const hi = mix32((mix32((idx ^ tk0) >>> 0) + tk1) >>> 0) >>> 11;
      const lo = mix32((mix32((idx ^ tk1) >>> 0) + tk0) >>> 0);
      const tail = Math.floor(((hi * TWO_POW_32 + lo) / TWO_POW_53) * tailSize);
      accV[k] += tail < tailSize ? tail : tailSize - 1;
    }
    for (let k = 0; k < len; k++) {
      const x = accU[k] * sU + accV[k] * sV;
      out[pos] = x < 1 ? x : ONE_BELOW;
      pos += stride;
    }
    i += len;
  }
}

/**
 * Wellons' lowbias32, the same function as `mix32` of @qmckit/core (a test checks it): a local copy,
 * because V8 did not inline the imported one into the per-point loops (4× slower).
 *
 * @example
 * ```ts
 * mix32(1); // equals mix32 from @qmckit/core
 * ```
 */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}
