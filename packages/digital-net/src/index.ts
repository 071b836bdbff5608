export { DigitalNet, type DigitalNetOptions, type ResolvedDigitalNetOptions } from "./DigitalNet.js";
export { digitalShift } from "./digitalShift.js";
export type { DirectionNumbers, SobolParameters } from "./directionNumbers.js";
export { decodeDirectionNumbers } from "./directionNumbers.js";
export { drawLinearScramble } from "./drawLinearScramble.js";
export type { GeneratingMatrices } from "./GeneratingMatrices.js";
export { integersToFloat } from "./integersToFloat.js";
export { interlaceMatrices } from "./interlaceMatrices.js";
export { interlacePoints } from "./interlacePoints.js";
export { joeKuo } from "./joeKuo.js";
export { type LinearScramble, linearMatrixScramble } from "./linearMatrixScramble.js";
export { type MatricesFromColumnsOptions, matricesFromColumns } from "./matricesFromColumns.js";
export { integerValues, type NetIntegers } from "./NetIntegers.js";
export type { NetMatrices } from "./NetMatrices.js";
export { grayCode, NET_ORDERS, type NetOrder } from "./NetOrder.js";
export { NET_RANDOMIZATIONS, type NetRandomize } from "./NetRandomize.js";
export {
  drawNestedScramble,
  NESTED_KEYS_PER_COORDINATE,
  type NestedScramble,
  nestedScrambleFromKeys,
  nestedUniformScramble,
} from "./nestedUniformScramble.js";
export { netWalk } from "./netWalk.js";
export { sobolGeneratingMatrices } from "./sobolGeneratingMatrices.js";
