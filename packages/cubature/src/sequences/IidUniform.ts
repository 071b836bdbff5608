import {
  allocateArray,
  drawSeed,
  GOLDEN_GAMMA,
  generateInto,
  generatePoints,
  mix64,
  type PointSet,
  RandomStream,
  type Sequence,
  type SequenceOptions,
  spawnSeeds,
  validateInteger,
  validateOptions,
  validateReplications,
  validateSeed,
} from "@qmckit/core";

/** Points per block: each block has its own stream, so any window is generated without replaying the past. */
const BLOCK = 256;

/**
 * IID uniform points in [0, 1)^d as a {@link Sequence}, so that plain Monte Carlo runs through the same
 * window seam as the low-discrepancy generators: the points of any window [start, end) are a pure
 * function of (seed, window).
 *
 * @remarks
 * Points are grouped in blocks of 256. Block b of replication r draws its 256·d coordinates in row-major
 * order from `RandomStream(s)` (xoroshiro128+, 53-bit floats) with
 * s = mix64(seed_r + (b + 1)·0x9e3779b97f4a7c15 mod 2^64) >> 11, where seed_r is the seed for r = 0 and
 * child r − 1 of {@link spawnSeeds} otherwise. Cost per window: one seeding per block touched.
 *
 * @example
 * ```ts
 * const iid = new IidUniform(2, { seed: 7 });
 * iid.points(0, 1000).data.length; // 2000
 * ```
 */
export class IidUniform implements Sequence {
  readonly dimension: number;
  readonly replications: number;
  readonly seed: number;
  readonly maxPoints = 2 ** 48;
  /** The options as resolved, frozen: `new IidUniform(dimension, iid.options)` gives the same points. */
  readonly options: Readonly<Required<SequenceOptions>>;
  readonly #seeds: bigint[];

  /**
   * @param dimension - an integer in [1, 65536].
   * @param options - `seed`, `replications` (default 1).
   * @throws TypeError / RangeError naming the bad argument.
   */
  constructor(dimension: number, options?: SequenceOptions) {
    const { seed, replications } = validateOptions("options", options, ["seed", "replications"]);
    this.dimension = validateInteger("dimension", dimension, 1, 2 ** 16);
    this.replications = validateReplications(replications);
    this.seed = seed === undefined ? drawSeed() : validateSeed(seed);
    this.options = Object.freeze({ replications: this.replications, seed: this.seed });
    this.#seeds = [this.seed, ...spawnSeeds(this.seed, this.replications - 1)].map(BigInt);
  }

  /** The first `n` points (indices 0 ≤ i < n). */
  points(n: number): PointSet;
  /** The points with indices start ≤ i < end. */
  points(start: number, end: number): PointSet;
  /**
   * @returns a PointSet of shape `[replications][end − start][dimension]`.
   * @throws TypeError / RangeError naming `n`, `start` or `end` for a bad window, or the window when it
   *   holds more than 2^31 − 1 coordinates (`MAX_COORDINATES_PER_CALL` of `@qmckit/core`).
   */
  points(startOrN: number, end?: number): PointSet {
    return generatePoints(this, startOrN, end, (out, a, b) => this.#fill(out, a, b));
  }

  /** Writes the points with indices start ≤ i < end into `out` (layout `[r][i − start][j]`) and returns it. */
  fill(out: Float64Array, start: number, end: number): Float64Array {
    return generateInto(this, out, start, end, (o, a, b) => this.#fill(o, a, b));
  }

  /** `k` independent copies with the same dimension and replications, seeds `spawnSeeds(seed, k)`. */
  spawn(k: number): IidUniform[] {
    return spawnSeeds(this.seed, k).map((seed) => new IidUniform(this.dimension, { seed, replications: this.replications }));
  }

  #fill(out: Float64Array, a: number, b: number): void {
    const d = this.dimension;
    const block = allocateArray(Float64Array, BLOCK * d, `a block of ${BLOCK} points × ${d} coordinates`);
    for (let r = 0; r < this.replications; r++) {
      for (let blk = Math.floor(a / BLOCK); blk * BLOCK < b; blk++) {
        const s = Number(mix64(this.#seeds[r] + BigInt(blk + 1) * GOLDEN_GAMMA) >> 11n);
        new RandomStream(s).fillFloat64(block);
        const lo = Math.max(a, blk * BLOCK);
        const hi = Math.min(b, (blk + 1) * BLOCK);
        out.set(block.subarray((lo - blk * BLOCK) * d, (hi - blk * BLOCK) * d), (r * (b - a) + lo - a) * d);
      }
    }
  }
}
