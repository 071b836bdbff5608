/**
 * How a {@link Lattice} is randomized: `'shift'` — a uniform random shift modulo 1 per replication and
 * coordinate (the default); `'none'` — the deterministic lattice.
 */
export type LatticeRandomize = "shift" | "none";

/**
 * Every valid {@link LatticeRandomize} value (the `randomize` option of {@link Lattice}), in the order
 * error messages list them.
 * @example
 * ```ts
 * LATTICE_RANDOMIZATIONS.includes("shift"); // true
 * ```
 */
export const LATTICE_RANDOMIZATIONS: readonly LatticeRandomize[] = Object.freeze(["shift", "none"] as LatticeRandomize[]);
