import { formatValue, validateInteger, validateOptions } from "@qmckit/core";
import { candidateLog, powerOfTwoGroup, primeGroup } from "./internal/cbcGroup.js";
import { PodState, ProductState } from "./internal/cbcState.js";
import { isPrime } from "./internal/primes.js";
import { checkWeightScale, resolveWeights } from "./internal/resolveWeights.js";
import { type CandidateRestriction, runCbc } from "./internal/runCbc.js";
import { validateVector } from "./internal/validateVector.js";
import type { WeightOptions } from "./WeightOptions.js";

/**
 * Options of {@link cbc}.
 * @example
 * ```ts
 * const rule: CbcOptions = { dimension: 32, n: 65521 };                   // prime n
 * const sequence: CbcOptions = { dimension: 32, n: 2 ** 20, mMin: 10, distinct: true };
 * const longer: CbcOptions = { dimension: 3, n: 2 ** 6, extend: { generatingVector: [1, 5, 7], mMax: 3 } };
 * ```
 */
export interface CbcOptions extends WeightOptions {
  /** Number of components to construct: an integer in [1, 100000]. */
  dimension: number;
  /** Number of points: a prime, or a power of two (the largest level of an extensible sequence); at most 2^30. */
  n: number;
  /**
   * Build an extensible (embedded) base-2 sequence: the vector is chosen for all the rules with 2^m
   * points, mMin ≤ m ≤ log2 n, at once. Requires n = 2^m. Omit for a single rule with n points.
   */
  mMin?: number;
  /**
   * Exclude components already chosen (z ≡ ±z_i mod n), so that no two coordinates of the lattice are
   * identical; default false (the plain CBC). Needs dimension ≤ the number of candidates (⌈(n−1)/2⌉ for
   * prime n, max(1, n/4) for n = 2^m).
   */
  distinct?: boolean;
  /**
   * Extend an extensible base-2 sequence to more points without changing its first 2^mMax:
   * z_j ≡ g_j (mod 2^mMax) for the given g (odd, at least `dimension` components), and the higher bits
   * of z_j are chosen by the embedded criterion over the levels 2^mMin … n, where mMin defaults to
   * mMax + 1 (it must exceed mMax: the lower levels are fixed). Requires n = 2^m with m > mMax.
   * qmckit's default vector is built so from 2^20 to 2^24 points.
   */
  extend?: CbcExtend;
}

/**
 * The sequence that {@link CbcOptions.extend} extends.
 * @example
 * ```ts
 * const extend: CbcExtend = { generatingVector: defaultGeneratingVector(), mMax: 20 };
 * ```
 */
export interface CbcExtend {
  /** g: odd integers in [1, 2^32), at least `dimension` of them; only g mod 2^mMax matters. */
  generatingVector: ArrayLike<number>;
  /** g serves 2^mMax points: an integer in [0, log2 n − 1]. */
  mMax: number;
}

/**
 * Result of {@link cbc}.
 * @example
 * ```ts
 * const r = cbc({ dimension: 4, n: 256, mMin: 6 });
 * r.worstCaseError;                            // e of the 4-dimensional rule with 256 points (the largest level)
 * r.levels;                                    // [64, 128, 256]
 * r.worstCaseErrorByLevel[1];                  // e of all 4 components at 128 points
 * r.worstCaseErrorByDimension[1];              // e of components 1 … 2 at 256 points
 * r.worstCaseErrorByDimensionAndLevel[1 * 3 + 0]; // e of components 1 … 2 at 64 points
 * ```
 */
export interface CbcResult {
  /** z_1, …, z_d, each in [1, n/2] (with `extend`: in [1, n), z_j ≡ g_j mod 2^mMax). */
  generatingVector: Uint32Array;
  /** The number of points n (the largest level). */
  n: number;
  /**
   * The worst-case error e of the rule built: all `dimension` components, n points (for an extensible
   * sequence, its largest level n; the other levels are in `worstCaseErrorByLevel`).
   */
  worstCaseError: number;
  /** The point counts of the levels: [2^mMin, …, n] for an extensible sequence, else [n]. */
  levels: number[];
  /** Entry l: e of all `dimension` components with `levels[l]` points; its last entry is `worstCaseError`. */
  worstCaseErrorByLevel: Float64Array;
  /** Entry s: e of components 1 … s + 1 with n points; its last entry is `worstCaseError`. */
  worstCaseErrorByDimension: Float64Array;
  /**
   * e of components 1 … s + 1 with `levels[l]` points at index `s * levels.length + l` (flat, shape
   * `[dimension][levels.length]`).
   */
  worstCaseErrorByDimensionAndLevel: Float64Array;
}

const KEYS = ["dimension", "n", "mMin", "distinct", "weights", "orderWeights", "alpha", "extend"] as const;
const EXTEND_KEYS = ["generatingVector", "mMax"] as const;

/**
 * Fast component-by-component (CBC) construction of a rank-1 lattice rule, or of an extensible lattice
 * sequence in base 2, that minimizes the worst-case error in a weighted Korobov space.
 *
 * @param options - see {@link CbcOptions} and {@link WeightOptions}: `dimension`, `n`, optional `mMin`,
 *   `distinct` (default false), `weights` (γ_j, default 1/j²), `orderWeights` (Γ_ℓ, default all 1),
 *   `alpha` (1, 2 or 3; default 1), `extend` (keep the low bits of an extensible sequence).
 * @returns the generating vector and its worst-case errors (see {@link CbcResult}).
 * @throws RangeError when n is neither a prime nor a power of two (or out of [2, 2^30]), when mMin is
 *   given with a prime n or is out of [0, log2 n] ([extend.mMax + 1, log2 n] with `extend`), for bad
 *   weights (also weights so large that the lattice sums would overflow double precision:
 *   n · Σ_u γ_u ω_α(0)^{|u|} above 1e290), for an `extend` vector that is too short or has an even component; TypeError for wrong
 *   kinds and unknown options.
 * @remarks
 * Stage s chooses z_s among the units mod n (1 … n−1 for prime n, the odd numbers for n = 2^m),
 * keeping z_1 … z_{s−1}, to minimize e²(z_1, …, z_s) (see {@link worstCaseError}). Since ω_α is even,
 * z and n − z are equivalent and the search is over z ≤ n/2; among candidates within a relative 1e−10
 * of the best criterion the smallest z is taken (so z_1 = 1).
 *
 * Fast algorithm (Nuyens & Cools 2006, "Fast algorithms for component-by-component construction of
 * rank-1 lattice rules in shift-invariant reproducing kernel Hilbert spaces", Math. Comp. 75; and
 * "… with a non-prime number of points", J. Complexity 22): reordering residues and candidates by
 * powers of a generator of the unit group turns the n × n matrix `ω({k z/n})` into circulant blocks
 * (one of length (n−1)/2 for prime n; blocks of length 2^{r−2} for the residues of 2-adic valuation
 * m − r when n = 2^m), so each stage costs a few FFTs: O(d·n log n) in total for product weights,
 * O(d·n log n + d²·n) time and O(d·n) memory for order-dependent/POD weights.
 *
 * Extensible sequences (Cools, Kuo & Nuyens 2006, "Constructing embedded lattice rules for
 * multivariate integration", SIAM J. Sci. Comput. 28): with mMin given, stage s chooses the odd z_s
 * (< n) minimizing `max_m e_m(z)/e_m*`, where e_m(z) is the error of the 2^m-point rule with
 * components z_1 … z_{s−1}, z (all taken mod 2^m) and e_m* = min over z of e_m(z) at that stage — the
 * largest relative loss against choosing for level m alone. The errors of all levels come out of the
 * same FFTs (level m uses blocks 0 … m), so the cost is that of one search with n points.
 *
 * Accuracy: e² is a sum that cancels from terms of size A ≈ Σ_u γ_u ω(0)^{|u|} down to O(n^{−2α}),
 * so it carries an absolute rounding error of a few ulps of A. For α ≥ 2 and large n (e.g. α = 2,
 * n = 2^16, few dimensions) e² reaches that level: candidates can then no longer be ranked (ties go
 * to the smallest z), a reported e² that rounds below 0 is reported as e = 0, and such a level takes no
 * part in the extensible criterion.
 *
 * With `extend`, the candidates of stage s are the 2^{m − mMax} odd z ≡ g_s (mod 2^mMax) (candidate
 * indices a ≡ a_s mod 2^{mMax−2} in the reordering), and their convolution entries are computed as
 * direct sums when there are few of them: O(2^{m−mMax}·n) per stage instead of the FFTs.
 *
 * With rapidly decaying weights the criterion barely sees interactions between unimportant
 * coordinates, and plain CBC then often repeats components (identical coordinates); `distinct: true`
 * forbids that (qmckit's default vector is built so).
 *
 * The FFTs (power-of-two lengths, zero-padded for prime n) come from `@qmckit/transforms`.
 * @example
 * ```ts
 * const rule = cbc({ dimension: 10, n: 1021 });                 // prime n, γ_j = 1/j², α = 1
 * rule.generatingVector;                                        // Uint32Array(10), starts with 1
 * rule.worstCaseError;                                          // e of the 10-dimensional rule
 * rule.worstCaseErrorByDimension[4];                            // e of its first 5 components
 * const seq = cbc({ dimension: 10, n: 2 ** 16, mMin: 8, alpha: 2 }); // extensible, 2^8 … 2^16 points
 * ```
 */
export function cbc(options: CbcOptions): CbcResult {
  const opts = validateOptions("options", options, KEYS);
  if (options === undefined) throw new TypeError("options must be an object with dimension and n; got undefined");
  const dimension = validateInteger("dimension", opts.dimension, 1, 100000);
  const n = validateInteger("n", opts.n, 2, 2 ** 30);
  const powerOfTwo = (n & (n - 1)) === 0;
  if (!powerOfTwo && !isPrime(n)) {
    throw new RangeError(`n must be a prime or a power of two in [2, 2^30]; got ${formatValue(n)}`);
  }
  const m = Math.round(Math.log2(n));
  let mMin = m;
  let extend: { vector: Float64Array; mMax: number } | undefined;
  if (opts.extend !== undefined) {
    const e = validateOptions("extend", opts.extend, EXTEND_KEYS);
    if (e.generatingVector === undefined || e.mMax === undefined) {
      throw new TypeError("extend must be an object { generatingVector, mMax }");
    }
    if (!powerOfTwo) throw new RangeError(`extend requires n to be a power of two; got n = ${n}, a prime`);
    const mMax = validateInteger("extend.mMax", e.mMax, 0, m - 1, `log2 n − 1 = ${m - 1}`);
    const vector = validateVector("extend.generatingVector", e.generatingVector, 2 ** 32 - 1, dimension);
    if (mMax >= 1) {
      const even = vector.findIndex((z) => z % 2 === 0);
      if (even >= 0) {
        throw new RangeError(`extend.generatingVector[${even}] must be odd (a unit mod 2^mMax); got ${vector[even]}`);
      }
    }
    extend = { vector, mMax };
    mMin = mMax + 1;
  }
  if (opts.mMin !== undefined) {
    if (!powerOfTwo) {
      throw new RangeError(`mMin (an extensible sequence) requires n to be a power of two; got n = ${n}, a prime`);
    }
    mMin =
      extend === undefined
        ? validateInteger("mMin", opts.mMin, 0, m, `n = 2^${m}`)
        : validateInteger("mMin", opts.mMin, extend.mMax + 1, m, `extend.mMax + 1 … log2 n`);
  }
  const { distinct = false } = opts;
  if (typeof distinct !== "boolean") throw new TypeError(`distinct must be a boolean; got ${formatValue(distinct)}`);
  const weights = resolveWeights(opts, dimension);
  checkWeightScale(weights, n);
  const { gamma, orderGamma, alpha } = weights;
  const group = powerOfTwo ? powerOfTwoGroup(m, alpha, mMin) : primeGroup(n, alpha);
  if (distinct && dimension > group.candidates) {
    throw new RangeError(
      `dimension must be at most the number of distinct candidates ${group.candidates} for n = ${n} with distinct: true; got ${dimension}`,
    );
  }
  const state = orderGamma === null ? new ProductState(group.classes) : new PodState(group.classes, orderGamma);
  let restriction: CandidateRestriction | undefined;
  if (extend !== undefined) {
    const { vector, mMax } = extend;
    restriction = {
      step: 2 ** Math.max(0, mMax - 2),
      residues: Array.from({ length: dimension }, (_, j) => candidateLog(vector[j] % 2 ** mMax, mMax)),
    };
  }
  const { generatingVector, errors } = runCbc(group, state, gamma, distinct, restriction);
  if (extend !== undefined) {
    // z and n − z give the same errors; return the one that keeps the low bits of g.
    const mod = 2 ** extend.mMax;
    for (let j = 0; j < dimension; j++) {
      const z = generatingVector[j];
      if (z % mod !== extend.vector[j] % mod) generatingVector[j] = n - z;
    }
  }
  const nl = group.levels.length;
  const worstCaseErrorByDimension = new Float64Array(dimension);
  for (let s = 0; s < dimension; s++) worstCaseErrorByDimension[s] = errors[s * nl + nl - 1];
  return {
    generatingVector,
    n,
    worstCaseError: worstCaseErrorByDimension[dimension - 1],
    levels: group.levels.map((l) => l.points),
    worstCaseErrorByLevel: errors.slice((dimension - 1) * nl),
    worstCaseErrorByDimension,
    worstCaseErrorByDimensionAndLevel: errors,
  };
}
