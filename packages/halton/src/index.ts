export type { DigitScramble, NestedScrambleKeys } from "./DigitScramble.js";
export { FAURE_LEMIEUX_MULTIPLIERS } from "./faureLemieuxMultipliers.js";
export { firstPrimes } from "./firstPrimes.js";
export { HALTON_MAX_DIMENSION, Halton, type HaltonOptions } from "./Halton.js";
export { HALTON_RANDOMIZATIONS, type HaltonRandomize } from "./HaltonRandomize.js";
export { indexDigits, precisionDigits } from "./precisionDigits.js";
