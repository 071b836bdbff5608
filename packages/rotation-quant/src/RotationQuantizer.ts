import { drawSeed, validateChoice, validateInteger, validateOptions, validateSeed } from "@qmckit/core";
import type { Codebook } from "./codebook/Codebook.js";
import { gaussianCodebook } from "./codebook/gaussianCodebook.js";
import { type ScaledCodebook, scaleCodebook } from "./codebook/scaleCodebook.js";
import { sphereCodebook } from "./codebook/sphereCodebook.js";
import type { EncodedBatch } from "./codec/EncodedBatch.js";
import type { QuantizerCore, ScaleMode } from "./codec/QuantizerCore.js";
import { decodeBatch } from "./internal/codec/decodeBatch.js";
import { encodeVectors } from "./internal/codec/encodeVectors.js";
import { buildThresholdGrid, type ThresholdGrid } from "./internal/codec/ThresholdGrid.js";
import { validateBatch } from "./internal/codec/validateBatch.js";
import { MAX_DIMENSION } from "./internal/rotation/validateRotationArgs.js";
import { prepareQuery } from "./internal/scoring/prepareQuery.js";
import { scoreBatch } from "./internal/scoring/scoreBatch.js";
import { FftRotation } from "./rotation/FftRotation.js";
import { HadamardRotation } from "./rotation/HadamardRotation.js";
import type { Rotation, RotationKind } from "./rotation/Rotation.js";
import { rotationFingerprint } from "./rotation/rotationFingerprint.js";
import type { Metric } from "./scoring/Metric.js";
import type { PreparedQuery } from "./scoring/PreparedQuery.js";
import { type SearchOptions, type SearchResult, searchBatch } from "./scoring/searchBatch.js";
import { deserializeBatch } from "./serialization/deserializeBatch.js";
import { fnv1a32Ints } from "./serialization/fnv1a32.js";
import { CODEBOOK_IDS, FORMAT_VERSION, ROTATION_IDS, SCALE_IDS } from "./serialization/format.js";
import { serializeBatch } from "./serialization/serializeBatch.js";

/** Which codebook: the shipped N(0, 1) table (default) or the exact sphere marginal of d. */
export type CodebookKind = "gaussian" | "exact";

/** Options of {@link RotationQuantizer}. */
export interface RotationQuantizerOptions {
  /** d, the length of the vectors, an integer in [1, 2^20] (≥ 2 for `codebook: 'exact'`). */
  dimension: number;
  /** Bits per coordinate, an integer in [1, 8]. */
  bits: number;
  /** Seed of the rotation, an integer in [0, 2^53 − 1]; drawn with `drawSeed()` and exposed when omitted. */
  seed?: number;
  /** `'hadamard'` (default for power-of-two d) or `'fft'` (default otherwise). */
  rotation?: RotationKind;
  /** Rotation rounds, 1..16; default for hadamard 4 (d ≤ 64), 3 (d ≤ 256) or 2 with a power-of-two d and 4 otherwise; for fft 2 ({@link defaultRounds}). */
  rounds?: number;
  /**
   * `'unbiased'` (default): store ‖x‖/⟨u, û⟩ so that estimated inner products are unbiased;
   * `'norm'`: store ‖x‖ (the MSE-oriented TurboQuant_mse reconstruction).
   */
  scale?: ScaleMode;
  /** `'gaussian'` (default: shipped tables, byte-identical everywhere) or `'exact'` (solved for d). */
  codebook?: CodebookKind;
}

const OPTION_KEYS = ["dimension", "bits", "seed", "rotation", "rounds", "scale", "codebook"] as const;
const FINGERPRINT_GRID = 2 ** 24;

/**
 * A data-oblivious, online vector codec: random rotation, then per-coordinate Lloyd-Max quantization
 * matched to the marginal of a rotated unit vector, bit-packed, with one float32 scale per vector.
 * Encodes, decodes, scores queries against encoded vectors without decoding, searches top-k with
 * optional exact re-ranking, and serializes to a versioned, checksummed, fingerprinted format.
 *
 * @remarks
 * Encoding x (dimension d, b bits): u = x/‖x‖; y = R u (orthogonal, seeded); code_j = the Lloyd-Max
 * cell of y_j for the codebook scaled by 1/√d (the marginal of a rotated unit vector has variance 1/d);
 * scale = ‖x‖/⟨y, c[code]⟩ (`'unbiased'`) or ‖x‖ (`'norm'`). Decoding: x̂ = scale · Rᵀ c[code].
 * With `'norm'`, E‖u − û‖² is the Lloyd-Max distortion D_b ≈ 0.363, 0.117, 0.0345, 0.0095 for b = 1..4
 * (within 2.7× of the 4^−b lower bound). With `'unbiased'`, ⟨q, x̂⟩ is an unbiased estimate of ⟨q, x⟩
 * with d·Var ≈ D/(1 − D) ‖q‖²‖x‖² for q ⊥ x: the per-vector factor removes the (1 − D) shrinkage of
 * TurboQuant_mse at zero extra storage (RaBitQ-style length renormalization; reference notes §4).
 * References: Zandieh et al., TurboQuant (arXiv 2504.19874); Gao & Long, RaBitQ (SIGMOD 2024).
 *
 * @example
 * ```ts
 * const rq = new RotationQuantizer({ dimension: 128, bits: 4, seed: 42 });
 * const batch = rq.encode(vectors);                    // vectors: Float32Array of count × 128
 * const approx = rq.decode(batch);                     // Float32Array of count × 128
 * const { indices, scores } = rq.search(query, batch, 10, { rerank: { candidates: 50, vectors } });
 * const bytes = rq.serialize(batch);
 * const { quantizer, batch: again } = RotationQuantizer.deserialize(bytes);
 * ```
 */
export class RotationQuantizer {
  readonly dimension: number;
  readonly bits: number;
  readonly seed: number;
  readonly rotation: RotationKind;
  readonly rounds: number;
  readonly scale: ScaleMode;
  readonly codebook: CodebookKind;
  /** ⌈d · bits / 8⌉: bytes of codes per vector. */
  readonly bytesPerVector: number;
  /** The rotation plan (its `forwardInPlace` maps x to the coded basis). */
  readonly rotationPlan: Rotation;
  /** The codebook in scaled (unit-variance) units. */
  readonly unitCodebook: Codebook;
  /** The codebook in raw units (divided by √d), as used by every kernel. */
  readonly scaledCodebook: ScaledCodebook;
  /** {@link rotationFingerprint} of the rotation plan. */
  readonly rotationFingerprint: number;
  /** FNV-1a of the unit codebook's centroids rounded to 2^−24. */
  readonly codebookFingerprint: number;
  /** FNV-1a of every parameter and both fingerprints: equal iff the quantizers encode identically. */
  readonly fingerprint: number;
  readonly #core: QuantizerCore;

  /**
   * @param options - see {@link RotationQuantizerOptions}; `dimension` and `bits` are required.
   * @throws TypeError for a missing or wrong-kind option or an unknown option key; RangeError naming the
   *   option for a value out of range (e.g. `bits must be an integer in [1, 8]; got 9`).
   */
  constructor(options: RotationQuantizerOptions) {
    if (options === undefined) throw new TypeError("options must be an object with at least dimension and bits; got undefined");
    const o = validateOptions("options", options, OPTION_KEYS);
    this.dimension = validateInteger("dimension", o.dimension, 1, MAX_DIMENSION);
    this.bits = validateInteger("bits", o.bits, 1, 8);
    this.seed = o.seed === undefined ? drawSeed() : validateSeed(o.seed);
    const d = this.dimension;
    const isPow2 = (d & (d - 1)) === 0;
    this.rotation =
      o.rotation === undefined ? (isPow2 ? "hadamard" : "fft") : validateChoice("rotation", o.rotation, ["hadamard", "fft"]);
    this.scale = o.scale === undefined ? "unbiased" : validateChoice("scale", o.scale, ["unbiased", "norm"]);
    this.codebook = o.codebook === undefined ? "gaussian" : validateChoice("codebook", o.codebook, ["gaussian", "exact"]);
    if (this.codebook === "exact" && d < 2) throw new RangeError(`dimension must be at least 2 with codebook 'exact'; got ${d}`);
    const rotationOptions = { seed: this.seed, ...(o.rounds === undefined ? {} : { rounds: o.rounds }) };
    this.rotationPlan =
      this.rotation === "hadamard" ? new HadamardRotation(d, rotationOptions) : new FftRotation(d, rotationOptions);
    this.rounds = this.rotationPlan.rounds;
    this.bytesPerVector = Math.ceil((d * this.bits) / 8);
    this.unitCodebook = this.codebook === "gaussian" ? gaussianCodebook(this.bits) : sphereCodebook(d, this.bits);
    this.scaledCodebook = scaleCodebook(this.unitCodebook, d);
    this.rotationFingerprint = rotationFingerprint(this.rotationPlan);
    this.codebookFingerprint = fnv1a32Ints(Array.from(this.unitCodebook.centroids, (c) => Math.round(c * FINGERPRINT_GRID)));
    this.fingerprint = fnv1a32Ints([
      FORMAT_VERSION,
      d,
      this.bits,
      ROTATION_IDS[this.rotation],
      this.rounds,
      SCALE_IDS[this.scale],
      CODEBOOK_IDS[this.codebook],
      this.rotationFingerprint,
      this.codebookFingerprint,
    ]);
    const grid: ThresholdGrid = buildThresholdGrid(this.scaledCodebook.thresholds);
    this.#core = Object.freeze({
      dimension: d,
      bits: this.bits,
      scale: this.scale,
      bytesPerVector: this.bytesPerVector,
      fingerprint: this.fingerprint,
      rotationPlan: this.rotationPlan,
      scaledCodebook: this.scaledCodebook,
      grid,
    });
  }

  /**
   * Encodes vectors.
   *
   * @param vectors - `count × d` values, row-major (Float32Array; a Float64Array is accepted too).
   * @param count - how many rows to encode from the start of `vectors` (default: all; then the length
   *   must be a multiple of d).
   * @returns a new {@link EncodedBatch}. A zero vector gets scale 0 and decodes to 0.
   * @throws TypeError for a non-float array; RangeError for a length that is not a multiple of d, a
   *   `count` beyond the data, or a NaN/infinite value (naming the vector).
   */
  encode(vectors: Float32Array | Float64Array, count?: number): EncodedBatch {
    return encodeVectors(this.#core, vectors, count);
  }

  /**
   * Decodes a batch: x̂ = scale · Rᵀ c[code] per vector.
   *
   * @param batch - a batch encoded by this quantizer (or an identical one).
   * @param out - optional Float32Array of length count · d.
   * @returns `count × d` float32 values.
   * @throws TypeError for a non-batch; RangeError for a batch of another quantizer or a wrong `out`.
   */
  decode(batch: EncodedBatch, out?: Float32Array): Float32Array {
    return decodeBatch(this.#core, batch, out);
  }

  /**
   * Rotates a query once and builds its look-up tables, for repeated scoring and search.
   *
   * @param query - a finite vector of length d.
   * @param metric - `'ip'` (default), `'cosine'` or `'l2'`.
   * @returns a {@link PreparedQuery} bound to this quantizer's fingerprint.
   * @throws TypeError / RangeError naming `query` or `metric`.
   */
  prepareQuery(query: Float32Array | Float64Array, metric: Metric = "ip"): PreparedQuery {
    return prepareQuery(this.#core, query, metric);
  }

  /**
   * Scores every vector of a batch against a query in the compressed domain (no decoding): the
   * estimated inner product scale_i · Σ_j (R q)_j c[code_ij], or the cosine or squared L2 distance
   * built from it with the stored norms.
   *
   * @param query - a raw query (rotated on the fly) or a {@link PreparedQuery} of this quantizer.
   * @param batch - a batch of this quantizer.
   * @param metric - `'ip'` (default), `'cosine'` or `'l2'`; must match a prepared query's metric.
   * @param out - optional Float32Array of length count.
   * @returns one score per vector, in batch order.
   * @throws TypeError / RangeError for a bad query, batch, metric or `out`.
   */
  scores(
    query: Float32Array | Float64Array | PreparedQuery,
    batch: EncodedBatch,
    metric?: Metric,
    out?: Float32Array,
  ): Float32Array {
    return scoreBatch(this.#core, query, batch, metric, out);
  }

  /**
   * The k vectors of a batch closest to a query (largest ip/cosine, smallest l2), best first; ties go
   * to the lower index. With `rerank`, the best `candidates` by compressed score are re-scored exactly
   * against the original vectors and the best k of those are returned, with exact scores.
   *
   * @param query - a raw query or a {@link PreparedQuery} of this quantizer.
   * @param batch - a batch of this quantizer.
   * @param k - an integer in [1, count].
   * @param options - `metric` and `rerank: { candidates, vectors }` (candidates in [k, count]).
   * @returns `{ indices, scores }`, k each.
   * @throws TypeError / RangeError naming the bad argument; nothing is clamped.
   */
  search(
    query: Float32Array | Float64Array | PreparedQuery,
    batch: EncodedBatch,
    k: number,
    options?: SearchOptions,
  ): SearchResult {
    return searchBatch(this.#core, query, batch, k, options);
  }

  /**
   * Serializes a batch with everything needed to decode it: a versioned header (magic, version,
   * parameters, PRNG id, seed, fingerprints, CRC-32) and the payload with its own CRC-32. The same
   * seed, options and input give identical bytes.
   *
   * @param batch - a batch of this quantizer.
   * @returns the bytes (layout in `serialization/format.ts`).
   * @throws TypeError / RangeError for a batch of another quantizer.
   */
  serialize(batch: EncodedBatch): Uint8Array {
    const b = validateBatch(batch, this.fingerprint, this.dimension, this.bits);
    return serializeBatch(this, b);
  }

  /**
   * Reads bytes written by {@link serialize}: rebuilds the quantizer from the recorded parameters and
   * seed, and checks that it derives the recorded rotation and codebook fingerprints.
   *
   * @param bytes - the serialized batch.
   * @returns `{ quantizer, batch }`.
   * @throws TypeError for a non-Uint8Array; RangeError for a foreign, truncated, padded or corrupted
   *   buffer, an unknown version or PRNG, or a fingerprint mismatch (an incompatible writer).
   */
  static deserialize(bytes: Uint8Array): { quantizer: RotationQuantizer; batch: EncodedBatch } {
    return deserializeBatch(bytes, (params) => new RotationQuantizer(params));
  }
}
