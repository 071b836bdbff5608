import {
  checkMemory,
  drawSeed,
  generateInto,
  generatePoints,
  generateReplicationInto,
  type PointSet,
  RandomStream,
  type Sequence,
  type SequenceOptions,
  spawnSeeds,
  validateChoice,
  validateInteger,
  validateOptions,
  validateReplications,
  validateSeed,
} from "@qmckit/core";
import type { DigitScramble } from "./DigitScramble.js";
import { FAURE_LEMIEUX_MULTIPLIERS } from "./faureLemieuxMultipliers.js";
import { firstPrimes } from "./firstPrimes.js";
import { HALTON_RANDOMIZATIONS, type HaltonRandomize } from "./HaltonRandomize.js";
import type { DigitPlan } from "./internal/digitPlan.js";
import { drawDigitScramble, replicationBytes } from "./internal/drawDigitScramble.js";
import { fillBase2 } from "./internal/fillBase2.js";
import { fillLinear } from "./internal/fillLinear.js";
import { fillNested } from "./internal/fillNested.js";
import { fillRadicalInverse } from "./internal/fillRadicalInverse.js";
import { fillSeparable } from "./internal/fillSeparable.js";
import { sharedPlans } from "./internal/sharedPlans.js";
import { Workspace } from "./internal/Workspace.js";

/** Largest dimension of {@link Halton}: bases are the first 1000 primes, 2 … 7919 (as in QMCPy). */
export const HALTON_MAX_DIMENSION = 1000;

/** Options of {@link Halton}. */
export interface HaltonOptions extends SequenceOptions {
  /** The randomization; default `'lms-perm'`. See {@link HaltonRandomize}. */
  randomize?: HaltonRandomize;
}

const OPTION_KEYS = ["randomize", "replications", "seed"] as const;
const CAPACITY = 2 ** 32;
const TWO_POW_32 = 4294967296;

/**
 * The Halton sequence: coordinate j of point i is the radical inverse of i in base b_j, the (j+1)-th
 * prime, randomized digit by digit (linear matrix scrambling, digit permutations, digital shifts,
 * nested scrambling or the generalized Halton multipliers; see {@link HaltonRandomize}).
 *
 * @remarks
 * Points are built in three steps: the base-b digits of the index (an odometer over each window),
 * the digit scramble (a fixed K × m matrix S and digit maps per coordinate and replication, or hashed
 * nested permutations), and the conversion of the K = ⌈53 / log2 b⌉ scrambled digits to a double
 * (a digit plan per base). K is capped by float64 precision instead of QMCPy's fixed 63 digits.
 * Capacity `maxPoints` = 2^32 for every base. Values lie in [0, 1): a few coordinates whose exact value
 * 1 − b^−K would round to 1.0 are rounded down to 1 − 2^−53 instead.
 *
 * Randomness: replication r of coordinate j draws its scramble from its own stream, seeded by the
 * j-th 53-bit draw of the stream `spawnSeeds(seed, replications)[r]`. So a coordinate's scramble does
 * not depend on the dimension or on the number of replications: `new Halton(5, o)` restricted to its
 * first 3 coordinates equals `new Halton(3, o)`, and replication 0 is the same for every count.
 * Scrambles are drawn when a coordinate is first used and kept; `'lms-perm'` and `'perm'` keep K × b
 * digit permutations per coordinate (about 37 MB for d = 1000, 2-byte entries).
 *
 * `'qrng'` follows the R package qrng (`ghalton(method = "generalized")`): the Faure–Lemieux digit
 * maps a ↦ f_j·a mod b_j, then a digital shift of K random digits (qrng: 32 digits). QMCPy accepts
 * only replications = 1 for it because its C routine takes one shift; the construction itself has
 * nothing special, so here each replication draws its own independent shift, which makes the
 * replications i.i.d. randomizations (unbiased, with a valid spread for error estimates). It is
 * limited to d ≤ 360, the length of the published multiplier table.
 *
 * References: J. H. Halton (1960); J. Matoušek, "On the L2-discrepancy for anchored boxes" (1998)
 * for linear matrix scrambling; A. B. Owen (1995, 1997) for nested scrambling; H. Faure and
 * C. Lemieux (2009) for the generalized Halton multipliers.
 *
 * @example
 * ```ts
 * const h = new Halton(8, { seed: 42 });        // 'lms-perm'
 * const ps = h.points(1024);                    // PointSet: 1024 × 8, values in [0, 1)
 * const next = h.points(1024, 2048);            // extends the same sequence
 * const plain = new Halton(2, { randomize: "none" }).points(4).toRows();
 * // [[0, 0], [0.5, 1/3], [0.25, 2/3], [0.75, 1/9]]
 * ```
 */
export class Halton implements Sequence {
  /** Number of coordinates. */
  readonly dimension: number;
  /** Independent randomizations per call. */
  readonly replications: number;
  /** The seed: given, or drawn from a cryptographic source. */
  readonly seed: number;
  /** The randomization, one of {@link HALTON_RANDOMIZATIONS}. */
  readonly randomize: HaltonRandomize;
  /** Capacity: indices 0 ≤ i < 2^32. */
  readonly maxPoints = CAPACITY;
  /**
   * The options as resolved, frozen: `{ randomize, replications, seed }`; `new Halton(dimension,
   * h.options)` is the same sequence.
   */
  readonly options: Readonly<Required<HaltonOptions>>;
  /** The prime base of each coordinate. */
  readonly bases: readonly number[];
  readonly #plans: readonly DigitPlan[];
  /** The streams' seeds of the replications, `spawnSeeds(seed, replications)`. */
  readonly #replicationSeeds: number[];
  /** Per replication, the 53-bit seed of each coordinate's stream: drawn when the replication is first used. */
  readonly #dimensionSeeds: (Float64Array | undefined)[];
  readonly #scrambles: (DigitScramble | undefined)[];

  /**
   * @param dimension - number of coordinates, an integer in [1, 1000] ([1, 360] for `'qrng'`).
   * @param options - `randomize` (default `'lms-perm'`), `replications` (default 1, ≤ 2^16), `seed`
   *   (integer in [0, 2^53 − 1]; default drawn from `crypto.getRandomValues`).
   * @throws TypeError for a wrong kind of argument or an unknown option key; RangeError naming the
   *   parameter for a bad value (an unknown `randomize` lists the valid ones).
   */
  constructor(dimension: number, options?: HaltonOptions) {
    const o = validateOptions("options", options, OPTION_KEYS);
    this.randomize = validateChoice("randomize", o.randomize ?? "lms-perm", HALTON_RANDOMIZATIONS);
    const max = this.randomize === "qrng" ? FAURE_LEMIEUX_MULTIPLIERS.length : HALTON_MAX_DIMENSION;
    const hint =
      this.randomize === "qrng"
        ? "randomize 'qrng' uses the Faure–Lemieux multipliers, published for the first 360 primes"
        : "the bases are the first 1000 primes";
    this.dimension = validateInteger("dimension", dimension, 1, max, hint);
    this.replications = validateReplications(o.replications);
    this.seed = o.seed === undefined ? drawSeed() : validateSeed(o.seed);
    this.options = Object.freeze({ randomize: this.randomize, replications: this.replications, seed: this.seed });
    this.bases = Object.freeze(Array.from(firstPrimes(this.dimension)));
    this.#plans = sharedPlans(this.dimension);
    const d = this.dimension;
    // Scrambles are drawn when a coordinate is first used; what they will hold is checked now, before any work.
    checkMemory(
      `replications ${this.replications} × dimension ${d} (the '${this.randomize}' digit scrambles of each replication)`,
      this.replications * replicationBytes(this.bases, this.randomize),
    );
    this.#replicationSeeds = this.randomize === "none" ? [] : spawnSeeds(this.seed, this.replications);
    this.#dimensionSeeds = new Array(this.replications);
    this.#scrambles = new Array(this.randomize === "none" ? d : this.replications * d);
  }

  /** The first `n` points (indices 0 ≤ i < n). */
  points(n: number): PointSet;
  /** The points with indices start ≤ i < end. */
  points(start: number, end: number): PointSet;
  /**
   * @returns a PointSet of shape `[replications][end − start][dimension]`.
   * @throws TypeError / RangeError naming `n`, `start` or `end` for a bad window (capacity 2^32), or the
   *   window when it holds more than 2^31 − 1 coordinates (`MAX_COORDINATES_PER_CALL` of `@qmckit/core`).
   */
  points(startOrN: number, end?: number): PointSet {
    return generatePoints(this, startOrN, end, (out, a, e) => this.#fill(out, a, e));
  }

  /**
   * Writes the points with indices start ≤ i < end into `out`, laid out `[replication][i − start][j]`,
   * and returns `out`.
   *
   * @throws TypeError when `out` is not a Float64Array; RangeError for a wrong length or window.
   */
  fill(out: Float64Array, start: number, end: number): Float64Array {
    return generateInto(this, out, start, end, (o, a, e) => this.#fill(o, a, e));
  }

  /**
   * Writes replication `replication` only of the points start ≤ i < end into `out` (layout
   * `[i − start][j]`): that replication's part of {@link Halton.fill}, at 1/replications of the cost.
   * @throws RangeError naming `replication` (an integer in [0, replications − 1]), the window or `out`.
   */
  fillReplication(out: Float64Array, replication: number, start: number, end: number): Float64Array {
    return generateReplicationInto(this, out, replication, start, end, (o, r, a, b) => this.#fillOne(o, 0, r, a, b));
  }

  /**
   * `k` independently randomized copies (same dimension, randomization and replications), with seeds
   * `spawnSeeds(seed, k)`: a pure function of `seed`.
   *
   * @throws RangeError when k is not an integer in [0, 2^20].
   */
  spawn(k: number): Halton[] {
    validateInteger("k", k, 0, 2 ** 20);
    // Each copy draws its own scrambles once used: check what they hold together before building any.
    checkMemory(
      `k ${k} copies of a ${this.dimension}-dimensional Halton sequence with ${this.replications} replications`,
      k * this.replications * replicationBytes(this.bases, this.randomize),
    );
    return spawnSeeds(this.seed, k).map(
      (seed) => new Halton(this.dimension, { randomize: this.randomize, replications: this.replications, seed }),
    );
  }

  /**
   * The randomization of coordinate `j` in replication `replication`, in explicit integer form (a
   * copy): the matrix S, the digit permutations or shifts, or the nested-scramble keys.
   *
   * @throws RangeError naming `j` or `replication` out of range.
   */
  digitScramble(j: number, replication = 0): DigitScramble {
    validateInteger("j", j, 0, this.dimension - 1);
    validateInteger("replication", replication, 0, this.replications - 1);
    const s = this.#scramble(replication, j);
    const n = s.nested;
    return {
      ...s,
      matrix: s.matrix?.slice() ?? null,
      permutations: s.permutations?.slice() ?? null,
      shifts: s.shifts.slice(),
      nested: n && { multipliers: n.multipliers.slice(), keys: n.keys.slice(), tailKeys: n.tailKeys.slice() },
    };
  }

  /** The coordinates' seeds of replication r: the first d 53-bit draws of its stream (drawn once). */
  #seedsOf(r: number): Float64Array {
    let seeds = this.#dimensionSeeds[r];
    if (seeds === undefined) {
      const d = this.dimension;
      seeds = new Float64Array(d);
      const stream = new RandomStream(this.#replicationSeeds[r]);
      for (let j = 0; j < d; j++) {
        const hi = stream.nextUint32() & 0x1fffff;
        seeds[j] = hi * TWO_POW_32 + stream.nextUint32();
      }
      this.#dimensionSeeds[r] = seeds;
    }
    return seeds;
  }

  #scramble(r: number, j: number): DigitScramble {
    // 'none' is the same for every replication: one scramble per coordinate, shared.
    const idx = this.randomize === "none" ? j : r * this.dimension + j;
    let s = this.#scrambles[idx];
    if (s === undefined) {
      const base = this.bases[j];
      if (this.randomize === "none") s = drawDigitScramble("none", base, j, new RandomStream(0));
      else s = drawDigitScramble(this.randomize, base, j, new RandomStream(this.#seedsOf(r)[j]));
      this.#scrambles[idx] = s;
    }
    return s;
  }

  #fill(out: Float64Array, a: number, e: number): void {
    const ws = new Workspace();
    for (let r = 0; r < this.replications; r++) this.#fillOne(out, r * (e - a) * this.dimension, r, a, e, ws);
  }

  /** Replication r of the points a ≤ i < e into `out` from `offset`. */
  #fillOne(out: Float64Array, offset: number, r: number, a: number, e: number, ws = new Workspace()): void {
    const d = this.dimension;
    if (e === a) return;
    for (let j = 0; j < d; j++) {
      const at = offset + j;
      const plan = this.#plans[j];
      const s = this.#scramble(r, j);
      if (this.randomize === "nus") fillNested(s, plan, out, at, d, a, e, ws);
      else if (plan.base === 2) fillBase2(s, out, at, d, a, e);
      else if (this.randomize === "none") fillRadicalInverse(plan, out, at, d, a, e);
      else if (s.matrix !== null) fillLinear(s, plan, out, at, d, a, e, ws);
      else fillSeparable(s, plan, out, at, d, a, e, ws);
    }
  }
}
