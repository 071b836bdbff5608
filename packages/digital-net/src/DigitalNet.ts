import {
  allocateArray,
  allocateCall,
  checkMemory,
  drawSeed,
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
import { digitalShift } from "./digitalShift.js";
import type { GeneratingMatrices } from "./GeneratingMatrices.js";
import { integersToFloat } from "./integersToFloat.js";
import { interlacePoints } from "./interlacePoints.js";
import { buildReplication, matrixBytes, type Replication, replicationBytes } from "./internal/buildReplication.js";
import { nestedFloatWalk } from "./internal/nestedFloatWalk.js";
import { netFloatWalk } from "./internal/netFloatWalk.js";
import { validateGeneratingMatrices } from "./internal/validateGeneratingMatrices.js";
import { joeKuo } from "./joeKuo.js";
import type { NetIntegers } from "./NetIntegers.js";
import type { NetMatrices } from "./NetMatrices.js";
import { NET_ORDERS, type NetOrder } from "./NetOrder.js";
import { NET_RANDOMIZATIONS, type NetRandomize } from "./NetRandomize.js";

import { nestedUniformScramble } from "./nestedUniformScramble.js";
import { netWalk } from "./netWalk.js";

/** Options of {@link DigitalNet}. */
export interface DigitalNetOptions extends SequenceOptions {
  /** Randomization; default `'lms-ds'`. */
  randomize?: NetRandomize;
  /** Point order; default `'natural'`. */
  order?: NetOrder;
  /** Interlacing factor for higher-order nets, an integer in [1, 64]; default 1. */
  alpha?: number;
  /** Bits of the randomized integer points, 1–64; default 53 (full double precision). */
  bits?: number;
  /** Generating matrices; default {@link joeKuo} (Sobol', 1,024 dimensions). */
  generatingMatrices?: GeneratingMatrices;
}

/**
 * The resolved options of a {@link DigitalNet}: every option with its default filled in, frozen.
 * `new DigitalNet(dimension, net.options)` builds the same net.
 * @example
 * ```ts
 * new DigitalNet(2, { seed: 1 }).options.bits; // 53
 * ```
 */
export interface ResolvedDigitalNetOptions {
  readonly randomize: NetRandomize;
  readonly order: NetOrder;
  readonly alpha: number;
  readonly bits: number;
  readonly generatingMatrices: GeneratingMatrices;
  readonly replications: number;
  readonly seed: number;
}

const OPTION_KEYS = ["randomize", "order", "alpha", "bits", "generatingMatrices", "replications", "seed"];
/** Points per block of the `'nus'` pipeline: bounded scratch memory, buffers stay in cache. */
const CHUNK = 2048;

/**
 * A base-2 digital net — Sobol' by default — with linear matrix scrambling, digital shift, nested
 * uniform scrambling and higher order, implementing the {@link Sequence} contract.
 *
 * @remarks
 * Points are built in three visible steps: integer construction (a Gray-code XOR walk over the generating
 * matrices, {@link netWalk}), randomization ({@link linearMatrixScramble} of the matrices and
 * {@link digitalShift}, or {@link nestedUniformScramble} of the points; {@link interlaceMatrices} /
 * {@link interlacePoints} for `alpha > 1`) and float conversion ({@link integersToFloat}, which keeps 53
 * bits and never returns 1.0). For LMS / DS / none the first two steps are folded into precomputed
 * tables and the fused loop {@link netFloatWalk}. Replication r is randomized by the stream of seed
 * `spawnSeeds(seed, R)[r]`, so the first replications do not depend on R.
 *
 * Every window [start, end) works in both orders (QMCPy allows natural order only on dyadic windows),
 * and `points(0, a)` ++ `points(a, b)` equals `points(0, b)`. Capacity: 2^m points for m-column
 * matrices (2^32 for Joe–Kuo). For any randomization, the first 2^k points (and every aligned block of
 * 2^k) keep the net's stratification: with Sobol', each 1-D projection has one point per interval of
 * length 2^−k and the first two coordinates form a (0, k, 2)-net.
 *
 * @example
 * ```ts
 * const net = new DigitalNet(3, { seed: 7 });          // LMS + digital shift, natural order
 * const ps = net.points(1024);                          // PointSet, data[i * 3 + j]
 * const next = net.points(1024, 2048);                  // the next 1024 points
 * const gray = new DigitalNet(2, { randomize: "none", order: "gray" }).points(4).toRows();
 * // [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75]]  (= scipy Sobol(2, scramble=False))
 * ```
 */
export class DigitalNet implements Sequence {
  readonly dimension: number;
  readonly replications: number;
  readonly seed: number;
  readonly maxPoints: number;
  /** The randomization in use, one of {@link NET_RANDOMIZATIONS}. */
  readonly randomize: NetRandomize;
  /** The order in use, one of {@link NET_ORDERS}. */
  readonly order: NetOrder;
  /** The resolved options, frozen (defaults filled in); `new DigitalNet(dimension, net.options)` is the same net. */
  readonly options: ResolvedDigitalNetOptions;
  /** Replication r's matrices, shifts and walk plan: built on first use from its seed (see #rep). */
  readonly #reps: (Replication | undefined)[];
  readonly #seeds: number[];
  readonly #base: NetMatrices;

  /**
   * @param dimension - number of coordinates d, an integer with α·d ≤ the table's dimensions (1,024 for
   *   the default table; 21,201 with `joeKuoFull`).
   * @param options - see {@link DigitalNetOptions}.
   * @throws TypeError for a wrong kind of argument or an unknown option; RangeError for a value out of
   *   range — e.g. a dimension beyond the table, with how to load the full Joe–Kuo table.
   */
  constructor(dimension: number, options?: DigitalNetOptions) {
    const o = validateOptions("options", options, OPTION_KEYS);
    const randomize = validateChoice("randomize", o.randomize ?? "lms-ds", NET_RANDOMIZATIONS);
    const order = validateChoice("order", o.order ?? "natural", NET_ORDERS);
    const alpha = validateInteger("alpha", o.alpha ?? 1, 1, 64);
    const bits = validateInteger("bits", o.bits ?? 53, 1, 64);
    const source = validateGeneratingMatrices(o.generatingMatrices ?? joeKuo);
    const maxDimension = Math.floor(source.maxDimension / alpha);
    const table = `${source.name}, which has ${source.maxDimension} dimensions`;
    const hint =
      alpha > 1
        ? `alpha = ${alpha} uses ${alpha}·dimension coordinates of ${table}${source.hint ? `; ${source.hint}` : ""}`
        : source.hint;
    if (maxDimension < 1) {
      throw new RangeError(`alpha must be an integer in [1, ${source.maxDimension}] for ${table}; got ${alpha}`);
    }
    this.dimension = validateInteger("dimension", dimension, 1, maxDimension, hint);
    this.replications = validateReplications(o.replications);
    this.seed = o.seed === undefined ? drawSeed() : validateSeed(o.seed);
    this.maxPoints = 2 ** source.columns;
    this.randomize = randomize;
    this.order = order;
    this.options = Object.freeze({
      randomize,
      order,
      alpha,
      bits,
      generatingMatrices: source,
      replications: this.replications,
      seed: this.seed,
    });
    const base = source.matrices(alpha * this.dimension);
    // Each replication is built when first used, so construction is cheap; what they will hold together
    // is checked against the budget now, before any work.
    checkMemory(
      `replications ${this.replications} × dimension ${this.dimension} (the scrambled matrices and walk plan of each replication)`,
      this.replications * replicationBytes(base, randomize),
    );
    this.#base = base;
    this.#seeds = spawnSeeds(this.seed, this.replications);
    this.#reps = new Array(this.replications);
  }

  /** Replication r, built from `spawnSeeds(seed, replications)[r]` on first use and kept. */
  #rep(r: number): Replication {
    let rep = this.#reps[r];
    if (rep === undefined) {
      const { alpha, bits, randomize, order } = this.options;
      const rng = randomize === "none" ? undefined : new RandomStream(this.#seeds[r]);
      rep = buildReplication(this.#base, alpha, bits, randomize, order, rng);
      this.#reps[r] = rep;
    }
    return rep;
  }

  /** The first `n` points (positions 0 ≤ i < n). */
  points(n: number): PointSet;
  /** The points at positions start ≤ i < end, in this net's order. */
  points(start: number, end: number): PointSet;
  /**
   * @returns a {@link PointSet} of shape `[replications][end − start][dimension]`.
   * @throws TypeError / RangeError naming `n`, `start` or `end` for a bad window, or the window when it
   *   holds more than 2^31 − 1 coordinates (`MAX_COORDINATES_PER_CALL` of `@qmckit/core`).
   */
  points(startOrN: number, end?: number): PointSet {
    return generatePoints(this, startOrN, end, (out, a, b) => this.#fill(out, a, b));
  }

  /** Writes the points at positions start ≤ i < end into `out` (layout `[R][i − start][d]`) and returns it. */
  fill(out: Float64Array, start: number, end: number): Float64Array {
    return generateInto(this, out, start, end, (o, a, b) => this.#fill(o, a, b));
  }

  /**
   * Writes replication `replication` only of the points start ≤ i < end into `out` (layout
   * `[i − start][j]`): that replication's part of {@link DigitalNet.fill}, at 1/replications of the cost.
   * @throws RangeError naming `replication` (an integer in [0, replications − 1]), the window or `out`.
   */
  fillReplication(out: Float64Array, replication: number, start: number, end: number): Float64Array {
    return generateReplicationInto(this, out, replication, start, end, (o, r, a, b) => this.#fillOne(o, 0, r, a, b));
  }

  /** The exact integer form of the first `n` points; see {@link NetIntegers}. */
  integers(n: number): NetIntegers;
  /** The exact integer form of the points at positions start ≤ i < end. */
  integers(start: number, end: number): NetIntegers;
  /**
   * The exact integer form of the points at positions start ≤ i < end (or the first n): MSB-aligned
   * 64-bit words with `bits` significant bits, layout `[R][i − start][d]` ({@link NetIntegers}).
   *
   * @throws TypeError / RangeError for a bad window, as {@link DigitalNet.points}.
   * @example
   * ```ts
   * const ints = new DigitalNet(2, { seed: 1 }).integers(8);
   * ints.hi[2] / 2 ** 32; // the first 32 bits of coordinate 0 of point 1
   * ```
   */
  integers(startOrN: number, end?: number): NetIntegers {
    const call = resolveCall(this, startOrN, end);
    const { start: a, end: b } = call;
    const size = call.n * this.dimension;
    const hi = allocateCall(Uint32Array, call);
    const lo = allocateCall(Uint32Array, call);
    for (let r = 0; r < this.replications; r++) {
      this.#integers(r, a, b, hi.subarray(r * size, (r + 1) * size), lo.subarray(r * size, (r + 1) * size));
    }
    return { hi, lo, bits: this.options.bits, replications: this.replications, n: call.n, dimension: this.dimension };
  }

  /** `k` independently randomized copies with the same options; child i has seed `spawnSeeds(seed, k)[i]`. */
  spawn(k: number): DigitalNet[] {
    validateInteger("k", k, 0, 2 ** 20);
    // Each copy holds its base matrices and, once used, its replications: check them all first.
    checkMemory(
      `k ${k} copies of a digital net of dimension ${this.dimension} with ${this.replications} replications`,
      k * (2 * matrixBytes(this.#base) + this.replications * replicationBytes(this.#base, this.randomize)),
    );
    return spawnSeeds(this.seed, k).map((seed) => new DigitalNet(this.dimension, { ...this.options, seed }));
  }

  #fill(out: Float64Array, a: number, b: number): void {
    for (let r = 0; r < this.replications; r++) this.#fillOne(out, r * (b - a) * this.dimension, r, a, b);
  }

  /** Replication r of the points at positions a ≤ i < b into `out` from `offset`. */
  #fillOne(out: Float64Array, offset: number, r: number, a: number, b: number): void {
    const rep = this.#rep(r);
    if (rep.plan) {
      netFloatWalk(rep.plan, a, b, out, offset);
      return;
    }
    if (rep.nested && this.options.alpha === 1) {
      nestedFloatWalk(rep.matrices, rep.nested, this.options.bits, this.options.order, a, b, out, offset);
      return;
    }
    const chunk = Math.min(CHUNK, b - a) * this.dimension;
    const hi = allocateArray(Uint32Array, chunk, "the integer scratch of one block");
    const lo = allocateArray(Uint32Array, chunk, "the integer scratch of one block");
    for (let c = a; c < b; c += CHUNK) {
      const e = Math.min(b, c + CHUNK);
      const len = (e - c) * this.dimension;
      this.#integers(r, c, e, hi.subarray(0, len), lo.subarray(0, len));
      const at = offset + (c - a) * this.dimension;
      integersToFloat(hi.subarray(0, len), lo.subarray(0, len), out.subarray(at, at + len));
    }
  }

  /** Integer points of replication r at positions [a, b) into `hi`, `lo` (exactly (b − a)·d long). */
  #integers(r: number, a: number, b: number, hi: Uint32Array, lo: Uint32Array): void {
    const rep = this.#rep(r);
    const { order, alpha, bits } = this.options;
    if (!rep.nested) {
      netWalk(rep.matrices, a, b, order, hi, lo);
      digitalShift(hi, lo, this.dimension, rep.shiftHi, rep.shiftLo);
      return;
    }
    // NUS: walk the unscrambled base coordinates, scramble them, then interlace when alpha > 1.
    const baseBits = Math.ceil(bits / alpha);
    const base = netWalk(rep.matrices, a, b, order).hi;
    if (alpha === 1) {
      nestedUniformScramble(base, rep.nested, bits, hi, lo);
      return;
    }
    const scrambled = nestedUniformScramble(base, rep.nested, baseBits);
    interlacePoints(scrambled.hi, scrambled.lo, this.dimension, alpha, bits, hi, lo);
  }
}
