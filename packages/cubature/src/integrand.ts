import { formatValue, PointSet, validateChoice, validateInteger, validateOptions } from "@qmckit/core";
import { validateVector } from "./internal/validateVector.js";
import type { Measure } from "./measures/Measure.js";
import { PERIODIZATIONS, type Periodization, periodize } from "./periodize.js";

/** Whether an integrand has one output (`'scalar'`) or several (`'vector'`). */
export type OutputShape = "scalar" | "vector";
/** A value per output: a number for scalar integrands, a Float64Array for vector ones. */
export type ValueOf<S extends OutputShape> = S extends "vector" ? Float64Array : number;
/** A flag per output: a boolean for scalar integrands, a boolean[] for vector ones. */
export type FlagOf<S extends OutputShape> = S extends "vector" ? boolean[] : boolean;

/** What `g` receives beside the points. */
export interface IntegrandContext {
  /** `active[k]` is false for outputs whose value is not needed (converged); g may skip them. */
  readonly active: readonly boolean[];
}

/**
 * The user's function in the measure's space: receives n points t (a {@link PointSet} with one
 * replication, n × d) and returns a Float64Array of n × outputs values, row-major `[i][k]`.
 */
export type IntegrandFunction = (t: PointSet, context: IntegrandContext) => Float64Array;

/** Options of {@link integrand}. */
export interface IntegrandOptions {
  /** Number of outputs k ≥ 1 of a vector-valued integrand; omit for a scalar integrand. */
  outputs?: number;
  /** Measure that generates the points when it differs from `measure` (importance weighting). */
  sampler?: Measure;
  /** Known value of the integral (per output), for tests and examples. */
  exactValue?: number | ArrayLike<number>;
}

/** Options of {@link Integrand.evaluate}. */
export interface EvaluateOptions {
  /** Periodizing transform applied to u first; default `'none'`. */
  periodization?: Periodization;
  /** Outputs that are needed; default all. */
  active?: readonly boolean[];
  /** Output buffer of length n × outputs. */
  out?: Float64Array;
}

/**
 * ∫ g dμ as an integral over the unit cube: `evaluate(u)` gives f(u) = g(T(ψ(u)))·w(u) so that the
 * integral is the mean of f over uniform u. Built by {@link integrand}.
 */
export interface Integrand<S extends OutputShape = "scalar"> {
  readonly measure: Measure;
  /** The measure whose transform generates the points (the `measure` itself unless a sampler was given). */
  readonly sampler: Measure;
  readonly dimension: number;
  readonly outputs: number;
  readonly shape: S;
  /** The exact integral when known. */
  readonly exactValue: ValueOf<S> | undefined;
  readonly g: IntegrandFunction;
  /**
   * Values f(u) of n points u ∈ [0,1)^d (row-major n × d), as n × outputs row-major values; entries of
   * inactive outputs are 0.
   *
   * @throws TypeError / RangeError when g returns a wrong kind, a wrong length, or a non-finite value.
   */
  evaluate(u: Float64Array, n: number, options?: EvaluateOptions): Float64Array;
}

/**
 * Wraps a function `g` of the measure's variable into an {@link Integrand}: the integral ∫ g dμ written
 * as a mean over the unit cube, ready for a stopping criterion.
 *
 * @param measure - the measure μ (see {@link uniform}, {@link gaussian}, {@link brownianMotion}, {@link lebesgue}).
 * @param g - receives a {@link PointSet} of n points in μ's space; returns n (× outputs) values.
 * @param options - `outputs` for a vector-valued g, a `sampler` for importance weighting, an `exactValue`.
 * @returns an `Integrand<'scalar'>`, or `Integrand<'vector'>` when `outputs` is given.
 * @throws TypeError for a non-function g or unknown options; RangeError when the sampler's dimension
 *   differs from the measure's, or for a bad `outputs`.
 *
 * @remarks
 * The composition for a point u of the cube is: periodize (ψ, weight ∏ψ'), transport by the sampler ν
 * (T_ν, weight w_ν), and when ν ≠ μ multiply by the density ratio ρ_μ(t)/ρ_ν(t); then f = g(t)·w.
 * g is called once per batch (vectorise inside g); its values are validated on every call.
 *
 * @example
 * ```ts
 * // E[‖t‖²] under N(0, I_3) is 3
 * const f = integrand(gaussian({ dimension: 3 }), (t) => {
 *   const y = new Float64Array(t.n);
 *   for (let i = 0; i < t.n; i++) for (let j = 0; j < 3; j++) y[i] += t.get(i, j) ** 2;
 *   return y;
 * }, { exactValue: 3 });
 * ```
 */
export function integrand(
  measure: Measure,
  g: IntegrandFunction,
  options?: IntegrandOptions & { outputs?: undefined },
): Integrand<"scalar">;
export function integrand(
  measure: Measure,
  g: IntegrandFunction,
  options: IntegrandOptions & { outputs: number },
): Integrand<"vector">;
export function integrand(measure: Measure, g: IntegrandFunction, options?: IntegrandOptions): Integrand<OutputShape> {
  const o = validateOptions("options", options, ["outputs", "sampler", "exactValue"]);
  if (measure === null || typeof measure !== "object" || typeof measure.transform !== "function")
    throw new TypeError(`measure must be a Measure (e.g. uniform(d)); got ${formatValue(measure)}`);
  if (typeof g !== "function") throw new TypeError(`g must be a function (t: PointSet) => Float64Array; got ${formatValue(g)}`);
  const shape: OutputShape = o.outputs === undefined ? "scalar" : "vector";
  const outputs = o.outputs === undefined ? 1 : validateInteger("outputs", o.outputs, 1, 2 ** 16);
  const sampler = o.sampler ?? measure;
  if (sampler !== measure) {
    if (sampler === null || typeof sampler !== "object" || typeof sampler.transform !== "function")
      throw new TypeError(`sampler must be a Measure; got ${formatValue(sampler)}`);
    if (sampler.dimension !== measure.dimension)
      throw new RangeError(`sampler.dimension must equal measure.dimension = ${measure.dimension}; got ${sampler.dimension}`);
  }
  let exactValue: number | Float64Array | undefined;
  if (o.exactValue !== undefined) {
    const v = validateVector("exactValue", o.exactValue, outputs);
    exactValue = shape === "scalar" ? v[0] : v;
  }
  const d = measure.dimension;
  const allActive: boolean[] = new Array(outputs).fill(true);

  function evaluate(u: Float64Array, n: number, eo?: EvaluateOptions): Float64Array {
    const { periodization = "none", active = allActive, out = new Float64Array(n * outputs) } = eo ?? {};
    validateChoice("periodization", periodization, PERIODIZATIONS);
    const w = new Float64Array(n).fill(1);
    const t = periodize(periodization, u, w, n, d);
    sampler.transform(t, t, w, n);
    if (sampler !== measure) {
      // Importance weighting: dμ/dν = ρ_μ/ρ_ν at the sampled points.
      const lm = measure.logDensity(t, new Float64Array(n), n);
      const ln = sampler.logDensity(t, new Float64Array(n), n);
      for (let i = 0; i < n; i++) w[i] *= lm[i] === Number.NEGATIVE_INFINITY ? 0 : Math.exp(lm[i] - ln[i]);
    }
    const y = g(new PointSet(t, 1, n, d), { active });
    if (!(y instanceof Float64Array)) throw new TypeError(`g must return a Float64Array; got ${formatValue(y)}`);
    if (y.length !== n * outputs)
      throw new RangeError(`g must return n · outputs = ${n} · ${outputs} = ${n * outputs} values; got ${y.length}`);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < outputs; k++) {
        const idx = i * outputs + k;
        if (!active[k]) {
          out[idx] = 0;
          continue;
        }
        const v = y[idx];
        if (!Number.isFinite(v))
          throw new RangeError(
            `g must return finite values; got ${v} at point ${i}, output ${k} (t = [${Array.from(t.subarray(i * d, i * d + d))}])`,
          );
        out[idx] = w[i] === 1 ? v : v * w[i];
      }
    }
    return out;
  }
  return { measure, sampler, dimension: d, outputs, shape, exactValue, g, evaluate } as Integrand<OutputShape>;
}
