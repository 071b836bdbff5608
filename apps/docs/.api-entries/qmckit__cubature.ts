/**
 * QMC cubature: measures, integrands, periodizing transforms and adaptive stopping criteria with error bounds.
 *
 * @module @qmckit/cubature
 */
export * from "@qmckit/cubature";
