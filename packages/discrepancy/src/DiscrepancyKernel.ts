/**
 * What {@link kernelDiscrepancy} needs from a reproducing kernel K on [0, 1]^d. Structural: every object
 * with these members works — the shift-invariant (SI) and digitally-shift-invariant (DSI) kernels of
 * `@qmckit/kernels`, or a user's own.
 *
 * @remarks
 * Contract, for the value to be the worst-case error:
 * - K is symmetric and positive semi-definite;
 * - `integral()` returns ∫_{[0,1]^d} K(x, y) dy, which must not depend on x (true of every SI and DSI
 *   kernel: for K = S Π_j (1 + γ_j K̃(·)) with K̃ of mean zero it is S); it is then also ∫∫K;
 * - `evaluate(x, z, out?)` returns K(x_r, z_r) for r = 0 … m − 1, where `x` and `z` are flat
 *   row-major Float64Arrays with `dimension` columns and m rows — **or one of them holds a single row,
 *   broadcast against the m rows of the other**. It fills `out` (length m) when given and returns it;
 *   it must not keep references to the inputs (they are views into larger buffers);
 * - `invariance` (optional) declares that K(x, z) depends only on x − z mod 1 (`'shift'`) or only on
 *   the base-2 digit-wise difference x ⊕ z (`'digital-shift'`), so that on a point set that is a group
 *   (a coset) for that operation every row of the Gram matrix is a permutation of the first one.
 *
 * @example
 * ```ts
 * // The Korobov kernel of smoothness 1 with weight γ in every coordinate: K̃(δ) = 2π² B_2(δ).
 * const korobov = (d: number, gamma: number): DiscrepancyKernel => ({
 *   dimension: d,
 *   invariance: "shift",
 *   integral: () => 1,
 *   evaluate(x, z, out = new Float64Array(Math.max(x.length, z.length) / d)) {
 *     for (let r = 0; r < out.length; r++) {
 *       let p = 1;
 *       for (let k = 0; k < d; k++) {
 *         const xv = x.length === d ? x[k] : x[r * d + k];
 *         const zv = z.length === d ? z[k] : z[r * d + k];
 *         const t = xv - zv - Math.floor(xv - zv);
 *         p *= 1 + gamma * 2 * Math.PI ** 2 * (t * t - t + 1 / 6);
 *       }
 *       out[r] = p;
 *     }
 *     return out;
 *   },
 * });
 * ```
 */
export interface DiscrepancyKernel {
  /** Number of coordinates d. */
  readonly dimension: number;
  /** ∫ K(x, y) dy, the same for every x. */
  integral(): number;
  /** K(x_r, z_r) row by row, one side possibly a single broadcast row; see the remarks. */
  evaluate(x: Float64Array, z: Float64Array, out?: Float64Array): Float64Array;
  /** The invariance that makes the O(n d) form valid on lattices (`'shift'`) and nets (`'digital-shift'`). */
  readonly invariance?: "shift" | "digital-shift";
  /**
   * The `kind` of a @qmckit/kernels kernel (`'shift-invariant'` or `'digital-shift-invariant'`), read as
   * its invariance when `invariance` is absent, so those kernels are used as they are.
   */
  readonly kind?: string;
}
