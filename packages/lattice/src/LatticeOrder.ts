/**
 * The order of a {@link Lattice}'s points: `'natural'` (default) — radical-inverse order
 * `x_i = {φ₂(i)·g}`, whose first 2^m points are the 2^m-point lattice rule for every m; `'gray'` —
 * `x_i = {φ₂(gray(i))·g}` (the same dyadic blocks, consecutive points one vdC step apart); `'linear'` —
 * `x_i = {i·g/2^mMax}`.
 * @example
 * ```ts
 * const order: LatticeOrder = "gray";
 * ```
 */
export type LatticeOrder = "natural" | "gray" | "linear";

/**
 * Every valid {@link LatticeOrder} value (the `order` option of {@link Lattice}), in the order error
 * messages list them.
 * @example
 * ```ts
 * for (const order of LATTICE_ORDERS) new Lattice(2, { order, seed: 1 }).points(8);
 * ```
 */
export const LATTICE_ORDERS: readonly LatticeOrder[] = Object.freeze(["natural", "gray", "linear"] as LatticeOrder[]);
