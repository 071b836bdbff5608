export { DISCREPANCY_METHODS, type DiscrepancyMethod } from "./DiscrepancyMethod.js";
export { type DiscrepancyOptions, discrepancy } from "./discrepancy.js";
export { type GeometricDiscrepancyOptions, type GeometricMetric, geometricDiscrepancy } from "./geometricDiscrepancy.js";
export type { PointsInput } from "./PointsInput.js";
export { updateDiscrepancy } from "./updateDiscrepancy.js";
export { T_VALUE_MAX_DIMENSION, T_VALUE_MAX_M, tValue } from "./tValue.js";
export { type LatticePAlphaOptions, latticePAlpha } from "./latticePAlpha.js";
export { SPECTRAL_TEST_MAX_DIMENSION, type SpectralTestResult, spectralTest } from "./spectralTest.js";
