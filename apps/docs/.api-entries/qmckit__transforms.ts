/**
 * Fast transforms for QMC: FFT in bit-reversed order, Walsh-Hadamard, in place and batched, and a natural-order FFT.
 *
 * @module @qmckit/transforms
 */
export * from "@qmckit/transforms";
