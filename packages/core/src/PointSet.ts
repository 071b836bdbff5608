import { checkMemory } from "./memoryBudget.js";
import { formatValue } from "./validate/formatValue.js";
import { validateInteger } from "./validate/validateInteger.js";

/**
 * Points of a low-discrepancy generator in one flat, row-major buffer of shape
 * `[replications][n][dimension]`: coordinate j of point i of replication r is
 * `data[(r * n + i) * dimension + j]`.
 *
 * @example
 * ```ts
 * const ps = new PointSet(new Float64Array([0, 0, 0.5, 0.5]), 1, 2, 2);
 * ps.get(1, 0);     // 0.5
 * ps.toRows();      // [[0, 0], [0.5, 0.5]]
 * ```
 */
export class PointSet {
  /**
   * @throws RangeError when `data.length` is not `replications · n · dimension`.
   */
  constructor(
    readonly data: Float64Array,
    readonly replications: number,
    readonly n: number,
    readonly dimension: number,
  ) {
    if (!(data instanceof Float64Array)) throw new TypeError(`data must be a Float64Array; got ${formatValue(data)}`);
    validateInteger("replications", replications, 1, 2 ** 31);
    validateInteger("n", n, 0, 2 ** 53);
    validateInteger("dimension", dimension, 1, 2 ** 31);
    if (data.length !== replications * n * dimension) {
      throw new RangeError(
        `data.length must be replications · n · dimension = ${replications * n * dimension}; got ${data.length}`,
      );
    }
  }

  /** Coordinate `j` of point `i` in replication `r`. Unchecked beyond the typed-array bounds. */
  get(i: number, j: number, r = 0): number {
    return this.data[(r * this.n + i) * this.dimension + j];
  }

  /** Point `i` of replication `r` as a view (no copy) of length `dimension`. */
  point(i: number, r = 0): Float64Array {
    const start = (r * this.n + i) * this.dimension;
    return this.data.subarray(start, start + this.dimension);
  }

  /** Replication `r` as a PointSet sharing this buffer (no copy). */
  replication(r: number): PointSet {
    validateInteger("r", r, 0, this.replications - 1);
    const size = this.n * this.dimension;
    return new PointSet(this.data.subarray(r * size, (r + 1) * size), 1, this.n, this.dimension);
  }

  /** The points of replication `r` (default 0) as nested arrays `[n][dimension]`, for convenience. */
  toRows(r = 0): number[][] {
    validateInteger("r", r, 0, this.replications - 1);
    // A JS array of numbers costs about 8 bytes an entry plus a few dozen bytes of header per row.
    checkMemory(
      `toRows of ${this.n} points × ${this.dimension} coordinates`,
      this.n * (8 * this.dimension + 32),
      "iterate with point(i) instead",
    );
    const rows: number[][] = [];
    for (let i = 0; i < this.n; i++) rows.push(Array.from(this.point(i, r)));
    return rows;
  }
}
