import { validateChoice, validateOptions } from "@qmckit/core";
import { DISCREPANCY_METHODS, type DiscrepancyMethod } from "./DiscrepancyMethod.js";
import { combineRowSums } from "./internal/combineRowSums.js";
import { preparePairTerms } from "./internal/pairTerms.js";
import { readPoints } from "./internal/readPoints.js";
import { rowSums } from "./internal/rowSums.js";
import type { PointsInput } from "./PointsInput.js";

/** Options of {@link discrepancy}. */
export interface DiscrepancyOptions {
  /** Which discrepancy, see {@link DiscrepancyMethod}; default `'CD'` (as scipy). */
  method?: DiscrepancyMethod;
  /** Coordinates per point, required when `points` is a flat Float64Array; checked otherwise. */
  dimension?: number;
  /**
   * scipy's `iterative`: the value as if the set had one more point (n + 1 in the weights), the
   * `initial` that {@link updateDiscrepancy} expects. Default false.
   */
  iterative?: boolean;
}

/**
 * The L2 discrepancy of a point set in [0, 1]^d — how far its empirical distribution is from the
 * uniform one; smaller is more uniform. Numerically the definitions of `scipy.stats.qmc.discrepancy`.
 *
 * @param points - n ≥ 1 points in [0, 1]^d: a {@link PointsInput}.
 * @param options - `method` (default `'CD'`), `dimension` for a flat array, `iterative`.
 * @returns the **squared** discrepancy for `'CD'`, `'WD'`, `'MD'` and `'SD'` (as scipy: "the square
 *   root is not taken"), the discrepancy itself for `'L2-star'` (as scipy).
 * @throws TypeError for a wrong kind; RangeError naming `points` for n = 0, ragged rows or a
 *   coordinate outside [0, 1] (NaN included); RangeError listing the methods for an unknown method.
 *
 * @remarks
 * Each method is the worst-case integration error of the equal-weight rule in a reproducing kernel
 * Hilbert space with a product kernel K (Hickernell 1998):
 * D² = ∫∫K − (2/n) Σ_i ∫K(x_i, y)dy + (1/n²) Σ_{i,j} K(x_i, x_j). `'CD'` (centered) and `'SD'`
 * (symmetric) are invariant under reflections x_k ↦ 1 − x_k, `'WD'` (wrap-around) under shifts
 * modulo 1, `'MD'` (mixture, Zhou, Fang & Ning 2013) mixes CD and WD; `'L2-star'` (Warnock 1972)
 * anchors boxes at the origin. The sum is evaluated in a centered form (each pair term has the
 * constants subtracted), over the n(n − 1)/2 pairs once, four rows by two columns at a time, with O(n d)
 * memory; for `'CD'` the points are first grouped by the sides of ½ of their first coordinates, and
 * a coordinate in which two groups lie on opposite sides (where the CD factor is exactly 1) is skipped
 * for all their pairs. See `docs/guides/discrepancy.md`. For large n, `discrepancyParallel` from `@qmckit/discrepancy/parallel`
 * gives the bit-identical value on worker threads.
 *
 * @example
 * ```ts
 * // scipy's docstring example: a 6-point Latin hypercube scaled to [0, 1]².
 * const space = [[1, 3], [2, 6], [3, 2], [4, 5], [5, 1], [6, 4]].map((r) => r.map((v) => (v - 0.5) / 6));
 * discrepancy(space);                    // 0.008142039609053… (CD)
 * discrepancy(space, { method: "WD" });
 * ```
 */
export function discrepancy(points: PointsInput, options?: DiscrepancyOptions): number {
  const {
    method = "CD",
    dimension,
    iterative = false,
  } = validateOptions("options", options, ["method", "dimension", "iterative"]);
  validateChoice("method", method, DISCREPANCY_METHODS);
  if (typeof iterative !== "boolean") throw new TypeError(`iterative must be a boolean; got ${typeof iterative}`);
  const { data, n, dimension: d } = readPoints("points", points, dimension);
  const terms = preparePairTerms(method, data, n, d);
  const R = new Float64Array(n);
  let block = 0;
  rowSums(terms, () => block++, R);
  return combineRowSums(method, terms, R, iterative);
}
