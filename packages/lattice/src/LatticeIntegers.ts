/**
 * The exact integer form of a lattice's unrandomized points (for lattice kernels, whose Gram matrices
 * depend only on differences of these integers modulo 2^bits): coordinate j of point i of the window is
 * `values[i · dimension + j] / 2^bits` before the shift, with `bits` = the lattice's `mMax`.
 *
 * @remarks
 * One array for every replication: the randomization of a lattice is a shift modulo 1 on the grid
 * 2^−52 (see `Lattice.shifts`), not an integer operation, so the integer form is that of the unshifted
 * points, layout `[n][dimension]`. Compare `NetIntegers` of `@qmckit/digital-net`, whose randomizations
 * are integer operations and which therefore has a replication axis.
 *
 * @example
 * ```ts
 * const ints = new Lattice(2, { generatingVector: [1, 5], mMax: 3, randomize: "none" }).integers(4);
 * Array.from(ints.values); // [0, 0, 4, 4, 2, 2, 6, 6]: points k / 2^3 = (0, 0), (½, ½), (¼, ¼), (¾, ¾)
 * ```
 */
export interface LatticeIntegers {
  /** Numerators over 2^bits, integers in [0, 2^bits), layout `[n][dimension]`. */
  readonly values: Uint32Array;
  /** The lattice's mMax: each value is a numerator over 2^bits. */
  readonly bits: number;
  /** Points in the window. */
  readonly n: number;
  readonly dimension: number;
}
