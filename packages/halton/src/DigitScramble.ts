/**
 * The randomization of one coordinate (one base b) of one replication of a {@link Halton} generator,
 * in explicit integer form. With a_k the base-b digits of the index i (least significant first,
 * k < `indexDigits`) the scrambled digits are
 *
 * 1. `y = S · a mod b` with S = `matrix` (K × m, row-major, lower triangular with a nonzero diagonal;
 *    the identity when `matrix` is null), then
 * 2. `z_t = π_t(y_t)` with π_t = row t of `permutations` (K × b) when present, otherwise
 *    `z_t = (multiplier · y_t + shifts[t]) mod b`,
 *
 * and the coordinate is `x = Σ_{t<K} z_t · b^{−t−1}`, K = `digits`. Nested scrambling (`'nus'`) is not
 * a fixed digit map and is described by `nested` instead (then `matrix` and `permutations` are null).
 *
 * @example
 * ```ts
 * const s = new Halton(3, { randomize: "ds", seed: 1 }).digitScramble(1);
 * s.base;    // 3
 * s.digits;  // 34
 * s.shifts;  // Uint16Array(34) of random digits in [0, 3)
 * ```
 */
export interface DigitScramble {
  /** The prime base b of this coordinate. */
  readonly base: number;
  /** K = ⌈53 / log2 b⌉: digits of the scrambled coordinate. */
  readonly digits: number;
  /** m: base-b digits of the indices 0 ≤ i < 2^32. */
  readonly indexDigits: number;
  /** The K × m linear scrambling matrix S (row t, column k at `t·m + k`), or null for the identity. */
  readonly matrix: Uint16Array | null;
  /** K × b digit permutations (π_t(v) at `t·b + v`), or null when the digit map is affine. */
  readonly permutations: Uint16Array | null;
  /** Affine digit map multiplier (1 except for `'qrng'`), used when `permutations` is null. */
  readonly multiplier: number;
  /** Affine digit map shifts (K digits; zeros when unshifted), used when `permutations` is null. */
  readonly shifts: Uint16Array;
  /**
   * Nested scrambling keys, for `'nus'` only: per index digit t < m, the multiplier h_t ∈ [1, b) and
   * two 32-bit hash keys; and two 32-bit keys for the random tail beyond digit m.
   */
  readonly nested: NestedScrambleKeys | null;
}

/** The random keys of a nested (Owen) scramble of one coordinate; see {@link DigitScramble}. */
export interface NestedScrambleKeys {
  /** Per depth t < m: the multiplier h_t of the node permutations a ↦ h_t·a + g (mod b). */
  readonly multipliers: Uint16Array;
  /** Per depth t < m: two 32-bit keys (at 2t and 2t + 1) hashed with the digit prefix to give g. */
  readonly keys: Uint32Array;
  /** Two 32-bit keys hashed with the index for the uniform tail below digit m. */
  readonly tailKeys: Uint32Array;
}
