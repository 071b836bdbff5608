export type { DigitalShiftInvariantChanges, DigitalShiftInvariantKernel } from "./DigitalShiftInvariant.js";
export {
  type DigitalShiftInvariantAdaptiveKernelOptions,
  digitalShiftInvariantAdaptiveKernel,
} from "./digitalShiftInvariantAdaptiveKernel.js";
export {
  type DigitalShiftInvariantCombinedKernelOptions,
  digitalShiftInvariantCombinedKernel,
} from "./digitalShiftInvariantCombinedKernel.js";
export { type DigitalShiftInvariantKernelOptions, digitalShiftInvariantKernel } from "./digitalShiftInvariantKernel.js";
export {
  FAST_GP_LOSSES,
  FAST_GP_PARAMS,
  FastGP,
  type FastGPFitOptions,
  type FastGPFitResult,
  type FastGPOptions,
  type PosteriorIntegral,
} from "./FastGP.js";
export { FastGram, type FastGramOptions } from "./FastGram.js";
export { type Kernel, MAX_MATRIX_ENTRIES, type NetPointInput, type PointInput } from "./Kernel.js";
export type { ShiftInvariantChanges, ShiftInvariantKernel } from "./ShiftInvariant.js";
export { type ShiftInvariantCombinedKernelOptions, shiftInvariantCombinedKernel } from "./shiftInvariantCombinedKernel.js";
export { type ShiftInvariantKernelOptions, shiftInvariantKernel } from "./shiftInvariantKernel.js";
