export type { BayesCubatureOptions } from "./criteria/BayesCubatureOptions.js";
export type {
  AbortSignalLike,
  AsyncCubatureOptions,
  CubatureOptions,
  CubatureProgress,
  GeneratorOption,
} from "./criteria/CubatureOptions.js";
export type { CriterionName, CubatureResult, CubatureState } from "./criteria/CubatureResult.js";
export { cubBayesLatticeG, cubBayesLatticeGAsync } from "./criteria/cubBayesLatticeG.js";
export { cubBayesNetG, cubBayesNetGAsync } from "./criteria/cubBayesNetG.js";
export { cubMcClt, cubMcCltAsync, type McCltOptions } from "./criteria/cubMcClt.js";
export { cubQmcLatticeG, cubQmcLatticeGAsync } from "./criteria/cubQmcLatticeG.js";
export { cubQmcNetG, cubQmcNetGAsync } from "./criteria/cubQmcNetG.js";
export { cubQmcRepStudentT, cubQmcRepStudentTAsync, type RepStudentTOptions } from "./criteria/cubQmcRepStudentT.js";
export type { GuaranteedCubatureOptions } from "./criteria/GuaranteedCubatureOptions.js";
export { evaluateWindow } from "./evaluation/evaluateWindow.js";
export type { WindowEvaluator, WindowTask } from "./evaluation/WindowTask.js";
export {
  type EvaluateOptions,
  type FlagOf,
  type Integrand,
  type IntegrandContext,
  type IntegrandFunction,
  type IntegrandOptions,
  integrand,
  type OutputShape,
  type ValueOf,
} from "./integrand.js";
export { type AsianOptionOptions, asianOption } from "./integrands/asianOption.js";
export { boxIntegral } from "./integrands/boxIntegral.js";
export { europeanOption } from "./integrands/europeanOption.js";
export { type GenzFamily, type GenzOptions, genz } from "./integrands/genz.js";
export { ishigami } from "./integrands/ishigami.js";
export { keister, keisterExact } from "./integrands/keister.js";
export type { OptionModelOptions } from "./internal/optionModel.js";
export { type BrownianMotionOptions, brownianMotion } from "./measures/brownianMotion.js";
export { type GaussianMeasure, type GaussianOptions, gaussian } from "./measures/gaussian.js";
export { type LebesgueOptions, lebesgue } from "./measures/lebesgue.js";
export type { Measure, MeasureKind } from "./measures/Measure.js";
export { type BoxMeasure, uniform } from "./measures/uniform.js";
export { PERIODIZATIONS, type Periodization, periodize } from "./periodize.js";
export { createSequence, SEQUENCE_KINDS, type SequenceKind, type SequenceSpec } from "./sequences/createSequence.js";
export { IidUniform } from "./sequences/IidUniform.js";
