/**
 * The L2-type discrepancies of {@link discrepancy}:
 * - `'CD'` centered (Hickernell 1998), the default, as scipy;
 * - `'WD'` wrap-around (Hickernell 1998), as scipy;
 * - `'MD'` mixture (Zhou, Fang & Ning 2013), as scipy;
 * - `'L2-star'` the L2-star discrepancy (Warnock 1972), as scipy (the square root is taken);
 * - `'SD'` symmetric (Hickernell 1998), which scipy does not offer.
 *
 * @example
 * ```ts
 * const method: DiscrepancyMethod = "WD";
 * ```
 */
export type DiscrepancyMethod = "CD" | "WD" | "MD" | "L2-star" | "SD";

/** Every {@link DiscrepancyMethod}, in the order error messages list them. */
export const DISCREPANCY_METHODS: readonly DiscrepancyMethod[] = ["CD", "WD", "MD", "L2-star", "SD"];
