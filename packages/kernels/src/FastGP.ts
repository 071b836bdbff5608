import { formatValue, type PointSet, validateOptions } from "@qmckit/core";
import { DigitalNet, type NetIntegers } from "@qmckit/digital-net";
import { Lattice } from "@qmckit/lattice";
import type { DigitalShiftInvariantKernel } from "./DigitalShiftInvariant.js";
import { FastGram } from "./FastGram.js";
import {
  adaptiveAlphaDerivative,
  type FreeSet,
  freeCount,
  type Hyper,
  type LossName,
  type SpectralReplication,
  spectralLoss,
} from "./internal/gpSpectral.js";
import { floatRows, intRows } from "./internal/inputs.js";
import { lbfgs } from "./internal/lbfgs.js";
import { checkNonNegative } from "./internal/params.js";
import { columnSpectrum, powerSpectrum, type Transform } from "./internal/spectral.js";
import type { NetPointInput } from "./Kernel.js";
import type { ShiftInvariantKernel } from "./ShiftInvariant.js";

/**
 * Options of {@link FastGP}.
 * @example
 * ```ts
 * const options: FastGPOptions = {
 *   generator: new Lattice(2, { seed: 7 }),
 *   kernel: shiftInvariantKernel({ dimension: 2 }),
 *   noise: 1e-8,
 * };
 * ```
 */
export interface FastGPOptions {
  /** A Lattice (with a shift-invariant kernel) or a DigitalNet (with a digitally-shift-invariant kernel), natural order; several replications fit one GP with shared hyperparameters. */
  generator: Lattice | DigitalNet;
  /** The prior covariance kernel (its scale, weights and, for the adaptive DSI kernel, α are what {@link FastGP.fit} tunes). */
  kernel: ShiftInvariantKernel | DigitalShiftInvariantKernel;
  /** Noise variance ν ≥ 0 of the observations (the nugget of K + νI); default 1e-10·K(x, x). */
  noise?: number;
}

/** The loss names {@link FastGP.fit} accepts. */
export const FAST_GP_LOSSES = ["mll", "gcv", "cv"] as const;
/** The hyperparameter names {@link FastGP.fit} can tune. */
export const FAST_GP_PARAMS = ["scale", "weights", "alpha", "noise"] as const;

/**
 * Options of {@link FastGP.fit}.
 * @example
 * ```ts
 * const options: FastGPFitOptions = { loss: "mll", params: ["scale", "weights"], sharedWeights: false };
 * ```
 */
export interface FastGPFitOptions {
  /** `'mll'` (negative log marginal likelihood, default), `'gcv'` or `'cv'` (leave-one-out; equal to GCV on these designs). */
  loss?: "mll" | "gcv" | "cv";
  /** Which hyperparameters to tune; default `['scale', 'weights']`. `'alpha'` needs the adaptive DSI kernel; `'noise'` a noise > 0. */
  params?: readonly ("scale" | "weights" | "alpha" | "noise")[];
  /** One weight for all coordinates (and one α) instead of one per coordinate; default false. */
  sharedWeights?: boolean;
  /** Box bounds [lo, hi], 0 < lo < hi, per tuned hyperparameter (enforced by a logistic reparameterization of log θ). */
  bounds?: {
    scale?: readonly [number, number];
    weights?: readonly [number, number];
    alpha?: readonly [number, number];
    noise?: readonly [number, number];
  };
  /** L-BFGS iterations; default 200. */
  maxIterations?: number;
}

/**
 * What {@link FastGP.fit} returns.
 * @example
 * ```ts
 * const r: FastGPFitResult = gp.fit();
 * const note = r.converged ? "" : r.message; // why the optimizer stopped early, when it did
 * ```
 */
export interface FastGPFitResult {
  loss: "mll" | "gcv" | "cv";
  /** The final loss value (finite; the start value when the optimizer could not improve it). */
  value: number;
  /** The loss at the start. */
  initialValue: number;
  converged: boolean;
  message: string;
  iterations: number;
  evaluations: number;
  scale: number;
  weights: readonly number[];
  alpha: readonly number[] | undefined;
  noise: number;
}

/**
 * Posterior of the integral of f over [0, 1]^d.
 * @example
 * ```ts
 * const { mean, variance } = gp.posteriorIntegral();
 * ```
 */
export interface PosteriorIntegral {
  mean: number;
  variance: number;
  /** One entry per replication (the combined values are their mean and (mean standard deviation)²). */
  replications: readonly { mean: number; variance: number }[];
}

const KEYS = ["generator", "kernel", "noise"];
const FIT_KEYS = ["loss", "params", "sharedWeights", "bounds", "maxIterations"];
const DEFAULT_BOUNDS: Record<string, [number, number]> = {
  scale: [1e-12, 1e12],
  weights: [1e-10, 1e6],
  alpha: [0.05, 20],
  noise: [1e-16, 1e6],
};
const BLOCK = 64;

/** The per-replication design, stored in the form the kernel evaluates. */
type Design = { kind: "lattice"; x: Float64Array } | { kind: "net"; hi: Uint32Array; lo: Uint32Array; bits: number };

/**
 * A Gaussian process whose design is a lattice (shift-invariant kernel) or a digital net
 * (digitally-shift-invariant kernel) in natural order: fitting, updating and every posterior quantity
 * cost O(n log n) through {@link FastGram} instead of the O(n³) of a dense GP.
 *
 * @remarks
 * The prior is f ~ GP(0, K) and the observations are y_i = f(x_i) + ε_i, ε_i ~ N(0, ν). The design
 * grows by doubling: {@link FastGP.nextPoints} gives the points to evaluate (the first 2^m, then
 * 2^m … 2^{m+1} − 1, …), {@link FastGP.addValues} adds their values and updates the Gram matrix by
 * {@link FastGram.extend} in O(n log n). With a replicated generator (R randomizations), each
 * replication has its own Gram matrix and the losses of {@link FastGP.fit} are summed (mll) or
 * averaged (gcv, cv), so one set of hyperparameters is shared. Posteriors are per replication (exact);
 * without a `replication` argument they are combined: the mean of the R posterior means, with the
 * variance (mean of the R posterior standard deviations)², an upper bound on the prior variance of
 * the combined error (the joint posterior of all R·n points has no fast form).
 *
 * @example
 * ```ts
 * const gp = new FastGP({ generator: new Lattice(2, { seed: 7 }), kernel: shiftInvariantKernel({ dimension: 2 }) });
 * const f = (x: Float64Array) => Math.exp(x[0]) * Math.cos(x[1]);
 * for (const n of [256, 512, 1024]) {
 *   const x = gp.nextPoints(n);
 *   gp.addValues(Float64Array.from({ length: x.n }, (_, i) => f(x.point(i))));
 *   gp.fit();
 * }
 * const { mean, variance } = gp.posteriorIntegral();
 * const [lo, hi] = gp.credibleInterval(0.99);
 * ```
 */
export class FastGP {
  /** The generator (a Lattice or a DigitalNet). */
  readonly generator: Lattice | DigitalNet;
  /** Number of replications R of the generator. */
  readonly replications: number;
  /** Number of coordinates d. */
  readonly dimension: number;
  #kernel: ShiftInvariantKernel | DigitalShiftInvariantKernel;
  #noise: number;
  #grams: FastGram[] | undefined;
  #designs: Design[];
  #y: Float64Array[];
  #n = 0;
  #pending = 0;
  #weights: Float64Array[] = [];
  #spectral: SpectralReplication[] | undefined;

  /**
   * @param options - see {@link FastGPOptions}.
   * @throws TypeError / RangeError as {@link FastGram} for the generator and kernel, and for a negative noise.
   */
  constructor(options: FastGPOptions) {
    const o = validateOptions("options", options, KEYS);
    if (options === undefined)
      throw new TypeError("options must be an options object { generator, kernel, noise? }; got undefined");
    const generator = o.generator;
    if (!(generator instanceof Lattice) && !(generator instanceof DigitalNet)) {
      throw new TypeError(
        `generator must be a Lattice (with a shift-invariant kernel) or a DigitalNet (with a digitally-shift-invariant kernel); got ${formatValue(generator)}`,
      );
    }
    const kernel = o.kernel as ShiftInvariantKernel | DigitalShiftInvariantKernel;
    // Validate the pairing once with the smallest Gram matrix (throws the FastGram errors).
    new FastGram({ generator, kernel, n: 1 });
    this.generator = generator;
    this.replications = generator.replications;
    this.dimension = kernel.dimension;
    this.#kernel = kernel;
    this.#noise = o.noise === undefined ? 1e-10 * kernel.diagonal() : checkNonNegative("noise", o.noise);
    this.#designs = [];
    this.#y = [];
    this.#grams = undefined;
  }

  /** The current kernel (after {@link FastGP.fit}, with the fitted hyperparameters). */
  get kernel(): ShiftInvariantKernel | DigitalShiftInvariantKernel {
    return this.#kernel;
  }

  /** The current noise variance ν. */
  get noise(): number {
    return this.#noise;
  }

  /** Number of points with values, per replication. */
  get n(): number {
    return this.#n;
  }

  /** The Gram matrices (one per replication), once values were added. */
  get grams(): readonly FastGram[] {
    return this.#grams ?? [];
  }

  /** The values y, one Float64Array of length n per replication (copies). */
  values(): Float64Array[] {
    return this.#y.map((y) => y.slice());
  }

  /**
   * The design points to evaluate next: points `this.n … n − 1` of every replication, as a PointSet
   * with `replications` rows blocks (net points as floats). n must be a power of two above the current
   * number of points (the first call: the initial 2^m; then typically 2·this.n).
   * @throws RangeError for an n that is not a power of two greater than `this.n` or above the generator's capacity.
   */
  nextPoints(n: number = Math.max(1, 2 * this.#n)): PointSet {
    if (typeof n !== "number") throw new TypeError(`n must be a number (a power of two); got ${formatValue(n)} (${typeof n})`);
    if (!Number.isInteger(n) || n < 1 || (n & (n - 1)) !== 0 || n <= this.#n || n > this.generator.maxPoints) {
      throw new RangeError(
        `n must be a power of two greater than the current number of points ${this.#n} and at most the generator's maxPoints = ${this.generator.maxPoints}; got ${formatValue(n)}`,
      );
    }
    this.#pending = n;
    return this.generator.points(this.#n, n);
  }

  /**
   * Adds the values at the points of the last {@link FastGP.nextPoints} call (replication-major, the
   * layout of that PointSet's rows) and updates the Gram matrices in O(n log n) (by `extend`).
   * @throws Error when there are no pending points; TypeError for y not an array of numbers;
   *   RangeError for a wrong length or a non-finite value.
   */
  addValues(y: ArrayLike<number>): void {
    if (this.#pending === 0) throw new Error("addValues: no pending points; call nextPoints(n) first");
    if (y === null || typeof y !== "object" || typeof (y as ArrayLike<number>).length !== "number") {
      throw new TypeError(`y must be a Float64Array or an array of numbers; got ${formatValue(y)}`);
    }
    const R = this.replications;
    const old = this.#n;
    const n = this.#pending;
    const count = n - old;
    if (y.length !== R * count) {
      throw new RangeError(
        `y.length must be replications · (new points) = ${R} · ${count} = ${R * count} (the rows of the last nextPoints(${n})); got ${y.length}`,
      );
    }
    for (let i = 0; i < y.length; i++) {
      const v = y[i];
      if (typeof v !== "number" || !Number.isFinite(v))
        throw new RangeError(`y[${i}] must be a finite number; got ${formatValue(v)}`);
    }
    const fresh = this.#designWindow(old, n);
    const grams: FastGram[] = [];
    for (let r = 0; r < R; r++) {
      let g: FastGram;
      if (this.#grams === undefined) {
        g = new FastGram({ generator: this.generator, kernel: this.#kernel, n, nugget: this.#noise, replication: r });
      } else {
        g = this.#grams[r];
        while (g.n < n) g = g.extend();
      }
      grams.push(g);
      const yr = new Float64Array(n);
      if (old > 0) yr.set(this.#y[r]);
      for (let i = 0; i < count; i++) yr[old + i] = y[r * count + i];
      this.#y[r] = yr;
      this.#designs[r] = concat(this.#designs[r], fresh[r]);
    }
    this.#grams = grams;
    this.#n = n;
    this.#pending = 0;
    this.#refresh(false);
  }

  /**
   * Tunes the hyperparameters by minimizing the loss with L-BFGS and analytic gradients computed in
   * the spectral domain (the eigenvalues of the derivative columns, by the same fast transform): each
   * evaluation costs O(R·p·n log n) for p tuned parameters. Never throws for a failed optimization and
   * never returns NaN: `converged: false` and the best point found (or the start) instead.
   * @throws Error when no values were added; TypeError for an unknown loss or parameter name;
   *   RangeError for bad bounds (non-positive, lo ≥ hi), a start outside its bounds, `'alpha'` with a
   *   non-adaptive kernel, or `'noise'` with noise 0.
   */
  fit(options: FastGPFitOptions = {}): FastGPFitResult {
    const o = validateOptions("options", options, FIT_KEYS);
    if (this.#n === 0) throw new Error("fit: no values yet; call nextPoints(n) and addValues(y) first");
    const loss = o.loss ?? "mll";
    if (!(FAST_GP_LOSSES as readonly string[]).includes(loss)) {
      throw new TypeError(
        `options.loss must be one of ${FAST_GP_LOSSES.map((l) => `'${l}'`).join(", ")}; got ${formatValue(loss)}`,
      );
    }
    const params = o.params ?? ["scale", "weights"];
    if (!Array.isArray(params)) throw new TypeError(`options.params must be an array of names; got ${formatValue(params)}`);
    for (const p of params) {
      if (!(FAST_GP_PARAMS as readonly string[]).includes(p)) {
        throw new TypeError(
          `options.params entries must be among ${FAST_GP_PARAMS.map((l) => `'${l}'`).join(", ")}; got ${formatValue(p)}`,
        );
      }
    }
    const k = this.#kernel;
    const d = this.dimension;
    const shared = o.sharedWeights ?? false;
    if (typeof shared !== "boolean") throw new TypeError(`options.sharedWeights must be a boolean; got ${formatValue(shared)}`);
    const adaptive = k.kind === "digital-shift-invariant" && k.form === "adaptive";
    if (params.includes("alpha") && !adaptive) {
      throw new RangeError(
        `options.params: 'alpha' is tunable only with digitalShiftInvariantAdaptiveKernel; got a ${k.kind} kernel of form '${k.form}'`,
      );
    }
    if (params.includes("noise") && !(this.#noise > 0)) {
      throw new RangeError(`options.params: 'noise' is tuned on the log scale and needs noise > 0; got noise = ${this.#noise}`);
    }
    const free: FreeSet = {
      scale: params.includes("scale"),
      weights: params.includes("weights") ? (shared ? 1 : d) : 0,
      alpha: params.includes("alpha") ? (shared ? 1 : d) : 0,
      noise: params.includes("noise"),
    };
    const boundsIn = (o.bounds ?? {}) as Record<string, unknown>;
    if (typeof boundsIn !== "object" || boundsIn === null)
      throw new TypeError(`options.bounds must be an object; got ${formatValue(boundsIn)}`);
    for (const key of Object.keys(boundsIn)) {
      if (!(FAST_GP_PARAMS as readonly string[]).includes(key)) {
        throw new TypeError(`options.bounds keys must be among ${FAST_GP_PARAMS.join(", ")}; got '${key}'`);
      }
    }
    const bound = (name: string): [number, number] => {
      const b = boundsIn[name] ?? DEFAULT_BOUNDS[name];
      if (!Array.isArray(b) || b.length !== 2 || typeof b[0] !== "number" || typeof b[1] !== "number") {
        throw new TypeError(`options.bounds.${name} must be a pair [lo, hi] of numbers; got ${formatValue(b)}`);
      }
      if (!(b[0] > 0) || !(b[1] > b[0]) || !Number.isFinite(b[1])) {
        throw new RangeError(`options.bounds.${name} must satisfy 0 < lo < hi < ∞; got [${b[0]}, ${b[1]}]`);
      }
      return [Math.log(b[0]), Math.log(b[1])];
    };
    // Free log-parameters and their bounds.
    const start: number[] = [];
    const lo: number[] = [];
    const hi: number[] = [];
    const push = (name: string, value: number) => {
      const [a, b] = bound(name);
      const v = Math.log(value);
      if (!(v > a && v < b)) {
        throw new RangeError(
          `${name} = ${value} must lie strictly inside options.bounds.${name} = [${Math.exp(a)}, ${Math.exp(b)}] to start the fit`,
        );
      }
      start.push(v);
      lo.push(a);
      hi.push(b);
    };
    const mean = (v: readonly number[]) => Math.exp(v.reduce((s, x) => s + Math.log(x), 0) / v.length);
    if (free.scale) push("scale", k.scale);
    if (free.weights === 1) push("weights", mean(k.weights));
    else for (let j = 0; j < free.weights; j++) push("weights", k.weights[j]);
    const alpha0 = k.kind === "digital-shift-invariant" ? k.alpha : undefined;
    if (free.alpha === 1 && alpha0) push("alpha", mean(alpha0));
    else for (let j = 0; j < free.alpha; j++) push("alpha", (alpha0 as readonly number[])[j]);
    if (free.noise) push("noise", this.#noise);

    const p = freeCount(free);
    const base: Hyper = {
      scale: k.scale,
      weights: Float64Array.from(k.weights),
      alpha: alpha0 ? Float64Array.from(alpha0) : undefined,
      noise: this.#noise,
    };
    const toHyper = (logs: ArrayLike<number>): Hyper => {
      const h: Hyper = { ...base, weights: base.weights.slice(), alpha: base.alpha?.slice() };
      let at = 0;
      if (free.scale) h.scale = Math.exp(logs[at++]);
      if (free.weights === 1) h.weights.fill(Math.exp(logs[at++]));
      else for (let j = 0; j < free.weights; j++) h.weights[j] = Math.exp(logs[at++]);
      if (h.alpha && free.alpha === 1) h.alpha.fill(Math.exp(logs[at++]));
      else if (h.alpha) for (let j = 0; j < free.alpha; j++) h.alpha[j] = Math.exp(logs[at++]);
      if (free.noise) h.noise = Math.exp(logs[at++]);
      return h;
    };
    const initial = this.#spectralReps(base.alpha);
    const initialValue = spectralLoss(initial, base, loss, free);
    const logsOf = (u: Float64Array, dl: Float64Array | undefined): Float64Array => {
      const logs = new Float64Array(p);
      for (let i = 0; i < p; i++) {
        const s = 1 / (1 + Math.exp(-u[i]));
        logs[i] = lo[i] + (hi[i] - lo[i]) * s;
        if (dl) dl[i] = (hi[i] - lo[i]) * s * (1 - s);
      }
      return logs;
    };
    const dlog = new Float64Array(p);
    const g = new Float64Array(p);
    const objective = (u: Float64Array, grad: Float64Array): number => {
      const logs = logsOf(u, dlog);
      const h = toHyper(logs);
      const reps = free.alpha > 0 ? this.#spectralReps(h.alpha) : initial;
      const v = spectralLoss(reps, h, loss, free, g);
      for (let i = 0; i < p; i++) grad[i] = g[i] * dlog[i];
      return v;
    };
    const u0 = new Float64Array(p);
    for (let i = 0; i < p; i++) {
      const s = (start[i] - lo[i]) / (hi[i] - lo[i]);
      u0[i] = Math.log(s / (1 - s));
    }
    let result: FastGPFitResult;
    if (p === 0 || !Number.isFinite(initialValue)) {
      result = {
        loss,
        value: initialValue,
        initialValue,
        converged: p === 0 && Number.isFinite(initialValue),
        message: p === 0 ? "nothing to tune" : "loss not finite at the start",
        iterations: 0,
        evaluations: 1,
        scale: k.scale,
        weights: k.weights,
        alpha: alpha0,
        noise: this.#noise,
      };
      return result;
    }
    // First step: at most one unit of every log-parameter (the logistic map stretches u by dlog/du).
    logsOf(u0, dlog);
    let stretch = 0;
    for (let i = 0; i < p; i++) stretch = Math.max(stretch, dlog[i]);
    const opt = lbfgs(objective, u0, {
      firstStep: stretch > 1 ? 1 / stretch : 1,
      maxIterations: o.maxIterations ?? 200,
      gradientTolerance: 1e-9 * Math.max(1, Math.abs(initialValue)),
      valueTolerance: 1e-13,
    });
    let h = toHyper(logsOf(opt.x, undefined));
    let value = opt.value;
    if (!(value <= initialValue) || !Number.isFinite(value)) {
      h = base;
      value = initialValue;
    }
    if (free.scale && loss !== "mll" && h.noise === 0) {
      // gcv / cv do not depend on the scale without noise: use its closed-form likelihood maximizer.
      h.scale = this.#profileScale(h);
    }
    this.#kernel = (this.#kernel as ShiftInvariantKernel).with({
      scale: h.scale,
      weights: Array.from(h.weights),
      ...(h.alpha && free.alpha > 0 ? { alpha: Array.from(h.alpha) } : {}),
    }) as ShiftInvariantKernel | DigitalShiftInvariantKernel;
    this.#noise = h.noise;
    this.#refresh(true);
    return {
      loss,
      value,
      initialValue,
      converged: opt.converged,
      message: opt.message,
      iterations: opt.iterations,
      evaluations: opt.evaluations,
      scale: h.scale,
      weights: Array.from(h.weights),
      alpha: h.alpha ? Array.from(h.alpha) : undefined,
      noise: h.noise,
    };
  }

  /**
   * The loss of {@link FastGP.fit} at the current hyperparameters (and its gradient in the log
   * parameters, in the order log S, log γ, log α, log ν of the free ones, when `gradient` is given).
   * @throws as {@link FastGP.fit} for bad names.
   */
  loss(
    loss: "mll" | "gcv" | "cv" = "mll",
    gradient?: { params: readonly ("scale" | "weights" | "alpha" | "noise")[]; sharedWeights?: boolean; out: Float64Array },
  ): number {
    if (!(FAST_GP_LOSSES as readonly string[]).includes(loss)) {
      throw new TypeError(`loss must be one of ${FAST_GP_LOSSES.map((l) => `'${l}'`).join(", ")}; got ${formatValue(loss)}`);
    }
    if (this.#n === 0) throw new Error("loss: no values yet; call nextPoints(n) and addValues(y) first");
    const k = this.#kernel;
    const alpha = k.kind === "digital-shift-invariant" ? k.alpha : undefined;
    const h: Hyper = {
      scale: k.scale,
      weights: Float64Array.from(k.weights),
      alpha: alpha ? Float64Array.from(alpha) : undefined,
      noise: this.#noise,
    };
    const d = this.dimension;
    const params = gradient?.params ?? [];
    const shared = gradient?.sharedWeights ?? false;
    const free: FreeSet = {
      scale: params.includes("scale"),
      weights: params.includes("weights") ? (shared ? 1 : d) : 0,
      alpha: params.includes("alpha") ? (shared ? 1 : d) : 0,
      noise: params.includes("noise"),
    };
    if (gradient && gradient.out.length !== freeCount(free)) {
      throw new RangeError(
        `gradient.out.length must be the number of free parameters ${freeCount(free)}; got ${gradient.out.length}`,
      );
    }
    return spectralLoss(this.#spectralReps(h.alpha), h, loss as LossName, free, gradient?.out);
  }

  /**
   * The posterior mean E[f(x) | y] at new points (rows of x), as a Float64Array, in O(rows · n · d).
   * @param replication - one replication's exact posterior; default: the mean over replications.
   */
  posteriorMean(x: NetPointInput, replication?: number): Float64Array {
    const grams = this.#ready("posteriorMean");
    const reps = this.#repList(replication);
    let out: Float64Array | undefined;
    for (const r of reps) {
      const m = grams[r].crossMultiply(x, this.#weights[r]);
      if (out === undefined) out = m;
      else for (let i = 0; i < m.length; i++) out[i] += m[i];
    }
    const res = out as Float64Array;
    if (reps.length > 1) for (let i = 0; i < res.length; i++) res[i] /= reps.length;
    return res;
  }

  /**
   * The posterior variance Var[f(x) | y] = K(x, x) − k(x)ᵀ(K + νI)⁻¹k(x) at new points, O(rows · n log n).
   * Values below 0 by rounding are returned as 0.
   * @param replication - one replication's exact posterior; default: (mean over replications of the standard deviations)².
   */
  posteriorVariance(x: NetPointInput, replication?: number): Float64Array {
    const grams = this.#ready("posteriorVariance");
    const reps = this.#repList(replication);
    const rows = this.#rows("x", x);
    const n = this.#n;
    const diag = this.#kernel.diagonal();
    const sd = new Float64Array(rows.count);
    const out = new Float64Array(rows.count);
    for (const r of reps) {
      for (let a = 0; a < rows.count; a += BLOCK) {
        const b = Math.min(rows.count, a + BLOCK);
        const c = grams[r].crossCovariance(rows.slice(a, b));
        const s = grams[r].solve(c);
        for (let i = a; i < b; i++) {
          let q = 0;
          const o = (i - a) * n;
          for (let l = 0; l < n; l++) q += c[o + l] * s[o + l];
          const v = Math.max(0, diag - q);
          if (reps.length === 1) out[i] = v;
          else sd[i] += Math.sqrt(v) / reps.length;
        }
      }
    }
    if (reps.length > 1) for (let i = 0; i < out.length; i++) out[i] = sd[i] * sd[i];
    return out;
  }

  /**
   * The posterior covariance Cov[f(x_i), f(z_l) | y], row-major rows(x) × rows(z), for one replication
   * (required when there are several: the cross-replication terms have no fast form).
   */
  posteriorCovariance(x: NetPointInput, z: NetPointInput, replication?: number): Float64Array {
    const grams = this.#ready("posteriorCovariance");
    if (replication === undefined && this.replications > 1) {
      throw new RangeError(
        `replication must be given (an integer in [0, ${this.replications - 1}]) for the posterior covariance of a replicated GP; got undefined`,
      );
    }
    const r = this.#repList(replication)[0];
    const g = grams[r];
    const kx = g.crossCovariance(x);
    const kz = g.crossCovariance(z);
    const sz = g.solve(kz);
    const n = this.#n;
    const rx = kx.length / n;
    const rz = kz.length / n;
    const prior = (this.#kernel as ShiftInvariantKernel).matrix(x as Float64Array, z as Float64Array);
    for (let i = 0; i < rx; i++) {
      for (let l = 0; l < rz; l++) {
        let q = 0;
        for (let t = 0; t < n; t++) q += kx[i * n + t] * sz[l * n + t];
        prior[i * rz + l] -= q;
      }
    }
    return prior;
  }

  /**
   * The posterior of ∫_{[0,1]^d} f: mean S·1ᵀ(K + νI)⁻¹y and variance S − S²·1ᵀ(K + νI)⁻¹1 =
   * S(S·ρ_0 + ν)/λ_0, computed without cancellation (ρ_0 = Σ_i (K(x_i, x_0)/S − 1) ≥ 0), O(n).
   */
  posteriorIntegral(): PosteriorIntegral {
    this.#ready("posteriorIntegral");
    const S = this.#kernel.scale;
    const reps = this.#spectralReps(this.#kernel.kind === "digital-shift-invariant" ? this.#kernel.alpha : undefined);
    const out: { mean: number; variance: number }[] = [];
    const grams = this.#grams as FastGram[];
    for (let r = 0; r < this.replications; r++) {
      const w = this.#weights[r];
      let s = 0;
      for (let i = 0; i < w.length; i++) s += w[i];
      const { n, d, factors } = reps[r];
      let rho0 = 0;
      for (let i = 0; i < n; i++) {
        let m = 0;
        for (let j = 0; j < d; j++) m += this.#kernel.weights[j] * factors[i * d + j] * (1 + m);
        rho0 += m;
      }
      const variance = Math.max(0, (S * (S * rho0 + this.#noise)) / grams[r].eigenvalues[0]);
      out.push({ mean: S * s, variance });
    }
    let mean = 0;
    let sd = 0;
    for (const o of out) {
      mean += o.mean / out.length;
      sd += Math.sqrt(o.variance) / out.length;
    }
    return { mean, variance: out.length === 1 ? out[0].variance : sd * sd, replications: out };
  }

  /**
   * The equal-tailed credible interval of ∫f at `level` (e.g. 0.99): mean ∓ z_{(1+level)/2}·√variance.
   * @throws RangeError for a level outside (0, 1).
   */
  credibleInterval(level = 0.99): [number, number] {
    if (typeof level !== "number" || !(level > 0 && level < 1)) {
      throw new RangeError(`level must be a number in (0, 1); got ${formatValue(level)}`);
    }
    const { mean, variance } = this.posteriorIntegral();
    const h = normalQuantile((1 + level) / 2) * Math.sqrt(variance);
    return [mean - h, mean + h];
  }

  #ready(what: string): FastGram[] {
    if (this.#grams === undefined) throw new Error(`${what}: no values yet; call nextPoints(n) and addValues(y) first`);
    return this.#grams;
  }

  #repList(replication: number | undefined): number[] {
    if (replication === undefined) return Array.from({ length: this.replications }, (_, r) => r);
    if (!Number.isInteger(replication) || replication < 0 || replication >= this.replications) {
      throw new RangeError(`replication must be an integer in [0, ${this.replications - 1}]; got ${formatValue(replication)}`);
    }
    return [replication];
  }

  #rows(name: string, x: NetPointInput): { count: number; slice: (a: number, b: number) => NetPointInput } {
    const d = this.dimension;
    const k = this.#kernel;
    if (k.kind === "shift-invariant") {
      const f = floatRows(name, x, d);
      return { count: f.rows, slice: (a, b) => f.data.subarray(a * d, b * d) };
    }
    const bits = k.bits;
    const f = intRows(name, x, d, bits);
    return {
      count: f.rows,
      slice: (a, b): NetIntegers => ({
        hi: f.hi.subarray(a * d, b * d),
        lo: f.lo.subarray(a * d, b * d),
        bits,
        replications: 1,
        n: b - a,
        dimension: d,
      }),
    };
  }

  #designWindow(a: number, b: number): Design[] {
    const R = this.replications;
    const d = this.dimension;
    const size = (b - a) * d;
    const out: Design[] = [];
    if (this.generator instanceof Lattice) {
      const ps = this.generator.points(a, b);
      for (let r = 0; r < R; r++) out.push({ kind: "lattice", x: ps.data.slice(r * size, (r + 1) * size) });
    } else {
      const ints = this.generator.integers(a, b);
      for (let r = 0; r < R; r++) {
        out.push({
          kind: "net",
          hi: ints.hi.slice(r * size, (r + 1) * size),
          lo: ints.lo.slice(r * size, (r + 1) * size),
          bits: ints.bits,
        });
      }
    }
    return out;
  }

  /** Recomputes K⁻¹y (and the Gram matrices when the hyperparameters changed). */
  #refresh(hyperChanged: boolean): void {
    const grams = this.#grams as FastGram[];
    if (hyperChanged) this.#grams = grams.map((g) => g.withKernel(this.#kernel).withNugget(this.#noise));
    this.#weights = (this.#grams as FastGram[]).map((g, r) => g.solve(this.#y[r]));
    this.#spectral = undefined;
  }

  /** The factors F (and ∂F/∂α for the adaptive kernel at `alpha`) and the power spectra, per replication. */
  #spectralReps(alpha: Float64Array | readonly number[] | undefined): SpectralReplication[] {
    const k = this.#kernel;
    const cached = this.#spectral;
    const sameAlpha =
      cached !== undefined && (alpha === undefined || (k.alpha !== undefined && alpha.every((a, j) => a === k.alpha?.[j])));
    if (cached !== undefined && sameAlpha) return cached;
    const d = this.dimension;
    const n = this.#n;
    const transform: Transform = k.kind === "shift-invariant" ? "fftbr" : "fwht";
    const kk =
      alpha !== undefined && k.kind === "digital-shift-invariant" && k.form === "adaptive"
        ? k.with({ alpha: Array.from(alpha) })
        : k;
    const reps: SpectralReplication[] = [];
    for (let r = 0; r < this.replications; r++) {
      const des = this.#designs[r];
      let factors: Float64Array;
      if (des.kind === "lattice") {
        factors = (kk as ShiftInvariantKernel).factors(des.x, des.x.subarray(0, d));
      } else {
        const all: NetIntegers = { hi: des.hi, lo: des.lo, bits: des.bits, replications: 1, n, dimension: d };
        const first: NetIntegers = {
          hi: des.hi.subarray(0, d),
          lo: des.lo.subarray(0, d),
          bits: des.bits,
          replications: 1,
          n: 1,
          dimension: d,
        };
        factors = (kk as DigitalShiftInvariantKernel).factors(all, first);
      }
      let alphaFactors: Float64Array | undefined;
      if (kk.kind === "digital-shift-invariant" && kk.form === "adaptive" && kk.alpha) {
        alphaFactors = new Float64Array(n * d);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < d; j++) alphaFactors[i * d + j] = adaptiveAlphaDerivative(factors[i * d + j], kk.alpha[j]);
      }
      const power = new Float64Array(n);
      powerSpectrum(transform, this.#y[r], n, power);
      reps.push({ transform, n, d, factors, alphaFactors, power });
    }
    if (kk === k || sameAlphaAs(kk, k)) this.#spectral = reps;
    return reps;
  }

  /** S* = (1/(R·n)) Σ_r Σ_k P_rk/λ̃_rk with the unit-scale eigenvalues λ̃ (noise 0). */
  #profileScale(h: Hyper): number {
    const unit: Hyper = { ...h, scale: 1, noise: 0 };
    const reps = this.#spectralReps(h.alpha);
    // The mll at unit scale: ½(Σ P/λ̃ + …); recover Σ P/λ̃ from the closed forms by a direct pass.
    let q = 0;
    let count = 0;
    for (const rep of reps) {
      const M = new Float64Array(rep.n);
      for (let i = 0; i < rep.n; i++) {
        let m = 0;
        for (let j = 0; j < rep.d; j++) m += unit.weights[j] * rep.factors[i * rep.d + j] * (1 + m);
        M[i] = m;
      }
      const lam = gramSpectrum(rep.transform, M);
      for (let k = 0; k < rep.n; k++) {
        const l = k === 0 ? lam[0] + rep.n : lam[k];
        if (l > 0) q += rep.power[k] / l;
      }
      count += rep.n;
    }
    return q / count;
  }
}

function gramSpectrum(t: Transform, M: Float64Array): Float64Array {
  return columnSpectrum(t, M, M.length, new Float64Array(M.length));
}

function sameAlphaAs(a: { alpha?: readonly number[] | undefined }, b: { alpha?: readonly number[] | undefined }): boolean {
  const x = a.alpha;
  const y = b.alpha;
  return x === y || (x !== undefined && y !== undefined && x.every((v, j) => v === y[j]));
}

function concat(a: Design | undefined, b: Design): Design {
  if (a === undefined) return b;
  if (a.kind === "lattice" && b.kind === "lattice") {
    const x = new Float64Array(a.x.length + b.x.length);
    x.set(a.x);
    x.set(b.x, a.x.length);
    return { kind: "lattice", x };
  }
  if (a.kind === "net" && b.kind === "net") {
    const hi = new Uint32Array(a.hi.length + b.hi.length);
    const lo = new Uint32Array(a.lo.length + b.lo.length);
    hi.set(a.hi);
    hi.set(b.hi, a.hi.length);
    lo.set(a.lo);
    lo.set(b.lo, a.lo.length);
    return { kind: "net", hi, lo, bits: a.bits };
  }
  throw new Error("unreachable: designs of different kinds");
}

/** Φ⁻¹(p) by Acklam's rational approximation (relative error below 1.2e-9). */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783,
  ];
  const e = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const pl = 0.02425;
  let x: number;
  if (p < pl) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((e[0] * q + e[1]) * q + e[2]) * q + e[3]) * q + 1);
  } else if (p <= 1 - pl) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
      (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((e[0] * q + e[1]) * q + e[2]) * q + e[3]) * q + 1);
  }
  return x;
}
