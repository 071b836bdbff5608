import type { DiscrepancyMethod } from "../DiscrepancyMethod.js";

/**
 * A point set prepared for the O(n² d) pair sums of one L2 discrepancy, in the centered form
 *
 *   D² = (1/n²) Σ_{i,j} K̄(x_i, x_j),  K̄(x, y) = K(x, y) − g(x) − g(y) + c,
 *
 * where K(x, y) = Π_k f(x_k, y_k) is the method's reproducing kernel, g(x) = ∫ K(x, y) dy and
 * c = ∫∫ K. This is algebraically scipy's `c − (2/n) Σ g(x_i) + (1/n²) Σ K(x_i, x_j)`, but the large
 * constants cancel inside each term instead of once at the end, so a small discrepancy keeps its
 * relative accuracy (scipy's form loses up to ~1e-8 relative at n = 1000 in low dimension).
 *
 * Every one-dimensional factor has the form f(x, y) = α(x) + α(y) − t·(β − γ·t) with t = |X(x) − X(y)|,
 * X a power-of-two multiple of x (exact):
 *
 * | method  | f(x, y) (scipy / Hickernell)                         | α            | X    | β   | γ   |
 * | ------- | ---------------------------------------------------- | ------------ | ---- | --- | --- |
 * | CD      | 1 + ½|x−½| + ½|y−½| − ½|x−y|                         | ½ + ½|x−½|   | x/2  | 1   | 0   |
 * | WD      | 3/2 − |x−y| + (x−y)²                                 | ¾            | x    | 1   | 1   |
 * | MD      | 15/8 − ¼|x−½| − ¼|y−½| − ¾|x−y| + ½(x−y)²            | 15/16 − ¼|x−½| | x  | ¾   | ½   |
 * | L2-star | 1 − max(x, y)                                        | ½ − ½x       | x/2  | 1   | 0   |
 * | SD      | 2 − 2|x−y| (Hickernell's 2^d spread over the factors) | 1            | 2x   | 1   | 0   |
 *
 * so one tiled kernel with a linear (γ = 0) and a quadratic variant serves all five.
 *
 * CD grouping. With u = |x − ½|, the CD factor is 1 + ½u_x + ½u_y − ½|x − y|, which is exactly 1 when x
 * and y lie on opposite sides of ½ (then |x − y| = u_x + u_y) and 1 + min(u_x, u_y) =
 * α_x + α_y − |u_x/2 − u_y/2| when they lie on the same side. So for CD the points are sorted (stably)
 * into 2^m groups by the sides of their first m coordinates, m = min(d, ⌊log2(n / 64)⌋, 20) (none for
 * n < 128), and the grouped coordinates are stored as X = u/2 (rounded like α, not an exact multiple of
 * x): between groups a and b only the grouped coordinates on the
 * same side (bits of a ^ b clear) and the ungrouped ones enter the product, on average m/2 + (d − m)
 * factors instead of d. The sum over pairs does not depend on the order of the points, and the
 * grouping is a function of the data alone, so every code path (threads included) sees the same one.
 */
export interface PairTerms {
  readonly n: number;
  readonly d: number;
  /** X(x_ik) and α(x_ik) interleaved, row-major: XA[2(i d + k)] = X, XA[2(i d + k) + 1] = α. */
  readonly XA: Float64Array;
  readonly quadratic: boolean;
  readonly beta: number;
  readonly gamma: number;
  /** g(x_i) per point. */
  readonly g: Float64Array;
  /** c = ∫∫ K. */
  readonly c: number;
  /**
   * Group bounds: the points are stored (permuted) group by group, group a holding rows
   * [groupStart[a], groupStart[a + 1]); one group (the input order) unless the CD grouping (above)
   * applies.
   */
  readonly groupStart: Int32Array;
  /**
   * For the groups a, b: the coordinates whose factor is not identically 1, listed at
   * dims[(a ^ b) · d …] (dimCount[a ^ b] of them); all d in input order for one group.
   */
  readonly dims: Int32Array;
  readonly dimCount: Int32Array;
  /**
   * First row of each block (BLOCK rows, fewer at the end of a group) and its group; a block is the
   * unit of work (of a worker thread).
   */
  readonly blockRow: Int32Array;
  readonly blockGroup: Int32Array;
  /** The most points in one group. */
  readonly maxGroup: number;
}

/** Rows per tile of the pair kernel (4 rows × 2 columns: eight running products). */
export const TILE = 4;

/** Rows per block, a multiple of TILE. */
export const BLOCK = 64;

/** Target points per group of the CD grouping: fewer groups below this, so a group fills tiles. */
const GROUP_SIZE = 64;

/** Builds the {@link PairTerms} of row-major `data` (n × d) for `method`. O(n d). */
export function preparePairTerms(method: DiscrepancyMethod, data: Float64Array, n: number, d: number): PairTerms {
  const XA = new Float64Array(2 * n * d);
  const g = new Float64Array(n);
  const cFactor = { CD: 13 / 12, WD: 4 / 3, MD: 19 / 12, "L2-star": 1 / 3, SD: 4 / 3 }[method];
  const m = method === "CD" && n >= 2 * GROUP_SIZE ? Math.min(d, Math.floor(Math.log2(n / GROUP_SIZE)), 20) : 0;
  const { order, groupStart } = groupBySide(data, n, d, m);
  for (let i = 0; i < n; i++) {
    let gi = 1;
    const src = order === undefined ? i : order[i];
    for (let k = 0; k < d; k++) {
      const v = data[src * d + k];
      const u = Math.abs(v - 0.5);
      const o = 2 * (i * d + k);
      const a = o + 1;
      switch (method) {
        case "CD":
          XA[o] = k < m ? 0.5 * u : 0.5 * v;
          XA[a] = 0.5 + 0.5 * u;
          gi *= 1 + 0.5 * u - 0.5 * u * u;
          break;
        case "WD":
          XA[o] = v;
          XA[a] = 0.75;
          gi *= 4 / 3;
          break;
        case "MD":
          XA[o] = v;
          XA[a] = 15 / 16 - 0.25 * u;
          gi *= 5 / 3 - 0.25 * u - 0.25 * u * u;
          break;
        case "L2-star":
          XA[o] = 0.5 * v;
          XA[a] = 0.5 - 0.5 * v;
          gi *= 0.5 * (1 - v * v);
          break;
        case "SD":
          XA[o] = 2 * v;
          XA[a] = 1;
          gi *= 1 + 2 * v - 2 * v * v;
          break;
      }
    }
    g[i] = gi;
  }
  const quadratic = method === "WD" || method === "MD";
  // Coordinate lists per group XOR: grouped coordinates on the same side, then the ungrouped ones.
  const masks = 1 << m;
  const dims = new Int32Array(masks * d);
  const dimCount = new Int32Array(masks);
  for (let x = 0; x < masks; x++) {
    let c = 0;
    for (let k = 0; k < d; k++) if (k >= m || ((x >> k) & 1) === 0) dims[x * d + c++] = k;
    dimCount[x] = c;
  }
  const blockRows: number[] = [];
  const blockGroups: number[] = [];
  let maxGroup = 0;
  for (let a = 0; a < masks; a++) {
    maxGroup = Math.max(maxGroup, groupStart[a + 1] - groupStart[a]);
    for (let i = groupStart[a]; i < groupStart[a + 1]; i += BLOCK) {
      blockRows.push(i);
      blockGroups.push(a);
    }
  }
  return {
    n,
    d,
    XA,
    quadratic,
    beta: method === "MD" ? 0.75 : 1,
    gamma: method === "MD" ? 0.5 : method === "WD" ? 1 : 0,
    g,
    c: cFactor ** d,
    groupStart,
    dims,
    dimCount,
    blockRow: Int32Array.from(blockRows),
    blockGroup: Int32Array.from(blockGroups),
    maxGroup,
  };
}

/**
 * Stable counting sort of the points by their side pattern in the first m coordinates (bit k set when
 * x_k > ½); no permutation for m = 0.
 */
function groupBySide(
  data: Float64Array,
  n: number,
  d: number,
  m: number,
): { order: Int32Array | undefined; groupStart: Int32Array } {
  const groups = 1 << m;
  const groupStart = new Int32Array(groups + 1);
  if (m === 0) {
    groupStart[1] = n;
    return { order: undefined, groupStart };
  }
  const key = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let b = 0;
    for (let k = 0; k < m; k++) if (data[i * d + k] > 0.5) b |= 1 << k;
    key[i] = b;
    groupStart[b + 1]++;
  }
  for (let a = 0; a < groups; a++) groupStart[a + 1] += groupStart[a];
  const next = groupStart.slice(0, groups);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[key[i]]++] = i;
  return { order, groupStart };
}

/** K̄(x_i, x_i): the factor at t = 0 is 2α. */
export function diagonalTerm(t: PairTerms, i: number): number {
  const { d, XA } = t;
  let p = 1;
  for (let k = 0; k < d; k++) p *= 2 * XA[2 * (i * d + k) + 1];
  return p - 2 * t.g[i] + t.c;
}
