export { crc32 } from "./crc32.js";
export {
  allocateArray,
  allocateCall,
  type GeneratorCall,
  type GeneratorShape,
  generateInto,
  generatePoints,
  generateReplicationInto,
  resolveCall,
  type TypedArrayType,
} from "./generatorCall.js";
export { MAX_COORDINATES_PER_CALL } from "./MAX_COORDINATES_PER_CALL.js";
export { checkMemory, MEMORY_BUDGET_BYTES } from "./memoryBudget.js";
export { PointSet } from "./PointSet.js";
export { drawSeed } from "./random/drawSeed.js";
export { mix32 } from "./random/mix32.js";
export { RandomStream } from "./random/RandomStream.js";
export { spawnSeeds } from "./random/spawnSeeds.js";
export { GOLDEN_GAMMA, mix64, splitMix64 } from "./random/splitMix64.js";
export type { Sequence, SequenceOptions } from "./Sequence.js";
export { formatValue } from "./validate/formatValue.js";
export { validateChoice } from "./validate/validateChoice.js";
export { type FloatArray, validateFloatArray } from "./validate/validateFloatArray.js";
export { validateInteger } from "./validate/validateInteger.js";
export { validateOptions } from "./validate/validateOptions.js";
export { validatePowerOfTwo } from "./validate/validatePowerOfTwo.js";
export { MAX_REPLICATIONS, validateReplications } from "./validate/validateReplications.js";
export { MAX_SEED, validateSeed } from "./validate/validateSeed.js";
