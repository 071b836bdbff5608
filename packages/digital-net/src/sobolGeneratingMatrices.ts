import { validateInteger } from "@qmckit/core";
import { checkDirectionNumbers, type DirectionNumbers } from "./directionNumbers.js";
import type { GeneratingMatrices } from "./GeneratingMatrices.js";
import { sobolMatrices } from "./internal/sobolMatrices.js";
import type { NetMatrices } from "./NetMatrices.js";

/**
 * Wraps a packed direction-number table as a {@link GeneratingMatrices} source (32 columns, 32 rows).
 *
 * @param table - a packed table, e.g. the data module behind {@link joeKuo}.
 * @param hint - appended to the error for a dimension beyond the table.
 * @returns a source whose `matrices(d)` builds the first d Sobol' matrices on demand.
 * @throws TypeError when `table` is not a packed table; `matrices(d)` throws a RangeError naming
 *   `dimension` outside [1, table.maxDimension] (with `hint`).
 *
 * @example
 * ```ts
 * import { JOE_KUO_1024 } from "./data/joeKuo1024.js";
 * const source = sobolGeneratingMatrices(JOE_KUO_1024);
 * source.matrices(2).hi[0]; // 2147483648: column 0 of coordinate 1 is the top bit
 * ```
 */
export function sobolGeneratingMatrices(table: DirectionNumbers, hint?: string): GeneratingMatrices {
  checkDirectionNumbers(table);
  return {
    name: table.name,
    maxDimension: table.maxDimension,
    columns: 32,
    precision: 32,
    hint,
    matrices: (dimension: number): NetMatrices =>
      sobolMatrices(
        table,
        validateInteger("dimension", dimension, 1, table.maxDimension, hint ?? `the dimensions of ${table.name}`),
      ),
  };
}
