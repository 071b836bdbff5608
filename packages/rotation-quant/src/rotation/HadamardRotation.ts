import { drawSeed, RandomStream, validateOptions, validateSeed } from "@qmckit/core";
import { fwhtBatchInPlace, fwhtSignedFrom, fwhtSignedInPlace } from "@qmckit/transforms";
import { flipSigns, signMasks } from "../internal/rotation/signMasks.js";
import {
  validateDimension,
  validateForwardFrom,
  validateRounds,
  validateRows,
} from "../internal/rotation/validateRotationArgs.js";
import { defaultRounds } from "./defaultRounds.js";
import { drawSigns } from "./drawSigns.js";
import type { Rotation } from "./Rotation.js";

/** Options of {@link HadamardRotation}. */
export interface HadamardRotationOptions {
  /** Rounds of (random signs, Walsh–Hadamard); default {@link defaultRounds}: 4 for d ≤ 64, 3 for d ≤ 256, else 2 (powers of two); 4 for other d. */
  rounds?: number;
  /** Seed of the signs; drawn with `drawSeed()` and exposed as `seed` when omitted. */
  seed?: number;
}

/** Rows gathered per batched transform in the two-block (non-power-of-two) layout. */
const CHUNK = 64;

/** log2 of the longest d whose rows go through the fused row path: 2^12 float32 entries = 16 KiB, L1-resident. */
const FUSED_MAX_LOG = 12;

/**
 * The randomized Hadamard rotation: `rounds` rounds of (multiply by random signs, orthonormal
 * Walsh–Hadamard transform), R = H Dᵣ ⋯ H D₁, O(d log d) per vector.
 *
 * @remarks
 * **Power-of-two d**: H is the orthonormal FWHT of `@qmckit/transforms` (natural order), so R is
 * orthogonal and H⁻¹ = H. For d ≤ 2^12 the forward direction runs every round on one row at a time
 * (`fwhtSignedInPlace` of `@qmckit/transforms`: the row stays in L1, each round's signs and the 1/√d
 * scale are folded into its first butterfly pass, and with `fwhtSignedFrom`, `forwardFrom`'s scaled copy
 * into the first round's), bit-identical to flipping signs and calling `fwhtBatchInPlace` on the whole
 * block (1.6× faster at d = 1024).
 *
 * **Other d** (2^m < d < 2^(m+1)): with p = 2^m, the "H" of a round is H_tail · H_head, where H_head is
 * the orthonormal FWHT on coordinates [0, p) and H_tail the same on [d − p, d), each the identity
 * elsewhere. Each factor is orthogonal, so R is; the two windows overlap (2p > d) and cover every
 * coordinate, so each round mixes all of them, at twice the cost of one length-p transform, with no
 * padding and no extra coded coordinates. The inverse of a round is (H_head H_tail) then the signs.
 * Distortion for random inputs is exactly the sphere-marginal optimum (R is orthogonal). The windows
 * mix more slowly than a full transform, so structured inputs (one-hot, sparse) need 4 rounds here
 * (the default; see {@link defaultRounds}); the `'fft'` rotation (the quantizer's default at such d)
 * needs 2.
 *
 * **Randomness** (reproducible elsewhere): `new RandomStream(seed)` (xoroshiro128+ seeded by
 * SplitMix64, see `@qmckit/core`), then for each round in order, d draws of `nextUint32()`; sign j of
 * the round is −1 when draw j has its top bit set, else +1.
 *
 * @example
 * ```ts
 * const r = new HadamardRotation(8, { seed: 1 });
 * const x = new Float32Array([1, 0, 0, 0, 0, 0, 0, 0]);
 * r.forwardInPlace(x);  // a unit vector
 * r.inverseInPlace(x);  // [1, 0, …] up to rounding
 * ```
 */
export class HadamardRotation implements Rotation {
  readonly kind = "hadamard" as const;
  readonly dimension: number;
  readonly rounds: number;
  readonly seed: number;
  /** The transform length p: d itself when d is a power of two, else the largest power of two below d. */
  readonly block: number;
  readonly #signs: Float64Array;
  readonly #masks: Int32Array;
  readonly #scratch: Float32Array;
  /** Round r's signs, `#signs[r·d, (r + 1)·d)`, as views (for `fwhtSignedInPlace` / `fwhtSignedFrom`). */
  readonly #roundSigns: Float64Array[];
  /** log2 d when d is a power of two in [2, 2^12] (rows then go through the fused `fwhtSignedInPlace`), else 0. */
  readonly #rowLog: number;

  /**
   * @param dimension - d, an integer in [1, 2^20].
   * @param options - `rounds` (integer in [1, 16]) and `seed`.
   * @throws RangeError/TypeError naming `dimension`, `rounds` or `seed`; TypeError for an unknown option.
   */
  constructor(dimension: number, options?: HadamardRotationOptions) {
    const { rounds, seed } = validateOptions("options", options, ["rounds", "seed"]);
    this.dimension = validateDimension(dimension);
    this.rounds = rounds === undefined ? defaultRounds("hadamard", this.dimension) : validateRounds(rounds);
    this.seed = seed === undefined ? drawSeed() : validateSeed(seed);
    this.block = 2 ** (31 - Math.clz32(this.dimension));
    const stream = new RandomStream(this.seed);
    this.#signs = drawSigns(stream, new Float64Array(this.rounds * this.dimension));
    this.#masks = signMasks(this.#signs);
    this.#scratch = new Float32Array(this.block === this.dimension ? 0 : CHUNK * this.block);
    const m = 31 - Math.clz32(this.dimension);
    this.#rowLog = this.block === this.dimension && m >= 1 && m <= FUSED_MAX_LOG ? m : 0;
    const d = this.dimension;
    this.#roundSigns = Array.from({ length: this.rounds }, (_, r) => this.#signs.subarray(r * d, (r + 1) * d));
  }

  forwardInPlace(rows: Float32Array): Float32Array {
    validateRows(rows, this.dimension);
    if (this.#rowLog > 0) {
      this.#fusedRows(rows, rows.length / this.dimension);
      return rows;
    }
    const bits = new Int32Array(rows.buffer, rows.byteOffset, rows.length);
    for (let r = 0; r < this.rounds; r++) {
      flipSigns(bits, this.#masks, r * this.dimension, this.dimension);
      this.#mix(rows, false);
    }
    return rows;
  }

  forwardFrom(
    source: Float32Array | Float64Array,
    offset: number,
    count: number,
    out: Float32Array,
    rowScales?: Float64Array,
  ): Float32Array {
    const d = this.dimension;
    validateForwardFrom(source, offset, count, out, rowScales, d);
    const rows = count * d === out.length ? out : out.subarray(0, count * d);
    const signs = this.#signs;
    if (this.#rowLog > 0 && source instanceof Float32Array) {
      // The scaled copy and the first round's signs fused into the first round's first pass.
      const roundSigns = this.#roundSigns;
      const first = roundSigns[0];
      const rounds = this.rounds;
      for (let i = 0; i < count; i++) {
        const o = i * d;
        fwhtSignedFrom(source, offset + o, rowScales === undefined ? 1 : rowScales[i], first, rows, o);
        for (let r = 1; r < rounds; r++) fwhtSignedInPlace(rows, roundSigns[r], o);
      }
      return out;
    }
    if (this.#rowLog > 0) {
      // The row scale in the copy (rounded to float32 as before); every round's signs in its first pass.
      for (let i = 0; i < count; i++) {
        const s = rowScales === undefined ? 1 : rowScales[i];
        const o = i * d;
        for (let j = 0; j < d; j++) rows[o + j] = source[offset + o + j] * s;
      }
      this.#fusedRows(rows, count);
      return out;
    }
    // First round's signs and the row scale fused into the copy.
    for (let i = 0; i < count; i++) {
      const s = rowScales === undefined ? 1 : rowScales[i];
      const o = i * d;
      for (let j = 0; j < d; j++) rows[o + j] = source[offset + o + j] * s * signs[j];
    }
    this.#mix(rows, false);
    const bits = new Int32Array(rows.buffer, rows.byteOffset, rows.length);
    for (let r = 1; r < this.rounds; r++) {
      flipSigns(bits, this.#masks, r * d, d);
      this.#mix(rows, false);
    }
    return out;
  }

  inverseInPlace(rows: Float32Array): Float32Array {
    validateRows(rows, this.dimension);
    const bits = new Int32Array(rows.buffer, rows.byteOffset, rows.length);
    for (let r = this.rounds - 1; r >= 0; r--) {
      this.#mix(rows, true);
      flipSigns(bits, this.#masks, r * this.dimension, this.dimension);
    }
    return rows;
  }

  /**
   * Every round on each row in turn (the row stays in L1 across rounds), signs and 1/√d fused into the
   * first butterfly pass: bit-identical to the flip-then-`fwhtBatchInPlace` sweeps over the whole block.
   */
  #fusedRows(rows: Float32Array, count: number): void {
    const d = this.dimension;
    const roundSigns = this.#roundSigns;
    const rounds = this.rounds;
    for (let i = 0; i < count; i++) {
      const o = i * d;
      for (let r = 0; r < rounds; r++) fwhtSignedInPlace(rows, roundSigns[r], o);
    }
  }

  /** The Hadamard part of a round: H (power of two) or H_tail · H_head (inverse: H_head · H_tail). */
  #mix(rows: Float32Array, inverse: boolean): void {
    const d = this.dimension;
    if (this.block === d) {
      fwhtBatchInPlace(rows, d);
      return;
    }
    this.#window(rows, inverse ? d - this.block : 0);
    this.#window(rows, inverse ? 0 : d - this.block);
  }

  /** FWHT of coordinates [start, start + p) of every row, gathered CHUNK rows at a time. */
  #window(rows: Float32Array, start: number): void {
    const d = this.dimension;
    const p = this.block;
    const count = rows.length / d;
    const scratch = this.#scratch;
    for (let first = 0; first < count; first += CHUNK) {
      const n = Math.min(CHUNK, count - first);
      // Plain loops rather than subarray views: no allocation per row.
      for (let i = 0; i < n; i++) {
        const o = (first + i) * d + start;
        for (let k = 0; k < p; k++) scratch[i * p + k] = rows[o + k];
      }
      fwhtBatchInPlace(n === CHUNK ? scratch : scratch.subarray(0, n * p), p);
      for (let i = 0; i < n; i++) {
        const o = (first + i) * d + start;
        for (let k = 0; k < p; k++) rows[o + k] = scratch[i * p + k];
      }
    }
  }
}
