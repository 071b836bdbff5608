import type { NetMatrices } from "./NetMatrices.js";

/**
 * A source of generating matrices for {@link DigitalNet}: the Joe–Kuo Sobol' tables ({@link joeKuo},
 * `joeKuoFull` from `@qmckit/digital-net/joe-kuo-full`) or user-supplied columns
 * ({@link matricesFromColumns}).
 *
 * @remarks
 * Matrices have `columns` ≤ 32 columns (capacity 2^columns points) and `precision` ≤ 32 rows; a
 * {@link DigitalNet} randomizes them to its own `bits` (up to 64).
 *
 * @example
 * ```ts
 * const m = joeKuo.matrices(3); // NetMatrices of the first 3 Sobol' coordinates
 * m.hi[1 * 32 + 1];             // 3221225472: column 1 of coordinate 2, MSB first (0b11 << 30)
 * ```
 */
export interface GeneratingMatrices {
  /** Name shown in messages, e.g. `"joe-kuo-6.21201"`. */
  readonly name: string;
  /** Number of coordinates available. */
  readonly maxDimension: number;
  /** Columns per matrix (1–32). */
  readonly columns: number;
  /** Rows per matrix (1–32): the bits of each column integer. */
  readonly precision: number;
  /** A sentence appended to the error for a dimension beyond `maxDimension`, e.g. how to load more. */
  readonly hint?: string;
  /** The matrices of coordinates 0 … dimension − 1 (MSB-aligned words, `rows = precision`). */
  matrices(dimension: number): NetMatrices;
}
