import { formatValue } from "@qmckit/core";
import type { Codebook } from "../codebook/Codebook.js";
import type { Marginal } from "../codebook/Marginal.js";
import type { Rotation } from "../rotation/Rotation.js";

/**
 * Checks that `value` is a {@link Marginal}: a support and the density and moment functions.
 * @throws TypeError naming `marginal`.
 * @example
 * ```ts
 * checkMarginal(gaussianMarginal);
 * ```
 */
export function checkMarginal(value: unknown): asserts value is Marginal {
  const m = value as Marginal | null;
  if (
    m === null ||
    typeof m !== "object" ||
    typeof m.support !== "number" ||
    !(m.support > 0) ||
    typeof m.mass !== "function" ||
    typeof m.firstMoment !== "function" ||
    typeof m.secondMoment !== "function" ||
    typeof m.density !== "function"
  ) {
    throw new TypeError(`marginal must be a Marginal (e.g. gaussianMarginal or sphereMarginal(d)); got ${formatValue(value)}`);
  }
}

/**
 * Checks that `value` is a {@link Codebook}: 2^bits ascending finite centroids and 2^bits − 1 thresholds.
 * @throws TypeError / RangeError naming `codebook`.
 * @example
 * ```ts
 * checkCodebook(gaussianCodebook(2));
 * ```
 */
export function checkCodebook(value: unknown): asserts value is Codebook {
  const c = value as Codebook | null;
  if (c === null || typeof c !== "object" || !(c.centroids instanceof Float64Array) || !(c.thresholds instanceof Float64Array)) {
    throw new TypeError(`codebook must be a Codebook (e.g. gaussianCodebook(bits)); got ${formatValue(value)}`);
  }
  const levels = c.centroids.length;
  if (!Number.isInteger(c.bits) || c.bits < 1 || c.bits > 8 || levels !== 2 ** c.bits || c.thresholds.length !== levels - 1) {
    throw new RangeError(
      `codebook must have 2^bits centroids and 2^bits − 1 thresholds for bits in [1, 8]; got bits ${formatValue(c.bits)}, ${levels} centroids, ${c.thresholds.length} thresholds`,
    );
  }
  for (let i = 0; i < levels; i++) {
    if (!Number.isFinite(c.centroids[i]) || (i > 0 && !(c.centroids[i] > c.centroids[i - 1]))) {
      throw new RangeError(`codebook.centroids must be finite and increasing; got ${formatValue(c.centroids[i])} at ${i}`);
    }
  }
}

/**
 * Checks that `value` is a {@link Rotation}: a kind, a positive integer dimension and `forwardInPlace`.
 * @throws TypeError naming `rotation`.
 * @example
 * ```ts
 * checkRotation(new HadamardRotation(8, { seed: 1 }));
 * ```
 */
export function checkRotation(value: unknown): asserts value is Rotation {
  const r = value as Rotation | null;
  if (
    r === null ||
    typeof r !== "object" ||
    (r.kind !== "hadamard" && r.kind !== "fft") ||
    !Number.isInteger(r.dimension) ||
    r.dimension < 1 ||
    typeof r.forwardInPlace !== "function"
  ) {
    throw new TypeError(`rotation must be a Rotation (HadamardRotation or FftRotation); got ${formatValue(value)}`);
  }
}
