/**
 * Vectors encoded by a {@link RotationQuantizer}: bit-packed codes plus two float32 scalars per vector.
 * A plain object of flat typed arrays, so it can be stored, sliced and transferred as is; it remembers
 * the fingerprint of the quantizer that produced it, and every method checks it.
 */
export interface EncodedBatch {
  /** Number of vectors. */
  readonly count: number;
  /** The original dimension d. */
  readonly dimension: number;
  /** Bits per coordinate, 1..8. */
  readonly bits: number;
  /** Bytes per vector in `codes`: ⌈d · bits / 8⌉ (each vector starts on a byte boundary). */
  readonly bytesPerVector: number;
  /** `count × bytesPerVector` bytes, in the layout of {@link packCodes}. */
  readonly codes: Uint8Array;
  /**
   * Per vector, the factor applied to the unit reconstruction: ‖x‖ / ⟨u, û⟩ with scale `'unbiased'`
   * (u = x/‖x‖, û the unit-vector reconstruction), ‖x‖ with `'norm'`; 0 for a zero vector.
   */
  readonly scales: Float32Array;
  /** Per vector, the exact ‖x‖ (for cosine and L2 scores). */
  readonly norms: Float32Array;
  /** {@link RotationQuantizer.fingerprint} of the quantizer that encoded it. */
  readonly fingerprint: number;
}
