import type { PointSet } from "@qmckit/core";

/**
 * A point set in [0, 1]^d as the discrepancy functions accept it: a {@link PointSet} with one
 * replication, a flat row-major `Float64Array` (with the `dimension` option), or nested `number[][]`
 * rows (`[n][d]`, e.g. from another library).
 *
 * @example
 * ```ts
 * const rows: PointsInput = [[0.1, 0.2], [0.6, 0.7]];
 * const flat: PointsInput = new Float64Array([0.1, 0.2, 0.6, 0.7]); // with { dimension: 2 }
 * ```
 */
export type PointsInput = PointSet | Float64Array | readonly (readonly number[])[];
