export { type CbcExtend, type CbcOptions, type CbcResult, cbc } from "./cbc.js";
export {
  DEFAULT_GENERATING_VECTOR_DIMENSION,
  DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION,
  DEFAULT_GENERATING_VECTOR_M_MAX,
  defaultGeneratingVector,
  defaultGeneratingVectorMMax,
  defaultGeneratingVectorWeights,
} from "./defaultGeneratingVector.js";
export { korobovKernel, type Smoothness } from "./korobovKernel.js";
export { Lattice, type LatticeOptions, type ResolvedLatticeOptions } from "./Lattice.js";
export type { LatticeIntegers } from "./LatticeIntegers.js";
export { LATTICE_ORDERS, type LatticeOrder } from "./LatticeOrder.js";
export { LATTICE_RANDOMIZATIONS, type LatticeRandomize } from "./LatticeRandomize.js";
export { type ParsedGeneratingVector, parseGeneratingVector } from "./parseGeneratingVector.js";
export type { WeightOptions } from "./WeightOptions.js";
export { worstCaseError } from "./worstCaseError.js";
