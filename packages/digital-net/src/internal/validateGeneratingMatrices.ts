import { formatValue, validateInteger } from "@qmckit/core";
import type { GeneratingMatrices } from "../GeneratingMatrices.js";

/**
 * Checks that a `generatingMatrices` option is a {@link GeneratingMatrices} source (as made by
 * {@link matricesFromColumns} or the Joe–Kuo tables) and returns it.
 *
 * @throws TypeError for something else; RangeError for out-of-range sizes.
 */
export function validateGeneratingMatrices(value: unknown): GeneratingMatrices {
  const g = value as GeneratingMatrices;
  if (value === null || typeof value !== "object" || typeof g.matrices !== "function") {
    throw new TypeError(
      `generatingMatrices must be a GeneratingMatrices source (joeKuo, joeKuoFull or matricesFromColumns(…)); got ${formatValue(value)}`,
    );
  }
  validateInteger("generatingMatrices.maxDimension", g.maxDimension, 1, 2 ** 31);
  validateInteger("generatingMatrices.columns", g.columns, 1, 32);
  validateInteger("generatingMatrices.precision", g.precision, 1, 32);
  return g;
}
