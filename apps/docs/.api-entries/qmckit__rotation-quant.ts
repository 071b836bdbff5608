/**
 * Randomized-rotation + Lloyd-Max vector codec with unbiased inner products and top-k search.
 *
 * @module @qmckit/rotation-quant
 */
export * from "@qmckit/rotation-quant";
