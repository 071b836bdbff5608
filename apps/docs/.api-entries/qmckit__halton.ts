/**
 * Halton sequences with LMS, digit permutation, digital shift, nested uniform and QRNG scrambles.
 *
 * @module @qmckit/halton
 */
export * from "@qmckit/halton";
