/**
 * A complex vector held as two Float64Arrays of equal length (the "split" layout of QMCPy's C engine
 * qmctoolscl and of the lattice kernels): entry k is `re[k] + i·im[k]`.
 *
 * @example
 * ```ts
 * const z: ComplexArray = { re: new Float64Array([1, 0]), im: new Float64Array([0, 1]) }; // [1, i]
 * ```
 */
export interface ComplexArray {
  re: Float64Array;
  im: Float64Array;
}
