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
 * {@link cbc} for product weights γ_j = 1/j² and smoothness α = 1, embedded over 2^10 … 2^20 points,
 * with distinct components (no two coordinates of the 2^20-point lattice coincide).
 *
 * @returns a new Uint32Array of {@link DEFAULT_GENERATING_VECTOR_DIMENSION} odd components, each < 2^19.
 * @remarks
 * Built by `scripts/build-default-vector.ts` (`npx tsx scripts/build-default-vector.ts --compare` in
 * packages/lattice), which runs `cbc({ dimension, n: 2^20, mMin: 10, distinct: true })` (about two
 * minutes on one core) and records the worst-case error of
 * the vector at every level 2^10 … 2^20, for several dimensions, next to the error of a plain
 * non-embedded CBC rule built for that level alone, in `data/default-vector-errors.json` and
 * `data/default-vector.md`. Serving all levels at once costs a factor e_default / e_CBC(n) of at most
 * 1.39 over d ∈ {1, 2, 5, …, 3600}, and 1.09–1.16 for d ≥ 100 (same weights γ_j = 1/j², α = 1):
 *
 * | n | d = 2 | d = 10 | d = 100 | d = 1000 | d = 3600 | max over d |
 * | --- | --- | --- | --- | --- | --- | --- |
 * | 2^10 | 1.256 | 1.153 | 1.113 | 1.107 | 1.107 | 1.286 |
 * | 2^11 | 1.152 | 1.190 | 1.130 | 1.124 | 1.123 | 1.253 |
 * | 2^12 | 1.124 | 1.186 | 1.135 | 1.127 | 1.127 | 1.186 |
 * | 2^13 | 1.250 | 1.238 | 1.144 | 1.135 | 1.135 | 1.250 |
 * | 2^14 | 1.370 | 1.257 | 1.160 | 1.150 | 1.149 | 1.370 |
 * | 2^15 | 1.072 | 1.215 | 1.146 | 1.138 | 1.137 | 1.288 |
 * | 2^16 | 1.293 | 1.183 | 1.127 | 1.121 | 1.121 | 1.293 |
 * | 2^17 | 1.319 | 1.148 | 1.116 | 1.110 | 1.109 | 1.319 |
 * | 2^18 | 1.382 | 1.154 | 1.098 | 1.093 | 1.093 | 1.382 |
 * | 2^19 | 1.389 | 1.185 | 1.111 | 1.105 | 1.104 | 1.389 |
 * | 2^20 | 1.138 | 1.203 | 1.133 | 1.124 | 1.124 | 1.327 |
 *
 * (d = 1 is exact at every level: z_1 = 1.) Worst-case errors at 2^20 points: 3.9e−4 (d = 10),
 * 8.7e−4 (d = 100), 9.5e−4 (d = 3600). Beyond 3600 coordinates or 2^20 points, build your own vector
 * with {@link cbc} or load one with {@link parseGeneratingVector}.
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
