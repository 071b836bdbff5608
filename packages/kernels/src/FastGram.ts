import { formatValue, PointSet } from "@qmckit/core";
import type { DigitalNet, NetIntegers } from "@qmckit/digital-net";
import type { Lattice } from "@qmckit/lattice";
import type { DigitalShiftInvariantKernel } from "./DigitalShiftInvariant.js";
import type { DsiKernel } from "./internal/DsiKernel.js";
import { concatDesign, type Design, designWindow, minusOneColumn } from "./internal/design.js";
import { build, checkKernel, type State, sameShape, spectrum, unitKernel } from "./internal/fastGramState.js";
import { checkMatrixSize, floatRows, intRows, outArray } from "./internal/inputs.js";
import { checkNonNegative } from "./internal/params.js";
import type { SiKernel } from "./internal/SiKernel.js";
import { VALUE } from "./internal/siLoop.js";
import { applySpectrum, columnSpectrum, doubleSpectrum, powerSpectrum, type Transform } from "./internal/spectral.js";
import type { NetPointInput } from "./Kernel.js";
import type { ShiftInvariantKernel } from "./ShiftInvariant.js";

/**
 * Options of {@link FastGram}.
 * @example
 * ```ts
 * const options: FastGramOptions = {
 *   generator: new Lattice(2, { seed: 7 }),
 *   kernel: shiftInvariantKernel({ dimension: 2 }),
 *   n: 1024,
 *   nugget: 1e-8,
 * };
 * ```
 */
export interface FastGramOptions {
  /** A {@link Lattice} (with a shift-invariant kernel) or a {@link DigitalNet} (with a digitally-shift-invariant kernel), in natural order. */
  generator: Lattice | DigitalNet;
  /** The kernel, of the generator's dimension (and, for nets, of the net's `bits`). */
  kernel: ShiftInvariantKernel | DigitalShiftInvariantKernel;
  /** Number of points n = 2^m: the first n points of the generator; at most `generator.maxPoints`. */
  n: number;
  /** Noise variance ν ≥ 0 added to the diagonal (K + νI); default 0. */
  nugget?: number;
  /** Which replication of a replicated generator, an integer in [0, replications − 1]; default 0. */
  replication?: number;
}

const EPS = 2 ** -52;

/** A token that only this module can produce, so that internal construction stays private. */
const INTERNAL = Symbol("FastGram.internal");

/**
 * The Gram matrix K = [K(x_i, x_l)] + νI of a shift-invariant kernel on a lattice, or of a
 * digitally-shift-invariant kernel on a digital net, in O(n log n) time and O(n) memory: eigenvalues,
 * products, solves, log-determinant, trace, doubling, and the cross-covariances a GP posterior needs.
 *
 * @remarks
 * In natural (radical-inverse) order, (x_i − x_l) mod 1 of a lattice and x_i ⊕ x_l of a digitally
 * shifted net are again points of the unrandomized rule, so K is a bit-reversal-permuted circulant
 * (lattice) or a dyadic convolution (net): K = T⁻¹ diag(λ) T with T = fftbr or fwht and
 * λ = √n·T(first column) + ν. The column is computed in one-minus form, λ_k = S(n·[k = 0] + √n·T(M)_k)
 * with M = ∏(1 + γK̃) − 1, so that the small eigenvalues of nearly constant kernels keep their
 * relative accuracy. Negative eigenvalues (rounding only, for these positive definite kernels) are set
 * to 0 and counted in {@link FastGram.clipped}. A {@link FastGram} is immutable: {@link FastGram.extend},
 * {@link FastGram.withKernel} and {@link FastGram.withNugget} return new objects.
 *
 * @example
 * ```ts
 * const lattice = new Lattice(2, { seed: 7 });
 * const gram = new FastGram({ generator: lattice, kernel: shiftInvariantKernel({ dimension: 2 }), n: 256, nugget: 1e-6 });
 * const y = new Float64Array(256).fill(1);
 * const w = gram.solve(y);      // K⁻¹y
 * gram.multiply(w);             // ≈ y
 * gram.logDet();                // Σ log λ_k
 * const bigger = gram.extend(); // the first 512 points, by the O(n) doubling update
 * ```
 */
export class FastGram {
  /** Number of points n = 2^m. */
  readonly n: number;
  /** The nugget ν. */
  readonly nugget: number;
  /** The replication of the generator whose points are used. */
  readonly replication: number;
  /** The generator (a Lattice or a DigitalNet). */
  readonly generator: Lattice | DigitalNet;
  /** The kernel. */
  readonly kernel: ShiftInvariantKernel | DigitalShiftInvariantKernel;
  /** `'fftbr'` (lattice) or `'fwht'` (digital net). */
  readonly transform: Transform;
  /**
   * The eigenvalues λ_k ≥ 0 of K + νI, in the transform's (natural frequency) order. Owned by this
   * object: read it, do not write it.
   */
  readonly eigenvalues: Float64Array;
  /** How many eigenvalues of K were negative by rounding and set to 0 (before adding the nugget). */
  readonly clipped: number;
  readonly #s: State;
  /** Eigenvalues at or below n·ε·λ_max (singular to working precision) when the nugget is 0. */
  readonly #singular: number;
  /** n·ε·max λ: the rank tolerance (numpy's `matrix_rank` default). */
  readonly #tiny: number;

  /**
   * @param options - see {@link FastGramOptions}.
   * @throws TypeError for an unknown option, a generator that is neither a Lattice nor a DigitalNet,
   *   a kernel not made by this package, or a pairing that is not diagonalizable (lattice with
   *   shift-invariant, net with digitally-shift-invariant); RangeError for a dimension mismatch, an
   *   unordered generator (`'gray'` / `'linear'`), a `'nus'`-scrambled net, bits that differ from the
   *   net's, n not a power of two or above the generator's capacity, a negative nugget, or a bad replication.
   */
  constructor(options: FastGramOptions);
  /** @internal */
  constructor(options: FastGramOptions | typeof INTERNAL, state: State);
  constructor(options: FastGramOptions | typeof INTERNAL, state?: State) {
    const s = options === INTERNAL && state !== undefined ? state : build(options as FastGramOptions);
    this.#s = s;
    this.n = s.n;
    this.nugget = s.nugget;
    this.replication = s.replication;
    this.generator = s.generator;
    this.kernel = s.kernel;
    this.transform = s.transform;
    const S = s.kernel.scale;
    const lambda = new Float64Array(s.n);
    let clipped = 0;
    let max = 0;
    for (let k = 0; k < s.n; k++) {
      let l = S * (k === 0 ? s.rho[0] + s.n : s.rho[k]);
      if (!(l >= 0)) {
        l = 0;
        clipped++;
      }
      if (l > max) max = l;
      lambda[k] = l + s.nugget;
    }
    this.eigenvalues = lambda;
    this.clipped = clipped;
    let singular = 0;
    this.#tiny = s.n * EPS * max;
    if (s.nugget === 0) for (let k = 0; k < s.n; k++) if (lambda[k] <= this.#tiny) singular++;
    this.#singular = singular;
  }

  /** One FastGram per replication of the generator (options as for the constructor, without `replication`). */
  static perReplication(options: Omit<FastGramOptions, "replication">): FastGram[] {
    const base = new FastGram({ ...options, replication: 0 });
    const s = base.#s;
    const R = s.generator.replications;
    if (R === 1) return [base];
    // Generate the points of all replications once, then one spectrum per replication.
    const all = designWindow(s.generator, s.design.kind, -1, 0, s.n);
    const size = s.n * s.kernel.dimension;
    const out = [base];
    for (let r = 1; r < R; r++) {
      const design: Design =
        all.kind === "lattice"
          ? { kind: "lattice", x: all.x.slice(r * size, (r + 1) * size) }
          : { kind: "net", hi: all.hi.slice(r * size, (r + 1) * size), lo: all.lo.slice(r * size, (r + 1) * size) };
      out.push(new FastGram(INTERNAL, { ...s, replication: r, design, rho: spectrum(s.kernel, design, s.n, s.transform) }));
    }
    return out;
  }

  /**
   * K·y for one right-hand side (length n) or a flat batch (length b·n, row-major), into `out` or a new array.
   * @throws TypeError / RangeError for a wrong kind or a length that is not a positive multiple of n.
   */
  multiply(y: Float64Array, out?: Float64Array): Float64Array {
    const res = outArray(out, this.#batch("y", y));
    applySpectrum(this.transform, this.eigenvalues, y, res, false);
    return res;
  }

  /**
   * K⁻¹·y for one right-hand side or a flat batch, into `out` or a new array.
   * @throws RangeError naming `nugget` when K is singular to working precision (some λ_k ≤ n·ε·max λ) and
   *   the nugget is 0; TypeError / RangeError for a bad y.
   */
  solve(y: Float64Array, out?: Float64Array): Float64Array {
    const res = outArray(out, this.#batch("y", y));
    if (this.#singular > 0) {
      throw new RangeError(
        `solve: the Gram matrix is singular to working precision (${this.#singular} eigenvalue(s) ≤ n·ε·max λ = ${this.#tiny}) and nugget = 0; pass a nugget > 0 (e.g. 1e-10 · kernel.diagonal()) or fewer points`,
      );
    }
    applySpectrum(this.transform, this.eigenvalues, y, res, true);
    return res;
  }

  /** log det(K + νI) = Σ_k log λ_k; −Infinity when an eigenvalue is 0 (singular, no nugget). Never NaN. */
  logDet(): number {
    let s = 0;
    for (let k = 0; k < this.n; k++) s += Math.log(this.eigenvalues[k]);
    return s;
  }

  /** trace(K + νI) = n·(K(x, x) + ν), exact (not the sum of the rounded eigenvalues). */
  trace(): number {
    return this.n * (this.kernel.diagonal() + this.nugget);
  }

  /**
   * |T(y)_k|² for one vector or a flat batch (T = fftbr or fwht, orthonormal): with it,
   * yᵀK⁻¹y = Σ_k |T(y)_k|²/λ_k and ∂(yᵀK⁻¹y)/∂θ = −Σ_k |T(y)_k|²·∂λ_k/∂θ / λ_k².
   */
  powerSpectrum(y: Float64Array, out?: Float64Array): Float64Array {
    const res = outArray(out, this.#batch("y", y));
    powerSpectrum(this.transform, y, this.n, res);
    return res;
  }

  /**
   * √n·T(c) for one column or a flat batch: the eigenvalues of the structured matrix (circulant or
   * dyadic) whose first column is c, in the order of {@link FastGram.eigenvalues}. For derivatives of
   * λ in hyperparameters, pass the derivative of the kernel column.
   */
  eigenvaluesOfColumn(column: Float64Array, out?: Float64Array): Float64Array {
    const res = outArray(out, this.#batch("column", column));
    return columnSpectrum(this.transform, column, this.n, res);
  }

  /** The first column K(x_i, x_0), i < n (without the nugget). */
  column(): Float64Array {
    const S = this.kernel.scale;
    const c = new Float64Array(this.n);
    const unit = unitKernel(this.#s.kernel);
    minusOneColumn(unit, this.#s.design, this.#s.design, this.n, c);
    for (let i = 0; i < this.n; i++) c[i] = S * (1 + c[i]);
    return c;
  }

  /** The design points x_0 … x_{n−1} of this replication, as a new PointSet (net points converted to floats). */
  points(): PointSet {
    const d = this.kernel.dimension;
    const s = this.#s.design;
    if (s.kind === "lattice") return new PointSet(s.x.slice(), 1, this.n, d);
    const x = new Float64Array(this.n * d);
    for (let k = 0; k < x.length; k++) x[k] = s.hi[k] * 2 ** -32 + s.lo[k] * 2 ** -64;
    return new PointSet(x, 1, this.n, d);
  }

  /** The exact integer form of the design (digital nets), else undefined. */
  integers(): NetIntegers | undefined {
    const s = this.#s.design;
    if (s.kind !== "net") return undefined;
    return {
      hi: s.hi.slice(),
      lo: s.lo.slice(),
      bits: (this.kernel as DigitalShiftInvariantKernel).bits,
      replications: 1,
      n: this.n,
      dimension: this.kernel.dimension,
    };
  }

  /**
   * The FastGram of the first 2n points: the kernel column of the n new points, one transform of length
   * n and the O(n) doubling update of the transforms (`fftbrDoubling` / `fwhtDoubling`); the old half
   * is not transformed again.
   * @throws RangeError when 2n exceeds the generator's capacity.
   */
  extend(): FastGram {
    const s = this.#s;
    const n = s.n;
    if (2 * n > s.generator.maxPoints) {
      throw new RangeError(`extend: 2n = ${2 * n} points exceed the generator's capacity maxPoints = ${s.generator.maxPoints}`);
    }
    const fresh = designWindow(s.generator, s.design.kind, s.replication, n, 2 * n);
    const half = new Float64Array(n);
    minusOneColumn(unitKernel(s.kernel), s.design, fresh, n, half);
    const rho = doubleSpectrum(s.transform, s.rho, half);
    return new FastGram(INTERNAL, { ...s, n: 2 * n, design: concatDesign(s.design, fresh), rho });
  }

  /**
   * The FastGram of another kernel of the same kind on the same points: O(n·d + n log n), no point
   * generation; O(n) when only the scale differs.
   * @throws TypeError / RangeError as the constructor for an incompatible kernel.
   */
  withKernel(kernel: ShiftInvariantKernel | DigitalShiftInvariantKernel): FastGram {
    const s = this.#s;
    const k = checkKernel(s.generator, kernel);
    if (sameShape(k, s.kernel)) return new FastGram(INTERNAL, { ...s, kernel: k });
    return new FastGram(INTERNAL, { ...s, kernel: k, rho: spectrum(k, s.design, s.n, s.transform) });
  }

  /** The FastGram with another nugget ν ≥ 0 (O(n)). */
  withNugget(nugget: number): FastGram {
    return new FastGram(INTERNAL, { ...this.#s, nugget: checkNonNegative("nugget", nugget) });
  }

  /**
   * K(x_r, x_i) for new points x (rows r) against the n design points, row-major `rows(x) × n`, into
   * `out` or a new array (at most {@link MAX_MATRIX_ENTRIES} entries when allocated).
   */
  crossCovariance(x: NetPointInput, out?: Float64Array): Float64Array {
    const { rows, run } = this.#cross(x);
    if (out === undefined) checkMatrixSize(rows, this.n, "crossCovariance");
    const res = outArray(out, rows * this.n);
    for (let r = 0; r < rows; r++) run(r, res, r * this.n);
    return res;
  }

  /**
   * K(x, X)·w for new points x and one weight vector w (length n) or a flat batch of them (b·n),
   * without forming the cross-covariance matrix: row-major `rows(x) × b` (e.g. a GP posterior mean with
   * w = K⁻¹y). O(rows · n · d) time, O(n) memory.
   */
  crossMultiply(x: NetPointInput, w: Float64Array, out?: Float64Array): Float64Array {
    const b = this.#batch("w", w) / this.n;
    const { rows, run } = this.#cross(x);
    const res = outArray(out, rows * b);
    const row = new Float64Array(this.n);
    for (let r = 0; r < rows; r++) {
      run(r, row, 0);
      for (let c = 0; c < b; c++) {
        let acc = 0;
        const o = c * this.n;
        for (let i = 0; i < this.n; i++) acc += row[i] * w[o + i];
        res[r * b + c] = acc;
      }
    }
    return res;
  }

  #cross(x: NetPointInput): { rows: number; run: (r: number, out: Float64Array, off: number) => void } {
    const d = this.kernel.dimension;
    const s = this.#s.design;
    if (s.kind === "lattice") {
      const k = this.#s.kernel as SiKernel;
      const f = floatRows("x", x, d);
      return { rows: f.rows, run: (r, out, off) => k.run(f.data, r * d, 0, s.x, 0, d, this.n, out, off, VALUE) };
    }
    const k = this.#s.kernel as DsiKernel;
    const f = intRows("x", x, d, k.bits);
    return { rows: f.rows, run: (r, out, off) => k.run(f.hi, f.lo, r * d, 0, s.hi, s.lo, 0, d, this.n, out, off, VALUE) };
  }

  /** Checks a flat batch of vectors of length n; returns its length. */
  #batch(name: string, y: unknown): number {
    if (!(y instanceof Float64Array))
      throw new TypeError(
        `${name} must be a Float64Array of length n = ${this.n} or a flat batch of length b·n; got ${formatValue(y)}`,
      );
    if (y.length === 0 || y.length % this.n !== 0) {
      throw new RangeError(
        `${name}.length must be a positive multiple of n = ${this.n} (one vector or a flat batch); got ${y.length}`,
      );
    }
    return y.length;
  }
}
