import { formatValue, validateInteger, validateOptions } from "@qmckit/core";
import type { GeneratingMatrices } from "./GeneratingMatrices.js";
import type { NetMatrices } from "./NetMatrices.js";

/** Options of {@link matricesFromColumns}. */
export interface MatricesFromColumnsOptions {
  /** Rows of each matrix: every column is an integer in [0, 2^precision). Required, 1–32. */
  precision: number;
  /** Name shown in messages; default `"user matrices"`. */
  name?: string;
}

/**
 * User-supplied generating matrices for {@link DigitalNet}, validated once.
 *
 * @param columns - `columns[j][k]` is column k of coordinate j as an integer in [0, 2^precision) whose
 *   **most significant bit is row 0**, the first binary digit of the points (QMCPy's `msb=True`
 *   convention, and the LDData `dnet` files). Every coordinate has the same number m ≤ 32 of columns,
 *   so the net holds 2^m points. Numbers or bigints.
 * @param options - `precision` (required) and an optional `name`.
 * @returns a {@link GeneratingMatrices} source with `maxDimension = columns.length`.
 * @throws TypeError for a non-array or a non-integer entry; RangeError for ragged or empty columns,
 *   more than 32 columns, a bad precision, or an entry outside [0, 2^precision).
 *
 * @example
 * ```ts
 * // The first two Sobol' coordinates with 3 columns, 3 bits: a net of 8 points.
 * const m = matricesFromColumns([[4, 2, 1], [4, 6, 5]], { precision: 3 });
 * new DigitalNet(2, { generatingMatrices: m, randomize: "none" }).points(4).toRows();
 * // [[0, 0], [0.5, 0.5], [0.25, 0.75], [0.75, 0.25]]
 * ```
 */
export function matricesFromColumns(
  columns: readonly ArrayLike<number | bigint>[],
  options: MatricesFromColumnsOptions,
): GeneratingMatrices {
  const { precision, name = "user matrices" } = validateOptions("options", options, ["precision", "name"]);
  validateInteger("precision", precision, 1, 32);
  const t = precision as number;
  if (!Array.isArray(columns))
    throw new TypeError(`columns must be an array of per-coordinate column arrays; got ${formatValue(columns)}`);
  if (columns.length === 0) throw new RangeError("columns must hold at least one coordinate; got 0");
  const first = columns[0];
  const m = first !== null && typeof first === "object" ? (first as ArrayLike<unknown>).length : -1;
  const d = columns.length;
  const hi = new Uint32Array(d * Math.max(m, 0));
  for (let j = 0; j < d; j++) {
    const col = columns[j];
    if (col === null || typeof col !== "object" || typeof (col as ArrayLike<unknown>).length !== "number") {
      throw new TypeError(`columns[${j}] must be an array of column integers; got ${formatValue(col)}`);
    }
    if (col.length !== m || m < 1 || m > 32) {
      throw new RangeError(
        `columns[${j}].length must equal columns[0].length, in [1, 32]; got ${col.length} (columns[0] has ${m})`,
      );
    }
    for (let k = 0; k < m; k++) {
      const v = col[k];
      const bad = `columns[${j}][${k}] must be an integer in [0, 2^${t}) (precision ${t}, most significant bit = first digit); got ${formatValue(v)}`;
      if (typeof v === "bigint") {
        if (v < 0n || v >= 1n << BigInt(t)) throw new RangeError(bad);
        hi[j * m + k] = Number(v) * 2 ** (32 - t);
      } else if (typeof v === "number") {
        if (!Number.isInteger(v) || v < 0 || v >= 2 ** t) throw new RangeError(bad);
        hi[j * m + k] = v * 2 ** (32 - t);
      } else {
        throw new TypeError(bad);
      }
    }
  }
  return {
    name: String(name),
    maxDimension: d,
    columns: m,
    precision: t,
    matrices: (dimension: number): NetMatrices => ({
      dimension: validateInteger("dimension", dimension, 1, d, `the columns given`),
      columns: m,
      rows: t,
      hi: hi.slice(0, dimension * m),
      lo: new Uint32Array(dimension * m),
    }),
  };
}
