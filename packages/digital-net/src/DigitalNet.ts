import {
  checkCallSize,
  checkOutput,
  drawSeed,
  PointSet,
  RandomStream,
  resolveWindow,
  type Sequence,
  type SequenceOptions,
  spawnSeeds,
  validateChoice,
  validateInteger,
  validateOptions,
  validateReplications,
  validateSeed,
} from "@qmckit/core";
import { buildReplication, type Replication } from "./buildReplication.js";
import { digitalShift } from "./digitalShift.js";
import type { GeneratingMatrices } from "./GeneratingMatrices.js";
import { integersToFloat } from "./integersToFloat.js";
import { interlacePoints } from "./interlacePoints.js";
import { joeKuo } from "./joeKuo.js";
import type { NetIntegers } from "./NetIntegers.js";
import { NET_ORDERS, type NetOrder } from "./NetOrder.js";
import { NET_RANDOMIZATIONS, type NetRandomize } from "./NetRandomize.js";
import { nestedFloatWalk } from "./nestedFloatWalk.js";
import { nestedUniformScramble } from "./nestedUniformScramble.js";
import { netFloatWalk } from "./netFloatWalk.js";
import { netWalk } from "./netWalk.js";
import { validateGeneratingMatrices } from "./validateGeneratingMatrices.js";

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
  /** The resolved options (defaults filled in). */
  readonly options: Readonly<Required<Omit<DigitalNetOptions, "seed" | "replications">>>;
  readonly #reps: Replication[];

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
    this.options = { randomize, order, alpha, bits, generatingMatrices: source };
    const base = source.matrices(alpha * this.dimension);
    const seeds = spawnSeeds(this.seed, this.replications);
    this.#reps = seeds.map((s) =>
      buildReplication(base, alpha, bits, randomize, order, randomize === "none" ? undefined : new RandomStream(s)),
    );
  }

  /** The first `n` points, or the points at positions start ≤ i < end, as a {@link PointSet} `[R][n][d]`. */
  points(startOrN: number, end?: number): PointSet {
    const [a, b] = resolveWindow(startOrN, end, this.maxPoints);
    checkCallSize(this.replications, a, b, this.dimension);
    const out = new Float64Array(this.replications * (b - a) * this.dimension);
    return new PointSet(this.#fill(out, a, b), this.replications, b - a, this.dimension);
  }

  /** Writes the points at positions start ≤ i < end into `out` (layout `[R][i − start][d]`) and returns it. */
  fill(out: Float64Array, start: number, end: number): Float64Array {
    const [a, b] = resolveWindow(start, end, this.maxPoints);
    checkCallSize(this.replications, a, b, this.dimension);
    checkOutput(out, this.replications * (b - a) * this.dimension);
    return this.#fill(out, a, b);
  }

  /**
   * The exact integer form of the points at positions start ≤ i < end (or the first n): MSB-aligned
   * 64-bit words with `bits` significant bits, layout `[R][i − start][d]` ({@link NetIntegers}).
   *
   * @example
   * ```ts
   * const ints = new DigitalNet(2, { seed: 1 }).integers(8);
   * ints.hi[2] / 2 ** 32; // the first 32 bits of coordinate 0 of point 1
   * ```
   */
  integers(startOrN: number, end?: number): NetIntegers {
    const [a, b] = resolveWindow(startOrN, end, this.maxPoints);
    const size = (b - a) * this.dimension;
    const hi = new Uint32Array(this.replications * size);
    const lo = new Uint32Array(this.replications * size);
    for (let r = 0; r < this.replications; r++) {
      this.#integers(r, a, b, hi.subarray(r * size, (r + 1) * size), lo.subarray(r * size, (r + 1) * size));
    }
    return { hi, lo, bits: this.options.bits, replications: this.replications, n: b - a, dimension: this.dimension };
  }

  /** `k` independently randomized copies with the same options; child i has seed `spawnSeeds(seed, k)[i]`. */
  spawn(k: number): DigitalNet[] {
    const { randomize, order, alpha, bits, generatingMatrices } = this.options;
    return spawnSeeds(this.seed, k).map(
      (seed) =>
        new DigitalNet(this.dimension, {
          randomize,
          order,
          alpha,
          bits,
          generatingMatrices,
          replications: this.replications,
          seed,
        }),
    );
  }

  #fill(out: Float64Array, a: number, b: number): Float64Array {
    const size = (b - a) * this.dimension;
    for (let r = 0; r < this.replications; r++) {
      const rep = this.#reps[r];
      if (rep.plan) {
        netFloatWalk(rep.plan, a, b, out, r * size);
        continue;
      }
      if (rep.nested && this.options.alpha === 1) {
        nestedFloatWalk(rep.matrices, rep.nested, this.options.bits, this.options.order, a, b, out, r * size);
        continue;
      }
      const chunk = Math.min(CHUNK, b - a) * this.dimension;
      const hi = new Uint32Array(chunk);
      const lo = new Uint32Array(chunk);
      for (let c = a; c < b; c += CHUNK) {
        const e = Math.min(b, c + CHUNK);
        const len = (e - c) * this.dimension;
        this.#integers(r, c, e, hi.subarray(0, len), lo.subarray(0, len));
        const at = r * size + (c - a) * this.dimension;
        integersToFloat(hi.subarray(0, len), lo.subarray(0, len), out.subarray(at, at + len));
      }
    }
    return out;
  }

  /** Integer points of replication r at positions [a, b) into `hi`, `lo` (exactly (b − a)·d long). */
  #integers(r: number, a: number, b: number, hi: Uint32Array, lo: Uint32Array): void {
    const rep = this.#reps[r];
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
