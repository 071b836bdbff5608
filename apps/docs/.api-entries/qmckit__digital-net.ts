/**
 * Sobol' and base-2 digital nets with linear matrix scrambling, digital shift, nested uniform scrambling and higher order.
 *
 * @module @qmckit/digital-net
 */
export * from "@qmckit/digital-net";
