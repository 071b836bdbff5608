import { formatValue, type Sequence, validateChoice } from "@qmckit/core";
import { normalQuantile, studentTQuantile } from "@qmckit/core/special";
import { DigitalNet } from "@qmckit/digital-net";
import {
  type DigitalShiftInvariantKernel,
  digitalShiftInvariantKernel,
  FastGP,
  type ShiftInvariantKernel,
  shiftInvariantKernel,
} from "@qmckit/kernels";
import { Lattice } from "@qmckit/lattice";
import { createSequence, type SequenceSpec } from "../sequences/createSequence.js";
import type { CriterionCore, WindowRequest } from "./CriterionCore.js";
import type { CriterionSetup } from "./setupCriterion.js";
import { judge, type Tolerance } from "./tolerance.js";
import { validateNonNegative } from "./validateNumber.js";

/** Extra option keys of the Bayesian criteria. */
export const BAYES_KEYS = ["fitLoss", "posterior", "level", "smoothness"] as const;

/** One candidate kernel order's fitted hyperparameters. */
interface BayesModel {
  alpha: number;
  scale: number;
  weight: number;
  /** The negative log marginal likelihood at the last fit. */
  mll: number;
  /** False once dropped (smoother than the chosen order and far less likely); not fitted again. */
  active: boolean;
}

/** Per-output state (what `resume` carries). */
interface BayesOutput {
  /** All values so far (natural order). */
  y: Float64Array;
  n: number;
  /** One entry per candidate smoothness α (fitted at every level). */
  models: BayesModel[];
  /** Index in `models` of the order chosen at the last level (largest marginal likelihood). */
  chosen: number;
  /** The nugget, fixed when the output's first values arrive. */
  noise: number;
  mu: number;
  hw: number;
}

interface BayesSettings {
  fitLoss: "mll" | "gcv";
  posterior: "empirical" | "full";
  level: number;
  /** Candidate kernel orders α, ascending. */
  smoothness: number[];
}

function settings(o: Record<string, unknown>, lattice: boolean): BayesSettings {
  const fitLoss = validateChoice("fitLoss", o.fitLoss ?? "mll", ["mll", "gcv"]) as "mll" | "gcv";
  const posterior = validateChoice("posterior", o.posterior ?? "empirical", ["empirical", "full"]) as "empirical" | "full";
  const level = validateNonNegative("level", o.level ?? 0.99);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1); got ${level}`);
  const max = lattice ? 5 : 4;
  const raw = o.smoothness ?? DEFAULT_SMOOTHNESS;
  const list = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  const ok = (a: unknown): a is number => typeof a === "number" && Number.isInteger(a) && a >= 1 && a <= max;
  if (list.length === 0 || !list.every(ok) || new Set(list).size !== list.length) {
    throw new RangeError(
      `smoothness must be an integer in [1, ${max}] (the kernel's α) or a non-empty array of distinct such integers; got ${formatValue(raw)}`,
    );
  }
  return { fitLoss, posterior, level, smoothness: [...(list as number[])].sort((a, b) => a - b) };
}

/**
 * The default candidate orders α = 1, 2, 3, chosen per level by marginal likelihood (see
 * docs/DECISIONS.md: one fixed smooth order gives too narrow intervals on kinked / discontinuous
 * integrands; asymptotically the likelihood does not pick an order smoother than the integrand).
 */
const DEFAULT_SMOOTHNESS = [1, 2, 3];

/** Log-likelihood margin (nats, a likelihood ratio e^20 ≈ 5·10^8) beyond which a smoother order is dropped. */
const DROP = 20;

/** The generator as a Lattice / DigitalNet instance (the same points the evaluation seam produces). */
function instance(g: SequenceSpec | Sequence, lattice: boolean): Lattice | DigitalNet {
  const s = typeof (g as Sequence).fill === "function" ? (g as Sequence) : createSequence(g as SequenceSpec);
  if (lattice && !(s instanceof Lattice))
    throw new TypeError(`generator must be a Lattice for cubBayesLatticeG; got ${formatValue(s)}`);
  if (!lattice && !(s instanceof DigitalNet))
    throw new TypeError(`generator must be a DigitalNet for cubBayesNetG; got ${formatValue(s)}`);
  return s as Lattice | DigitalNet;
}

/**
 * The Bayesian cubature loop (Jagadeeswaran & Hickernell) shared by cubBayesLatticeG and cubBayesNetG:
 * one fast GP per output on the lattice (SI kernel) or net (DSI kernel), scale and one shared weight
 * fitted at every level by MLL (or the weight by GCV and the scale by MLL), doubling until the credible
 * half-width meets the tolerance.
 */
export function bayesCore(
  name: "cubBayesLatticeG" | "cubBayesNetG",
  setup: CriterionSetup,
  dimension: number,
  outputs: number,
): CriterionCore {
  const lattice = name === "cubBayesLatticeG";
  const st = settings(setup.options, lattice);
  const generator = instance(setup.generator, lattice);
  const prev = setup.resumeData as BayesOutput[] | undefined;
  const start = 2 ** (1 / dimension) - 1;
  const fresh = (): BayesOutput => ({
    y: new Float64Array(0),
    n: 0,
    models: st.smoothness.map((alpha) => ({ alpha, scale: 1, weight: start, mll: Number.NaN, active: true })),
    chosen: 0,
    noise: 0,
    mu: Number.NaN,
    hw: Number.POSITIVE_INFINITY,
  });
  const copy = (o: BayesOutput): BayesOutput => ({ ...o, y: o.y.slice(), models: o.models.map((m) => ({ ...m })) });
  const sameOrders = (o: BayesOutput) =>
    o.models.length === st.smoothness.length && o.models.every((m, i) => m.alpha === st.smoothness[i]);
  // A resumed run keeps its values; its fitted models only when the candidate orders are the same.
  const states: BayesOutput[] =
    prev?.map((o) => (sameOrders(o) ? copy(o) : { ...fresh(), y: o.y.slice(), n: o.n, noise: o.noise })) ??
    Array.from({ length: outputs }, fresh);
  const makeKernel = (m: BayesModel): ShiftInvariantKernel | DigitalShiftInvariantKernel =>
    lattice
      ? shiftInvariantKernel({ dimension, alpha: m.alpha, weights: m.weight, scale: m.scale })
      : digitalShiftInvariantKernel({
          dimension,
          alpha: m.alpha,
          weights: m.weight,
          scale: m.scale,
          bits: (generator as DigitalNet).options.bits,
        });
  const gps: ((FastGP | undefined)[] | undefined)[] = states.map((o) => {
    if (o.n === 0) return undefined;
    return o.models.map((m) => {
      if (!m.active) return undefined;
      const gp = new FastGP({ generator, kernel: makeKernel(m), noise: o.noise });
      gp.nextPoints(o.n);
      gp.addValues(o.y);
      return gp;
    });
  });
  const { tolerance, nInit, nMax } = setup;

  function consume(k: number, y: Float64Array): void {
    const o = states[k];
    let models = gps[k];
    const n = o.n + y.length;
    if (models === undefined) {
      o.noise = noiseFor(y);
      const noise = o.noise;
      models = o.models.map((m) => new FastGP({ generator, kernel: makeKernel(m), noise }));
      gps[k] = models;
    }
    const all = new Float64Array(n);
    all.set(o.y);
    all.set(y, o.n);
    o.y = all;
    o.n = n;
    // Hyperparameters of every candidate order: one shared weight (the shape θ) and the scale; the
    // order with the largest marginal likelihood is used for the interval.
    let best = -1;
    models.forEach((gp, i) => {
      const m = o.models[i];
      if (gp === undefined || !m.active) return;
      gp.nextPoints(n);
      gp.addValues(y);
      if (st.fitLoss === "mll") gp.fit({ loss: "mll", params: ["scale", "weights"], sharedWeights: true });
      else {
        gp.fit({ loss: "gcv", params: ["weights"], sharedWeights: true });
        gp.fit({ loss: "mll", params: ["scale"] });
      }
      m.scale = gp.kernel.scale;
      m.weight = gp.kernel.weights[0];
      m.mll = models.length > 1 ? gp.loss("mll") : 0;
      if (best < 0 || m.mll < o.models[best].mll) best = i;
    });
    // Orders smoother than the chosen one and DROP nats less likely are not fitted again: it saves
    // their fits on rough integrands (large n) and leaves only rougher orders, i.e. wider intervals.
    o.models.forEach((m, i) => {
      if (m.active && i > best && m.mll > o.models[best].mll + DROP) m.active = false;
    });
    o.chosen = best;
    const gp = models[best] as FastGP;
    // Posterior with an unknown constant mean (flat prior): estimate mean(y), variance
    // V0 + (V0/S)²·λ0/n (1 is an eigenvector of K, so the mean's correction is exact).
    const I = gp.posteriorIntegral();
    const S = gp.kernel.scale;
    const lambda0 = gp.grams[0].eigenvalues[0];
    let mean = 0;
    for (let i = 0; i < n; i++) mean += all[i];
    mean /= n;
    let variance = I.variance + (I.variance / S) ** 2 * (lambda0 / n);
    let q: number;
    if (st.posterior === "full") {
      variance *= n / (n - 1);
      q = -studentTQuantile((1 - st.level) / 2, n - 1);
    } else q = -normalQuantile((1 - st.level) / 2);
    o.mu = mean;
    o.hw = q * Math.sqrt(variance);
    if (!Number.isFinite(o.hw)) o.hw = Number.POSITIVE_INFINITY;
  }

  const stops = (o: BayesOutput, t: Tolerance) => o.n > 0 && judge(o.mu, o.hw, t).converged;

  function* loop(): Generator<WindowRequest, void, Float64Array> {
    for (;;) {
      const pending = states.map((o) => !stops(o, tolerance));
      let nMin = Number.POSITIVE_INFINITY;
      states.forEach((o, k) => {
        if (pending[k]) nMin = Math.min(nMin, o.n);
      });
      if (nMin === Number.POSITIVE_INFINITY) return;
      const a = nMin;
      const b = nMin === 0 ? nInit : 2 * nMin;
      if (b > nMax) return;
      const active = states.map((o, k) => pending[k] && o.n === nMin);
      const y = yield { start: a, end: b, active };
      const count = b - a;
      states.forEach((_, k) => {
        if (!active[k]) return;
        const col = new Float64Array(count);
        for (let i = 0; i < count; i++) col[i] = y[i * outputs + k];
        consume(k, col);
      });
    }
  }

  return {
    name,
    generator: setup.generator,
    periodization: setup.periodization,
    dimension,
    outputs,
    replications: 1,
    seed: setup.seed,
    tolerance,
    loop: loop(),
    summary: () => ({
      stopped: states.map((o) => stops(o, tolerance)),
      mu: Float64Array.from(states, (o) => o.mu),
      hw: Float64Array.from(states, (o) => o.hw),
      n: Float64Array.from(states, (o) => o.n),
    }),
    data: () => states.map(copy),
  };
}

/** A nugget ν = 1e-10·max(1, mean y²) (the start scale is 1): regularizes the numerically singular Gram matrices of smooth kernels. */
function noiseFor(y: Float64Array): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += y[i] * y[i];
  return 1e-10 * Math.max(1, y.length > 0 ? s / y.length : 0, 1e-300);
}
