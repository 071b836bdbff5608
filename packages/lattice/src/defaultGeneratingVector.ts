import { validateInteger } from "@qmckit/core";
import { DIMENSION, M_MAX, PACKED } from "./data/defaultGeneratingVector.data.js";

/**
 * The default vector serves up to 2^DEFAULT_GENERATING_VECTOR_M_MAX (= 2^20) points.
 * @example
 * ```ts
 * new Lattice(8).maxPoints === 2 ** DEFAULT_GENERATING_VECTOR_M_MAX; // true
 * ```
 */
export const DEFAULT_GENERATING_VECTOR_M_MAX: number = M_MAX;
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
 * `distinct: true`) to extend or re-derive the default vector.
 *
 * @param dimension - number of weights, an integer ≥ 1.
 * @returns a new Float64Array of `dimension` weights.
 * @example
 * ```ts
 * const weights = defaultGeneratingVectorWeights(16);
 * cbc({ dimension: 16, n: 2 ** 20, mMin: 10, distinct: true, weights }).generatingVector; // = defaultGeneratingVector().subarray(0, 16)
 * ```
 */
export function defaultGeneratingVectorWeights(dimension: number): Float64Array {
  validateInteger("dimension", dimension, 1, 2 ** 30);
  return Float64Array.from({ length: dimension }, (_, j) => 1 / (2 * Math.PI ** 2 * (j + 1) ** 2));
}

let decoded: Uint32Array | undefined;

function decode(): Uint32Array {
  // Three bytes per component, big-endian, base64-encoded (components are below 2^24).
  const bytes = atob(PACKED);
  const out = new Uint32Array(DIMENSION);
  for (let j = 0; j < DIMENSION; j++) {
    out[j] = (bytes.charCodeAt(3 * j) << 16) | (bytes.charCodeAt(3 * j + 1) << 8) | bytes.charCodeAt(3 * j + 2);
  }
  return out;
}

/**
 * qmckit's default generating vector (a copy): an extensible base-2 lattice sequence built by our own
 * {@link cbc} for product weights γ_j = 1/(2π² j²) and smoothness α = 1 (Sobolev weights 1/j², see
 * {@link defaultGeneratingVectorWeights}), embedded over 2^10 … 2^20 points, with distinct components
 * (no two coordinates of the 2^20-point lattice coincide).
 *
 * @returns a new Uint32Array of {@link DEFAULT_GENERATING_VECTOR_DIMENSION} odd components, each < 2^19.
 * @remarks
 * Built by `scripts/build-default-vector.ts` (`npx tsx scripts/build-default-vector.ts --compare` in
 * packages/lattice), which runs `cbc({ dimension, n: 2^20, mMin: 10, distinct: true, weights })` (about
 * 90 s on one core) and records the worst-case error of the vector at every level 2^10 … 2^20, for
 * several dimensions, next to the error of a plain non-embedded CBC rule built for that level alone, in
 * `data/default-vector-errors.json` and `data/default-vector.md`. Serving all levels at once costs a
 * factor e_default / e_CBC(n) of at most 1.33 (1.321) over d ∈ {1, 2, 5, …, 3600}, and 1.19–1.31 for d ≥ 100
 * (same weights):
 *
 * | n | d = 2 | d = 10 | d = 100 | d = 1000 | d = 3600 | max over d |
 * | --- | --- | --- | --- | --- | --- | --- |
 * | 2^10 | 1.201 | 1.187 | 1.205 | 1.200 | 1.200 | 1.216 |
 * | 2^11 | 1.043 | 1.199 | 1.193 | 1.185 | 1.185 | 1.205 |
 * | 2^12 | 1.028 | 1.146 | 1.200 | 1.192 | 1.191 | 1.201 |
 * | 2^13 | 1.032 | 1.212 | 1.221 | 1.213 | 1.213 | 1.224 |
 * | 2^14 | 1.152 | 1.278 | 1.271 | 1.264 | 1.262 | 1.278 |
 * | 2^15 | 1.086 | 1.285 | 1.310 | 1.300 | 1.298 | 1.315 |
 * | 2^16 | 1.128 | 1.235 | 1.255 | 1.250 | 1.248 | 1.255 |
 * | 2^17 | 1.206 | 1.268 | 1.262 | 1.258 | 1.257 | 1.271 |
 * | 2^18 | 1.059 | 1.262 | 1.265 | 1.259 | 1.258 | 1.287 |
 * | 2^19 | 1.147 | 1.316 | 1.282 | 1.273 | 1.272 | 1.316 |
 * | 2^20 | 1.197 | 1.321 | 1.303 | 1.299 | 1.298 | 1.321 |
 *
 * (d = 1 is exact at every level: z_1 = 1.) Worst-case errors at 2^20 points (these weights): 2.3e−6
 * (d = 10), 3.4e−6 (d = 100), 3.7e−6 (d = 3600). Beyond 3600 coordinates or 2^20 points, build your own
 * vector with {@link cbc} or load one with {@link parseGeneratingVector}.
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
