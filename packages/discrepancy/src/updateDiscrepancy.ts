import { formatValue } from "@qmckit/core";
import { readPoints } from "./internal/readPoints.js";
import type { PointsInput } from "./PointsInput.js";

/**
 * The centered discrepancy (`'CD'`) of `points` with `xNew` appended, in O(n d), from the value of
 * `points` alone — scipy's `update_discrepancy`.
 *
 * @param xNew - the new point, d coordinates in [0, 1].
 * @param points - the n ≥ 1 current points (a {@link PointsInput}; a flat Float64Array takes its
 *   dimension from `xNew`).
 * @param initial - `discrepancy(points, { iterative: true })`: the CD of `points` with weights for
 *   n + 1 points (scipy's `iterative=True`).
 * @returns the CD (squared, as {@link discrepancy}) of the n + 1 points.
 * @throws TypeError / RangeError naming `xNew`, `points` or `initial` (wrong kind, coordinates outside
 *   [0, 1], dimensions that differ, a non-finite initial value).
 *
 * @remarks
 * With m = n + 1, u = |x_new − ½| and the CD kernel K: the update adds
 * −(2/m) Π_k (1 + u_k/2 − u_k²/2) + (2/m²) Σ_i K(x_new, x_i) + (1/m²) K(x_new, x_new).
 * Cheap enough to score many candidate points for a greedy design.
 *
 * @example
 * ```ts
 * const pts = [[0.1, 0.7], [0.6, 0.2]];
 * const init = discrepancy(pts, { iterative: true });
 * updateDiscrepancy([0.4, 0.4], pts, init) === discrepancy([...pts, [0.4, 0.4]]); // up to rounding
 * ```
 */
export function updateDiscrepancy(xNew: ArrayLike<number>, points: PointsInput, initial: number): number {
  if (xNew === null || typeof xNew !== "object" || typeof xNew.length !== "number") {
    throw new TypeError(`xNew must be an array of coordinates; got ${formatValue(xNew)}`);
  }
  const d = xNew.length;
  const { data, n, dimension } = readPoints("points", points, points instanceof Float64Array ? d : undefined);
  if (dimension !== d) throw new RangeError(`xNew.length must equal the dimension ${dimension} of points; got ${d}`);
  for (let k = 0; k < d; k++) {
    const v = xNew[k];
    if (typeof v !== "number" || !(v >= 0 && v <= 1)) {
      throw new RangeError(`xNew must lie in [0, 1]^d; coordinate ${k} is ${formatValue(v)}`);
    }
  }
  if (typeof initial !== "number" || !Number.isFinite(initial)) {
    throw new TypeError(
      `initial must be a finite number (discrepancy(points, { iterative: true })); got ${formatValue(initial)}`,
    );
  }
  const m = n + 1;
  const u = new Float64Array(d);
  let self = 1;
  let diag = 1;
  for (let k = 0; k < d; k++) {
    u[k] = Math.abs(xNew[k] - 0.5);
    self *= 1 + 0.5 * u[k] - 0.5 * u[k] * u[k];
    diag *= 1 + u[k];
  }
  let cross = 0;
  for (let i = 0; i < n; i++) {
    let p = 1;
    for (let k = 0; k < d; k++) {
      const v = data[i * d + k];
      p *= 1 + 0.5 * u[k] + 0.5 * Math.abs(v - 0.5) - 0.5 * Math.abs(xNew[k] - v);
    }
    cross += p;
  }
  return initial - (2 / m) * self + (2 / (m * m)) * cross + diag / (m * m);
}
