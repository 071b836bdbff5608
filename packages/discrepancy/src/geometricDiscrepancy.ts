import { validateChoice, validateOptions } from "@qmckit/core";
import { readPoints } from "./internal/readPoints.js";
import type { PointsInput } from "./PointsInput.js";

/** Distances of {@link geometricDiscrepancy}: L2, L∞ and L1. */
export type GeometricMetric = "euclidean" | "chebyshev" | "cityblock";

/** Options of {@link geometricDiscrepancy}. */
export interface GeometricDiscrepancyOptions {
  /** `'mindist'` (default): the smallest distance between two points; `'mst'`: the mean edge length of the minimum spanning tree. */
  method?: "mindist" | "mst";
  /** Distance, default `'euclidean'` (as scipy). */
  metric?: GeometricMetric;
  /** Coordinates per point, required when `points` is a flat Float64Array. */
  dimension?: number;
}

const METHODS = ["mindist", "mst"] as const;
const METRICS = ["euclidean", "chebyshev", "cityblock"] as const;

/**
 * A geometric measure of how well n points fill [0, 1]^d — larger is better (unlike
 * {@link discrepancy}); scipy's `geometric_discrepancy`. Compare sets of the same size only.
 *
 * @param points - n ≥ 2 points in [0, 1]^d with at least two distinct points.
 * @param options - `method` (`'mindist'` default, `'mst'`), `metric` (`'euclidean'` default,
 *   `'chebyshev'`, `'cityblock'`), `dimension` for a flat array.
 * @returns the minimum distance between two distinct points, or the mean edge length of a minimum
 *   spanning tree of the complete graph on the points.
 * @throws RangeError naming `points` (fewer than two points, all points equal, coordinates outside
 *   [0, 1]); RangeError listing the valid methods / metrics.
 *
 * @remarks
 * O(n² d) time and O(n) memory beyond the points: `'mindist'` scans the pairs; `'mst'` runs Prim's
 * algorithm on the implicit complete graph (distances computed when needed, never stored). As scipy,
 * coincident points are not a distance of 0: `'mindist'` skips zero distances, and the tree has no
 * zero-length edge (scipy's sparse graph has no edge of weight 0), so each duplicate hangs from its
 * nearest *distinct* point. Franco et al. (2009) suggest reading the mean with the spread of the edge
 * lengths: a regular design has a large mean and a small spread.
 *
 * @example
 * ```ts
 * geometricDiscrepancy([[0, 0], [0.5, 0.5], [1, 0]]);                    // √0.5: the nearest pair
 * geometricDiscrepancy([[0, 0], [0.5, 0.5], [1, 0]], { method: "mst" }); // √0.5 (two edges of √0.5)
 * ```
 */
export function geometricDiscrepancy(points: PointsInput, options?: GeometricDiscrepancyOptions): number {
  const o = validateOptions("options", options, ["method", "metric", "dimension"]);
  const method = validateChoice("method", o.method ?? "mindist", METHODS);
  const metric = validateChoice("metric", o.metric ?? "euclidean", METRICS);
  const { data, n, dimension: d } = readPoints("points", points, o.dimension, 2);
  const kind = METRICS.indexOf(metric);
  // Euclidean distances are compared squared (sqrt is monotone and correctly rounded, so the minimum
  // and the tree are those of the distances themselves).
  const result = method === "mindist" ? minDistance(data, n, d, kind) : meanTreeEdge(data, n, d, kind);
  if (!Number.isFinite(result)) {
    throw new RangeError(`points must hold at least two distinct points; all ${n} points coincide`);
  }
  return method === "mindist" && kind === 0 ? Math.sqrt(result) : result;
}

/**
 * The distance between points i and j: squared L2 (kind 0), L∞ (1) or L1 (2). Small enough for V8 to
 * inline into the O(n²) loops, where the kind is loop-invariant.
 */
function distance(data: Float64Array, i: number, j: number, d: number, kind: number): number {
  const oi = i * d;
  const oj = j * d;
  let s = 0;
  if (kind === 0) {
    for (let k = 0; k < d; k++) {
      const t = data[oi + k] - data[oj + k];
      s += t * t;
    }
  } else if (kind === 1) {
    for (let k = 0; k < d; k++) s = Math.max(s, Math.abs(data[oi + k] - data[oj + k]));
  } else {
    for (let k = 0; k < d; k++) s += Math.abs(data[oi + k] - data[oj + k]);
  }
  return s;
}

/** The smallest nonzero distance, or Infinity when every pair coincides. */
function minDistance(data: Float64Array, n: number, d: number, kind: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = distance(data, i, j, d, kind);
      if (v > 0 && v < best) best = v;
    }
  }
  return best;
}

/**
 * Prim's algorithm with a dense key array over the vertices not yet in the tree (kept compact by
 * swap-removal, so step k scans n − k vertices): n(n − 1)/2 distance evaluations, O(n) memory. Returns
 * the mean of the n − 1 edge lengths, or Infinity when the points do not span (all coincide).
 */
function meanTreeEdge(data: Float64Array, n: number, d: number, kind: number): number {
  const rest = new Int32Array(n - 1);
  const key = new Float64Array(n - 1).fill(Number.POSITIVE_INFINITY);
  for (let v = 1; v < n; v++) rest[v - 1] = v;
  let size = n - 1;
  let current = 0;
  let total = 0;
  while (size > 0) {
    let best = -1;
    let bestKey = Number.POSITIVE_INFINITY;
    for (let r = 0; r < size; r++) {
      const w = distance(data, current, rest[r], d, kind);
      // A zero distance is no edge (scipy's sparse-graph semantics).
      if (w > 0 && w < key[r]) key[r] = w;
      if (key[r] < bestKey) {
        bestKey = key[r];
        best = r;
      }
    }
    if (best < 0) return Number.POSITIVE_INFINITY;
    total += kind === 0 ? Math.sqrt(bestKey) : bestKey;
    current = rest[best];
    size--;
    rest[best] = rest[size];
    key[best] = key[size];
  }
  return total / (n - 1);
}
