import { checkMemory, MEMORY_BUDGET_BYTES } from "./memoryBudget.js";
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

  /**
   * The points of replication `r` (default 0) as nested arrays `[n][dimension]`, for convenience.
   * Nested arrays live in the engine's collected heap, whose default limit (2–4 GiB in Node) is below
   * what typed arrays may take, so they are held to a quarter of {@link MEMORY_BUDGET_BYTES}
   * (about 64 + 8·dimension bytes a point): iterate with {@link PointSet.point} for more.
   * @throws RangeError when `r` is not a replication index, or the rows would exceed that budget.
   */
  toRows(r = 0): number[][] {
    validateInteger("r", r, 0, this.replications - 1);
    const { n, dimension: d, data } = this;
    checkMemory(
      `toRows of ${n} points × ${d} coordinates`,
      n * (64 + 8 * d),
      "iterate with point(i) instead",
      MEMORY_BUDGET_BYTES / 4,
    );
    const rows: number[][] = new Array(n);
    for (let i = 0, o = r * n * d; i < n; i++, o += d) {
      const row: number[] = new Array(d);
      for (let j = 0; j < d; j++) row[j] = data[o + j];
      rows[i] = row;
    }
    return rows;
  }
}
