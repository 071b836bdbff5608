import { drawSeed, RandomStream, validateOptions, validateSeed } from "@qmckit/core";
import { fftInto, ifftInto } from "@qmckit/transforms";
import { dftAnyLength } from "../internal/rotation/dftAnyLength.js";
import {
  validateDimension,
  validateForwardFrom,
  validateRounds,
  validateRows,
} from "../internal/rotation/validateRotationArgs.js";
import { drawSigns } from "./drawSigns.js";
import type { Rotation } from "./Rotation.js";

/** Options of {@link FftRotation}. */
export interface FftRotationOptions {
  /** Rounds of (random signs, random-phase circulant); default 2. */
  rounds?: number;
  /** Seed of the signs and phases; drawn with `drawSeed()` and exposed as `seed` when omitted. */
  seed?: number;
}

/**
 * The random-phase FFT rotation, for any dimension: `rounds` rounds of (random signs, real orthogonal
 * circulant C = F⁻¹ diag(φ) F with random unit-modulus, Hermitian-symmetric φ).
 *
 * @remarks
 * **Orthogonality.** |φ_k| = 1 makes C unitary; φ_{d−k} = conj(φ_k) (φ₀ and φ_{d/2} real ±1) makes it
 * real; so C is real orthogonal and Cᵀ = F⁻¹ diag(conj φ) F. With uniform phases the rotation has no
 * "flat vector" pathology: a one-hot input already comes out with continuous, near-Gaussian coordinates
 * (reference notes §3.3), and two rounds match the optimum for every input tested.
 *
 * **Computation.** Two real rows are transformed together as one complex vector (C is real, so it acts
 * on real and imaginary parts separately). For a power-of-two d: FFT, multiply by φ, inverse FFT, over
 * `fftInto` / `ifftInto` of `@qmckit/transforms`. For any other d the circulant is a circular
 * convolution with its real kernel c = F⁻¹φ, computed once by Bluestein's algorithm; each application is
 * a zero-padded linear convolution with power-of-two FFTs of length M ≥ 2d − 1, folded mod d
 * (y_j = w_j + w_{j+d}). Work is O(d log d) per row either way; no padding of the coded coordinates.
 *
 * **Randomness** (reproducible elsewhere): `new RandomStream(seed)`, then for each round in order:
 * d draws of `nextUint32()` for the signs (−1 when the top bit is set); one draw for φ₀ (−1 when the
 * top bit is set); for k = 1, …, ⌈d/2⌉ − 1, θ_k = 2π · `nextFloat64()` and φ_k = e^{iθ_k}; for even d,
 * one more draw for φ_{d/2} (sign of its top bit). Phases use `Math.cos`/`Math.sin`, so outputs may
 * differ in the last bit between JavaScript engines (the serialized fingerprint tolerates that).
 *
 * @example
 * ```ts
 * const r = new FftRotation(768, { seed: 7 });
 * const x = new Float32Array(768); x[0] = 1;
 * r.forwardInPlace(x); // a unit vector with near-Gaussian coordinates of variance 1/768
 * ```
 */
export class FftRotation implements Rotation {
  readonly kind = "fft" as const;
  readonly dimension: number;
  readonly rounds: number;
  readonly seed: number;
  /** The FFT length: d for a power of two, else the smallest power of two ≥ 2d − 1. */
  readonly fftLength: number;
  readonly #signs: Float64Array;
  /** Per round, length fftLength: φ (power of two) or F_M(pad c) (other d); and the inverse's. */
  readonly #forwardRe: Float64Array;
  readonly #forwardIm: Float64Array;
  readonly #inverseRe: Float64Array;
  readonly #inverseIm: Float64Array;
  readonly #re: Float64Array;
  readonly #im: Float64Array;

  /**
   * @param dimension - d, an integer in [1, 2^20].
   * @param options - `rounds` (integer in [1, 16], default 2) and `seed`.
   * @throws RangeError/TypeError naming `dimension`, `rounds` or `seed`; TypeError for an unknown option.
   */
  constructor(dimension: number, options?: FftRotationOptions) {
    const { rounds, seed } = validateOptions("options", options, ["rounds", "seed"]);
    const d = validateDimension(dimension);
    this.dimension = d;
    this.rounds = rounds === undefined ? 2 : validateRounds(rounds);
    this.seed = seed === undefined ? drawSeed() : validateSeed(seed);
    const pow2 = (d & (d - 1)) === 0;
    let m = 1;
    while (m < (pow2 ? d : 2 * d - 1)) m *= 2;
    this.fftLength = m;
    const stream = new RandomStream(this.seed);
    this.#signs = new Float64Array(this.rounds * d);
    this.#forwardRe = new Float64Array(this.rounds * m);
    this.#forwardIm = new Float64Array(this.rounds * m);
    this.#inverseRe = new Float64Array(this.rounds * m);
    this.#inverseIm = new Float64Array(this.rounds * m);
    for (let r = 0; r < this.rounds; r++) {
      drawSigns(stream, this.#signs.subarray(r * d, (r + 1) * d));
      const { re: phiRe, im: phiIm } = drawPhases(stream, d);
      if (pow2) {
        for (let k = 0; k < d; k++) {
          this.#forwardRe[r * m + k] = phiRe[k];
          this.#forwardIm[r * m + k] = phiIm[k];
          this.#inverseRe[r * m + k] = phiRe[k];
          this.#inverseIm[r * m + k] = -phiIm[k];
        }
      } else {
        // Real kernel c = F⁻¹φ (imaginary part is rounding noise), its reversal c'_j = c_{−j mod d}
        // for Cᵀ, both zero-padded to M and transformed once.
        const c = dftAnyLength(phiRe, phiIm, true).re;
        const kRe = new Float64Array(m);
        const kIm = new Float64Array(m);
        const kInvRe = new Float64Array(m);
        const kInvIm = new Float64Array(m);
        for (let j = 0; j < d; j++) {
          kRe[j] = c[j];
          kInvRe[j] = c[(d - j) % d];
        }
        fftInto(kRe, kIm, kRe, kIm);
        fftInto(kInvRe, kInvIm, kInvRe, kInvIm);
        this.#forwardRe.set(kRe, r * m);
        this.#forwardIm.set(kIm, r * m);
        this.#inverseRe.set(kInvRe, r * m);
        this.#inverseIm.set(kInvIm, r * m);
      }
    }
    this.#re = new Float64Array(m);
    this.#im = new Float64Array(m);
  }

  forwardInPlace(rows: Float32Array): Float32Array {
    validateRows(rows, this.dimension);
    return this.#apply(rows, 0, rows.length / this.dimension, rows, false);
  }

  forwardFrom(
    source: Float32Array | Float64Array,
    offset: number,
    count: number,
    out: Float32Array,
    rowScales?: Float64Array,
  ): Float32Array {
    validateForwardFrom(source, offset, count, out, rowScales, this.dimension);
    return this.#apply(source, offset, count, out, false, rowScales);
  }

  inverseInPlace(rows: Float32Array): Float32Array {
    validateRows(rows, this.dimension);
    return this.#apply(rows, 0, rows.length / this.dimension, rows, true);
  }

  /** Rows [0, count) of `source` from element `offset` → R x (or Rᵀ x) into `rows`; may alias. */
  #apply(
    source: Float32Array | Float64Array,
    offset: number,
    count: number,
    rows: Float32Array,
    inverse: boolean,
    rowScales?: Float64Array,
  ): Float32Array {
    const d = this.dimension;
    const re = this.#re;
    const im = this.#im;
    const signs = this.#signs;
    for (let i = 0; i < count; i += 2) {
      const a = i * d;
      const b = i + 1 < count ? a + d : -1;
      const sa = rowScales === undefined ? 1 : rowScales[i];
      const sb = rowScales === undefined || b < 0 ? 1 : rowScales[i + 1];
      for (let j = 0; j < d; j++) {
        re[j] = source[offset + a + j] * sa;
        im[j] = b < 0 ? 0 : source[offset + b + j] * sb;
      }
      for (let step = 0; step < this.rounds; step++) {
        const r = inverse ? this.rounds - 1 - step : step;
        if (!inverse) applySigns(re, im, signs, r * d, d);
        this.#circulant(r, inverse);
        if (inverse) applySigns(re, im, signs, r * d, d);
      }
      for (let j = 0; j < d; j++) rows[a + j] = re[j];
      if (b >= 0) for (let j = 0; j < d; j++) rows[b + j] = im[j];
    }
    return rows;
  }

  /** re + i·im (entries [0, d)) ← C (or Cᵀ) applied to it, with the round-r tables. */
  #circulant(r: number, inverse: boolean): void {
    const d = this.dimension;
    const m = this.fftLength;
    const re = this.#re;
    const im = this.#im;
    const kRe = inverse ? this.#inverseRe : this.#forwardRe;
    const kIm = inverse ? this.#inverseIm : this.#forwardIm;
    re.fill(0, d);
    im.fill(0, d);
    fftInto(re, im, re, im);
    const o = r * m;
    for (let k = 0; k < m; k++) {
      const pr = re[k] * kRe[o + k] - im[k] * kIm[o + k];
      im[k] = re[k] * kIm[o + k] + im[k] * kRe[o + k];
      re[k] = pr;
    }
    ifftInto(re, im, re, im);
    if (m !== d) {
      for (let j = 0; j + d < m && j < d; j++) {
        re[j] += re[j + d];
        im[j] += im[j + d];
      }
    }
  }
}

function applySigns(re: Float64Array, im: Float64Array, signs: Float64Array, offset: number, d: number): void {
  for (let j = 0; j < d; j++) {
    re[j] *= signs[offset + j];
    im[j] *= signs[offset + j];
  }
}

/** The Hermitian unit-modulus spectrum of one round, drawn in the documented order. */
function drawPhases(stream: RandomStream, d: number): { re: Float64Array; im: Float64Array } {
  const re = new Float64Array(d);
  const im = new Float64Array(d);
  re[0] = stream.nextUint32() >>> 31 ? -1 : 1;
  for (let k = 1; k < Math.ceil(d / 2); k++) {
    const theta = 2 * Math.PI * stream.nextFloat64();
    re[k] = Math.cos(theta);
    im[k] = Math.sin(theta);
    re[d - k] = re[k];
    im[d - k] = -im[k];
  }
  if (d % 2 === 0 && d > 1) re[d / 2] = stream.nextUint32() >>> 31 ? -1 : 1;
  return { re, im };
}
