/**
 * Rank-1 lattice rules and sequences with random shifts, and fast component-by-component construction.
 *
 * @module @qmckit/lattice
 */
export * from "@qmckit/lattice";
