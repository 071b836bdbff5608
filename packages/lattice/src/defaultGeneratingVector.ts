import { formatValue, validateInteger } from "@qmckit/core";
import { DIMENSION, EXTENDED_DIMENSION, M_BASE, M_MAX, PACKED } from "./data/defaultGeneratingVector.data.js";

/**
 * The default vector serves up to 2^DEFAULT_GENERATING_VECTOR_M_MAX (= 2^24) points with its first
 * {@link DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION} components; beyond them, 2^20 (see
 * {@link defaultGeneratingVectorMMax}).
 * @example
 * ```ts
 * new Lattice(8).maxPoints === 2 ** DEFAULT_GENERATING_VECTOR_M_MAX; // true
 * ```
 */
export const DEFAULT_GENERATING_VECTOR_M_MAX: number = M_MAX;
/**
 * Number of leading components of the default vector that serve 2^{@link DEFAULT_GENERATING_VECTOR_M_MAX}
 * points: a default {@link Lattice} of at most this dimension holds 2^24 points, a wider one 2^20.
 * @example
 * ```ts
 * new Lattice(DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION).maxPoints; // 2 ** 24
 * new Lattice(DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION + 1).maxPoints; // 2 ** 20
 * ```
 */
export const DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION: number = EXTENDED_DIMENSION;

/**
 * log2 of the number of points the default vector serves in a dimension: 24 for dimension ≤
 * {@link DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION}, 20 beyond (up to
 * {@link DEFAULT_GENERATING_VECTOR_DIMENSION}) — the `mMax` and `maxPoints = 2^mMax` of a default
 * {@link Lattice}.
 *
 * @param dimension - an integer in [1, DEFAULT_GENERATING_VECTOR_DIMENSION].
 * @returns 24 or 20.
 * @throws RangeError for a dimension outside [1, DEFAULT_GENERATING_VECTOR_DIMENSION].
 * @example
 * ```ts
 * defaultGeneratingVectorMMax(32);   // 24
 * defaultGeneratingVectorMMax(3600); // 20
 * ```
 */
export function defaultGeneratingVectorMMax(dimension: number): number {
  if (!Number.isInteger(dimension) || dimension < 1 || dimension > DIMENSION) {
    throw new RangeError(
      `dimension must be an integer in [1, ${DIMENSION}] (the default generating vector's length); got ${formatValue(dimension)}`,
    );
  }
  return dimension <= EXTENDED_DIMENSION ? M_MAX : M_BASE;
}
/**
 * Number of components of the default vector (3600): the largest `dimension` a default {@link Lattice}
 * accepts.
 * @example
 * ```ts
 * new Lattice(DEFAULT_GENERATING_VECTOR_DIMENSION); // the largest default lattice
 * ```
 */
export const DEFAULT_GENERATING_VECTOR_DIMENSION: number = DIMENSION;

/**
 * The product weights the default vector is built for, in the Korobov space of {@link cbc} (α = 1):
 * γ_j = 1/(2π² j²), j = 1 … dimension — that is, γ_j = 1/j² in the shift-averaged unanchored Sobolev
 * space, the convention of F. Kuo's published vectors. Pass them to {@link cbc} (with `mMin: 10`,
 * `distinct: true`, then `extend`) to re-derive the default vector or to build a longer one.
 *
 * @param dimension - number of weights, an integer ≥ 1.
 * @returns a new Float64Array of `dimension` weights.
 * @example
 * ```ts
 * const weights = defaultGeneratingVectorWeights(16);
 * cbc({ dimension: 16, n: 2 ** 20, mMin: 10, distinct: true, weights }); // the construction of its 2^20 part
 * ```
 */
export function defaultGeneratingVectorWeights(dimension: number): Float64Array {
  validateInteger("dimension", dimension, 1, 2 ** 30);
  return Float64Array.from({ length: dimension }, (_, j) => 1 / (2 * Math.PI ** 2 * (j + 1) ** 2));
}

let decoded: Uint32Array | undefined;

function decode(): Uint32Array {
  // Three bytes per component, big-endian, base64-encoded (components are below 2^24 = 2^M_MAX).
  const bytes = atob(PACKED);
  const out = new Uint32Array(DIMENSION);
  for (let j = 0; j < DIMENSION; j++) {
    out[j] = (bytes.charCodeAt(3 * j) << 16) | (bytes.charCodeAt(3 * j + 1) << 8) | bytes.charCodeAt(3 * j + 2);
  }
  return out;
}

/**
 * qmckit's default generating vector (a copy): an extensible base-2 lattice sequence for up to 2^24
 * points, built by our own {@link cbc} for product weights γ_j = 1/(2π² j²) and smoothness α = 1
 * (Sobolev weights 1/j², see {@link defaultGeneratingVectorWeights}), with distinct components (no two
 * coordinates of the lattice coincide).
 *
 * @returns a new Uint32Array of {@link DEFAULT_GENERATING_VECTOR_DIMENSION} odd components, each < 2^24.
 * @remarks
 * Built in two stages by `scripts/build-default-vector.ts` (in packages/lattice:
 * `npx tsx scripts/build-default-vector.ts --compare`): g = `cbc({ dimension, n: 2^20, mMin: 10,
 * distinct: true, weights })`, embedded over 2^10 … 2^20 points (the vector shipped before, unchanged
 * modulo 2^20; it was built before cbc's tie window was corrected, and today's cbc chooses differently
 * from its second component on), then `cbc({ dimension, n: 2^24, extend: { generatingVector: g, mMax: 20 }, distinct: true,
 * weights })`, which keeps each component modulo 2^20 — so every default lattice with at most 2^20
 * points (natural or gray order) has exactly the points it had — and chooses the four higher bits by
 * the embedded criterion over 2^21 … 2^24. (The `'linear'` order uses N = 2^mMax, so its points change
 * with mMax; `mMax: 20` gives the former ones.)
 *
 * The script records the worst-case error of the vector at every level 2^10 … 2^24 for several
 * dimensions, next to the error of a plain non-embedded CBC rule built for that level alone, in
 * `data/default-vector-errors.json` and `data/default-vector.md`. Serving all levels at once costs a
 * factor e_default / e_CBC(n) of (same weights):
 *
| n | d = 2 | d = 10 | d = 100 | d = 1000 | d = 3600 | max over d |
 * | --- | --- | --- | --- | --- | --- | --- |
 * | 2^10 | 1.201 | 1.187 | 1.205 | 1.200 | 1.200 | 1.216 |
 * | 2^11 | 1.043 | 1.199 | 1.193 | 1.185 | 1.185 | 1.205 |
 * | 2^12 | 1.028 | 1.146 | 1.200 | 1.192 | 1.191 | 1.201 |
 * | 2^13 | 1.032 | 1.212 | 1.221 | 1.213 | 1.213 | 1.224 |
 * | 2^14 | 1.152 | 1.278 | 1.271 | 1.264 | 1.262 | 1.278 |
 * | 2^15 | 1.086 | 1.285 | 1.310 | 1.300 | 1.298 | 1.315 |
 * | 2^16 | 1.128 | 1.235 | 1.255 | 1.250 | 1.248 | 1.255 |
 * | 2^17 | 1.206 | 1.268 | 1.262 | 1.258 | 1.257 | 1.271 |
 * | 2^18 | 1.059 | 1.262 | 1.265 | 1.299† | 1.308† | 1.308† |
 * | 2^19 | 1.154 | 1.309 | 1.274 | 1.310† | 1.319† | 1.319† |
 * | 2^20 | 1.249 | 1.363 | 1.321 | 1.362† | 1.373† | 1.373† |
 * | 2^21 | 1.652 | 1.764 | 1.617 | 1.658† | — | 1.900 |
 * | 2^22 | 1.307 | 1.918 | 1.767 | 1.808† | — | 1.918 |
 * | 2^23 | 1.040 | 1.750 | 1.673 | 1.806† | — | 1.806† |
 * | 2^24 | 0.919 | 1.613 | 1.689 | 1.823† | — | 1.823† |
 *
 * (d = 1 is exact at every level: z_1 = 1.) Worst-case errors at 2^20 points (these weights): 2.3e−6
 * (d = 10), 3.4e−6 (d = 100), 3.7e−6 (d = 3600); at 2^24 points: 2.5e−7 (d = 10), 4.3e−7 (d = 100), 4.6e−7 (d = 1000). Beyond 3600 coordinates or
 * 2^24 points, build your own vector with {@link cbc} (`extend` continues this one) or load one with
 * {@link parseGeneratingVector}.
 * @example
 * ```ts
 * const g = defaultGeneratingVector();
 * g[0];   // 1
 * ```
 */
export function defaultGeneratingVector(): Uint32Array {
  decoded ??= decode();
  return decoded.slice();
}
