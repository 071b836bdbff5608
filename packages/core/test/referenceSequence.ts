import {
  drawSeed,
  generateInto,
  generatePoints,
  type PointSet,
  RandomStream,
  type Sequence,
  type SequenceOptions,
  spawnSeeds,
  validateInteger,
  validateOptions,
  validateReplications,
  validateSeed,
} from "../src/index.js";

/**
 * A minimal reference generator for the contract suite: the base-2 van der Corput sequence in every
 * coordinate, each coordinate and replication shifted modulo 1 by its own random 32-bit integer, all in
 * exact 32-bit integer arithmetic.
 */
export class ShiftedVanDerCorput implements Sequence {
  readonly dimension: number;
  readonly replications: number;
  readonly seed: number;
  readonly maxPoints = 2 ** 32;
  readonly #shifts: Uint32Array;

  constructor(dimension: number, options?: SequenceOptions) {
    const { seed, replications } = validateOptions("options", options, ["seed", "replications"]);
    this.dimension = validateInteger("dimension", dimension, 1, 64);
    this.replications = validateReplications(replications);
    this.seed = seed === undefined ? drawSeed() : validateSeed(seed);
    this.#shifts = new RandomStream(this.seed).fillUint32(new Uint32Array(this.replications * dimension));
  }

  points(startOrN: number, end?: number): PointSet {
    return generatePoints(this, startOrN, end, (out, a, b) => this.#fill(out, a, b));
  }

  fill(out: Float64Array, start: number, end: number): Float64Array {
    return generateInto(this, out, start, end, (o, a, b) => this.#fill(o, a, b));
  }

  #fill(out: Float64Array, a: number, b: number): void {
    const d = this.dimension;
    for (let r = 0; r < this.replications; r++) {
      for (let i = a; i < b; i++) {
        // Bit-reverse the 32-bit index: the radical inverse as an integer numerator over 2^32.
        let v = i >>> 0;
        v = ((v >>> 1) & 0x55555555) | ((v & 0x55555555) << 1);
        v = ((v >>> 2) & 0x33333333) | ((v & 0x33333333) << 2);
        v = ((v >>> 4) & 0x0f0f0f0f) | ((v & 0x0f0f0f0f) << 4);
        v = ((v >>> 8) & 0x00ff00ff) | ((v & 0x00ff00ff) << 8);
        v = ((v >>> 16) | (v << 16)) >>> 0;
        for (let j = 0; j < d; j++) {
          out[(r * (b - a) + i - a) * d + j] = ((v + this.#shifts[r * d + j]) >>> 0) / 2 ** 32;
        }
      }
    }
  }

  spawn(k: number): ShiftedVanDerCorput[] {
    return spawnSeeds(this.seed, k).map(
      (seed) => new ShiftedVanDerCorput(this.dimension, { seed, replications: this.replications }),
    );
  }
}
