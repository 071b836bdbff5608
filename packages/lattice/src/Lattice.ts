import {
  allocateArray,
  allocateCall,
  checkMemory,
  drawSeed,
  formatValue,
  generateInto,
  generatePoints,
  generateReplicationInto,
  type PointSet,
  RandomStream,
  resolveCall,
  type Sequence,
  type SequenceOptions,
  spawnSeeds,
  validateChoice,
  validateInteger,
  validateOptions,
  validateReplications,
  validateSeed,
} from "@qmckit/core";
import {
  DEFAULT_GENERATING_VECTOR_DIMENSION,
  DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION,
  DEFAULT_GENERATING_VECTOR_M_MAX,
  defaultGeneratingVector,
  defaultGeneratingVectorMMax,
} from "./defaultGeneratingVector.js";
import { fillReplication, incrementTable, pointInteger } from "./internal/latticeFill.js";
import { validateVector } from "./internal/validateVector.js";
import type { LatticeIntegers } from "./LatticeIntegers.js";
import { LATTICE_ORDERS, type LatticeOrder } from "./LatticeOrder.js";
import { LATTICE_RANDOMIZATIONS, type LatticeRandomize } from "./LatticeRandomize.js";

/**
 * Options of {@link Lattice} (all optional).
 * @example
 * ```ts
 * const options: LatticeOptions = { order: "gray", replications: 8, seed: 2024 };
 * ```
 */
export interface LatticeOptions extends SequenceOptions {
  /** `'shift'` (default): a uniform random shift modulo 1 per replication and coordinate; `'none'`. */
  randomize?: LatticeRandomize;
  /**
   * `'natural'` (default): radical-inverse order `x_i = {φ₂(i)·g}`, whose first 2^m points are the
   * 2^m-point lattice rule for every m; `'gray'`: `x_i = {φ₂(gray(i))·g}` (the same dyadic blocks,
   * consecutive points one vdC step apart); `'linear'`: `x_i = {i·g/2^mMax}`.
   */
  order?: LatticeOrder;
  /**
   * Generating vector g: integers in [0, 2^32) (only g mod 2^mMax matters), at least `dimension`
   * long. Default: qmckit's own extensible base-2 vector (see {@link defaultGeneratingVector}).
   */
  generatingVector?: ArrayLike<number>;
  /**
   * The vector is valid for up to 2^mMax points: an integer in [0, 32]; required with
   * `generatingVector`. Without it, at most (and by default) `defaultGeneratingVectorMMax(dimension)`:
   * {@link DEFAULT_GENERATING_VECTOR_M_MAX} (2^24 points) for dimension ≤
   * `DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION`, 20 beyond.
   */
  mMax?: number;
}

/**
 * The resolved options of a {@link Lattice}: every option with its default filled in, frozen.
 * @example
 * ```ts
 * new Lattice(2, { seed: 1 }).options.order; // "natural"
 * ```
 */
export interface ResolvedLatticeOptions {
  readonly randomize: LatticeRandomize;
  readonly order: LatticeOrder;
  /** The components in use: the first `dimension` of the given or default vector (a frozen copy). */
  readonly generatingVector: readonly number[];
  readonly mMax: number;
  readonly replications: number;
  readonly seed: number;
}

const OPTION_KEYS = ["randomize", "order", "generatingVector", "mMax", "replications", "seed"] as const;
const TWO_POW_52 = 2 ** 52;
const TWO_POW_20 = 2 ** 20;

/**
 * A rank-1 lattice sequence in base 2 (an extensible lattice), randomly shifted by default:
 * `x_i = {φ₂(i)·g + Δ}` in natural order.
 *
 * @remarks
 * Points are built exactly: the unrandomized coordinate is the integer `(φ₂(i)·2^mMax · g_j) mod 2^mMax`
 * over 2^mMax (32-bit `Math.imul`, exact for mMax ≤ 32), the shift Δ lies on the grid 2^−52 and is added
 * modulo 1 exactly, so no value reaches 1.0 and the same seed gives the same bits on every platform.
 * Natural order: for every m ≤ mMax the points of indices [0, 2^m) — and of every window
 * [k·2^m, (k+1)·2^m) — form a (shifted) 2^m-point lattice rule, the property fast lattice kernels and
 * `cubQmcLatticeG` rely on. `'linear'` order uses N = 2^mMax for every window (QMCPy rounds the
 * requested n_max up to a power of two instead, which makes the points depend on the window); only the
 * full 2^mMax points form a lattice rule then.
 *
 * Randomization: replication r, coordinate j has shift Δ_rj = ⌊U·2^52⌋/2^52 with U the
 * `nextFloat64()` draws of `RandomStream(seed)` in order r, j.
 *
 * References: Hickernell, Hong, L'Écuyer & Lemieux (2000), "Extensible lattice sequences for
 * quasi-Monte Carlo quadrature"; Cools, Kuo & Nuyens (2006) for the construction of the default vector.
 *
 * @example
 * ```ts
 * const lattice = new Lattice(4, { seed: 7 });
 * const ps = lattice.points(1024);          // PointSet, 1024 × 4, in [0, 1)
 * const next = lattice.points(1024, 2048);  // the next 1024 points: together a 2048-point lattice
 * const plain = new Lattice(2, { randomize: "none", generatingVector: [1, 5], mMax: 3 });
 * plain.points(4).toRows();                 // [[0, 0], [0.5, 0.5], [0.25, 0.25], [0.75, 0.75]]
 * ```
 */
export class Lattice implements Sequence {
  readonly dimension: number;
  readonly replications: number;
  readonly seed: number;
  readonly maxPoints: number;
  /** The randomization in use, one of {@link LATTICE_RANDOMIZATIONS}. */
  readonly randomize: LatticeRandomize;
  /** The order in use, one of {@link LATTICE_ORDERS}. */
  readonly order: LatticeOrder;
  /** log2 of the capacity: the vector is used for up to 2^mMax points. */
  readonly mMax: number;
  /**
   * The resolved options, frozen: `new Lattice(dimension, lattice.options)` builds the same lattice.
   * With the default vector, `generatingVector` lists its first `dimension` components.
   */
  readonly options: ResolvedLatticeOptions;
  readonly #g: Uint32Array;
  /** The shifts, split into high and low words; drawn on first use (see #shifts). */
  #shiftHigh: Uint32Array | undefined;
  #shiftLow: Uint32Array | undefined;
  readonly #inc: Float64Array;
  /** What spawn() passes on: the caller's options (own copy of a user vector) without the seed. */
  readonly #spawnOptions: LatticeOptions;

  /**
   * @param dimension - number of coordinates, an integer in [1, length of the generating vector].
   * @param options - see {@link LatticeOptions}.
   * @throws TypeError for a wrong kind or an unknown option; RangeError for a value out of range
   *   (dimension beyond the vector, mMax beyond the default vector's capacity in that dimension, a
   *   non-integer component, an
   *   unknown `order` or `randomize`, listing the valid ones).
   */
  constructor(dimension: number, options?: LatticeOptions) {
    const opts = validateOptions("options", options, OPTION_KEYS);
    const { randomize = "shift", order = "natural", generatingVector, replications, seed } = opts;
    this.randomize = validateChoice("randomize", randomize, LATTICE_RANDOMIZATIONS);
    this.order = validateChoice("order", order, LATTICE_ORDERS);
    let vector: ArrayLike<number>;
    if (generatingVector === undefined) {
      // The capacity depends on the dimension (a bad dimension is reported below).
      const validDimension = Number.isInteger(dimension) && dimension >= 1 && dimension <= DEFAULT_GENERATING_VECTOR_DIMENSION;
      const capacity = validDimension ? defaultGeneratingVectorMMax(dimension) : DEFAULT_GENERATING_VECTOR_M_MAX;
      this.mMax = validateInteger(
        "mMax",
        opts.mMax ?? capacity,
        0,
        capacity,
        `the default generating vector serves 2^${capacity} points in dimension ${formatValue(dimension)}, 2^${DEFAULT_GENERATING_VECTOR_M_MAX} up to dimension ${DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION}; pass your own generatingVector for more`,
      );
      vector = defaultGeneratingVector();
    } else {
      if (opts.mMax === undefined) {
        throw new TypeError("mMax must be given with generatingVector: an integer in [0, 32] (the vector serves 2^mMax points)");
      }
      this.mMax = validateInteger("mMax", opts.mMax, 0, 32);
      vector = validateVector("generatingVector", generatingVector, 2 ** 32 - 1);
    }
    this.dimension = validateInteger(
      "dimension",
      dimension,
      1,
      vector.length,
      generatingVector === undefined
        ? "the default generating vector's length; pass your own generatingVector for more"
        : "the generating vector's length",
    );
    this.replications = validateReplications(replications);
    this.seed = seed === undefined ? drawSeed() : validateSeed(seed);
    this.maxPoints = 2 ** this.mMax;
    this.#g = Uint32Array.from({ length: this.dimension }, (_, j) => vector[j]);
    // Keep our own copy of a user vector, so that spawn() is unaffected by later changes to theirs.
    this.#spawnOptions = generatingVector === undefined ? { ...opts } : { ...opts, generatingVector: Array.from(vector) };
    this.options = Object.freeze({
      randomize: this.randomize,
      order: this.order,
      generatingVector: Object.freeze(Array.from(this.#g)),
      mMax: this.mMax,
      replications: this.replications,
      seed: this.seed,
    });
    // The shifts (8 bytes per replication and coordinate) are drawn on first use, so that construction
    // costs no more than the vector; their size is checked against the budget here, before any work.
    checkMemory(
      `replications ${this.replications} × dimension ${this.dimension} (the shifts of each replication)`,
      8 * this.replications * this.dimension,
    );
    this.#inc = incrementTable(this.order, this.#g, this.mMax);
  }

  /** Bytes one such lattice holds once used: vector, increment table, options, shifts (estimate). */
  #bytes(): number {
    return 512 + this.dimension * (4 + 8 + 16) + 8 * this.#inc.length + 8 * this.replications * this.dimension;
  }

  /** The generating vector in use: its first `dimension` components (a copy). */
  get generatingVector(): Uint32Array {
    return this.#g.slice();
  }

  /** The shifts Δ in [0, 1), shape `[replications][dimension]` (zeros for `randomize: 'none'`); a copy. */
  get shifts(): Float64Array {
    const { high, low } = this.#shifts();
    const out = allocateArray(Float64Array, high.length, "shifts");
    for (let k = 0; k < out.length; k++) out[k] = (high[k] * TWO_POW_20 + low[k]) / TWO_POW_52;
    return out;
  }

  /** The first `n` points (indices 0 ≤ i < n). */
  points(n: number): PointSet;
  /** The points with indices start ≤ i < end, in this lattice's order. */
  points(start: number, end: number): PointSet;
  /**
   * @returns a PointSet of shape `[replications][end − start][dimension]`.
   * @throws TypeError / RangeError naming `n`, `start` or `end` for a bad window, or the window when it
   *   holds more than 2^31 − 1 coordinates (`MAX_COORDINATES_PER_CALL` of `@qmckit/core`).
   */
  points(startOrN: number, end?: number): PointSet {
    return generatePoints(this, startOrN, end, (out, a, b) => this.#fill(out, a, b));
  }

  /**
   * Writes the points start ≤ i < end into `out`, layout `[replication][i − start][j]`, and returns it.
   * @throws RangeError for a bad window or an `out` of the wrong length; TypeError if `out` is not a
   *   Float64Array.
   */
  fill(out: Float64Array, start: number, end: number): Float64Array {
    return generateInto(this, out, start, end, (o, a, b) => this.#fill(o, a, b));
  }

  /**
   * Writes replication `replication` only of the points start ≤ i < end into `out` (layout
   * `[i − start][j]`): that replication's part of {@link Lattice.fill}, at 1/replications of the cost.
   * @throws RangeError naming `replication` (an integer in [0, replications − 1]), the window or `out`.
   */
  fillReplication(out: Float64Array, replication: number, start: number, end: number): Float64Array {
    return generateReplicationInto(this, out, replication, start, end, (o, r, a, b) => this.#fillOne(o, 0, r, a, b));
  }

  /** The integer form of the first `n` unrandomized points; see {@link LatticeIntegers}. */
  integers(n: number): LatticeIntegers;
  /** The integer form of the unrandomized points start ≤ i < end, in this lattice's order. */
  integers(start: number, end: number): LatticeIntegers;
  /**
   * The exact integer form of the unrandomized points of a window: `values[(i − start)·d + j] = k` with
   * x_ij = k / 2^mMax before the shift, in this lattice's order. For lattice kernels, whose Gram
   * matrices depend on differences of these integers only.
   *
   * @returns a {@link LatticeIntegers}, layout `[end − start][dimension]` (no replication axis).
   * @throws TypeError / RangeError for a bad window, as {@link Lattice.points}.
   * @example
   * ```ts
   * const lattice = new Lattice(2, { generatingVector: [1, 5], mMax: 3, seed: 1 });
   * Array.from(lattice.integers(2, 4).values); // [2, 2, 6, 6]
   * ```
   */
  integers(startOrN: number, end?: number): LatticeIntegers {
    const call = resolveCall({ maxPoints: this.maxPoints, replications: 1, dimension: this.dimension }, startOrN, end);
    const values = allocateCall(Uint32Array, call);
    const d = this.dimension;
    const down = 32 - this.mMax;
    for (let i = call.start; i < call.end; i++) {
      for (let j = 0; j < d; j++) {
        const u = pointInteger(this.order, i, this.#g[j], this.mMax);
        // u is left-aligned on 32 bits; a shift by 32 is a shift by 0 in JavaScript, hence the guard.
        values[(i - call.start) * d + j] = down === 32 ? 0 : u >>> down;
      }
    }
    return { values, bits: this.mMax, n: call.n, dimension: d };
  }

  /** `k` copies with the same options and independent shifts (seeds from `spawnSeeds(seed, k)`). */
  spawn(k: number): Lattice[] {
    validateInteger("k", k, 0, 2 ** 20);
    // Each copy keeps its vector, increment table, options and (once used) shifts: check them all first.
    const d = this.dimension;
    checkMemory(`k ${k} copies of a lattice of dimension ${d} with ${this.replications} replications`, k * this.#bytes());
    return spawnSeeds(this.seed, k).map((seed) => new Lattice(this.dimension, { ...this.#spawnOptions, seed }));
  }

  /**
   * The shifts Δ_k = D_k / 2^52 with D_k = ⌊u_k · 2^52⌋, u_k the k-th float of RandomStream(seed), k =
   * r·d + j; drawn on the first call (all zero for `randomize: 'none'`), then kept.
   */
  #shifts(): { high: Uint32Array; low: Uint32Array } {
    if (this.#shiftHigh === undefined || this.#shiftLow === undefined) {
      const count = this.replications * this.dimension;
      const what = `the shifts of ${this.replications} replications × ${this.dimension} coordinates`;
      const high = allocateArray(Uint32Array, count, what);
      const low = allocateArray(Uint32Array, count, what);
      if (this.randomize === "shift") {
        const rng = new RandomStream(this.seed);
        for (let k = 0; k < count; k++) {
          const D = Math.floor(rng.nextFloat64() * TWO_POW_52);
          const h = Math.floor(D / TWO_POW_20);
          high[k] = h;
          low[k] = D - h * TWO_POW_20;
        }
      }
      this.#shiftHigh = high;
      this.#shiftLow = low;
    }
    return { high: this.#shiftHigh, low: this.#shiftLow };
  }

  #fill(out: Float64Array, a: number, b: number): void {
    for (let r = 0; r < this.replications; r++) this.#fillOne(out, r * (b - a) * this.dimension, r, a, b);
  }

  /** Replication r of the points a ≤ i < b into `out` from `offset`. */
  #fillOne(out: Float64Array, offset: number, r: number, a: number, b: number): void {
    const d = this.dimension;
    const { high, low } = this.#shifts();
    fillReplication(
      out,
      offset,
      this.order,
      this.#g,
      this.mMax,
      this.#inc,
      high.subarray(r * d, (r + 1) * d),
      low.subarray(r * d, (r + 1) * d),
      a,
      b,
    );
  }
}
