import { formatValue } from "@qmckit/core";
import type { CubatureOptions } from "../criteria/CubatureOptions.js";
import type { CubatureResult } from "../criteria/CubatureResult.js";
import { evaluateWindow } from "../evaluation/evaluateWindow.js";
import type { WindowEvaluator, WindowTask } from "../evaluation/WindowTask.js";
import type { Integrand, OutputShape } from "../integrand.js";
import type { CriterionCore, WindowRequest } from "./CriterionCore.js";
import { judge, tolAt } from "./tolerance.js";

function taskOf(core: CriterionCore, w: WindowRequest): WindowTask {
  return {
    generator: core.generator,
    periodization: core.periodization,
    start: w.start,
    end: w.end,
    outputs: core.outputs,
    active: w.active,
  };
}

function checkValues(core: CriterionCore, w: WindowRequest, y: unknown): Float64Array {
  const expected = core.replications * (w.end - w.start) * core.outputs;
  if (!(y instanceof Float64Array)) throw new TypeError(`evaluate must return a Float64Array; got ${formatValue(y)}`);
  if (y.length !== expected)
    throw new RangeError(
      `evaluate must return replications · (end − start) · outputs = ${expected} values for window [${w.start}, ${w.end}); got ${y.length}`,
    );
  return y;
}

/**
 * Why the loop must stop early, if it must: a value of an active output that is NaN or ±∞ (no bound can be
 * derived from it), named by its point index and window. Checked before the core sees the values.
 */
function nonFiniteValue(core: CriterionCore, w: WindowRequest, y: Float64Array): string | undefined {
  const q = core.outputs;
  const nw = w.end - w.start;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (v - v === 0 || !w.active[i % q]) continue;
    const point = w.start + (Math.floor(i / q) % nw);
    const rep = Math.floor(i / (q * nw));
    const where = `point ${point}${core.replications > 1 ? ` of replication ${rep}` : ""}${q > 1 ? `, output ${i % q}` : ""}`;
    return `the integrand returned ${v} at ${where} (window [${w.start}, ${w.end})); no error bound can be derived from a non-finite value`;
  }
  return undefined;
}

/** 2^−50: a few units in the last place of a double, relative. */
const RESOLUTION = 2 ** -50;

/**
 * Why the loop must stop early after an update, if it must, for a reason no further points can repair: an
 * estimate or bound that overflowed (finite values too large for the criterion's sums), or a tolerance finer
 * than a double resolves at the estimate (e.g. absTol 1e-2 on an integral of 1e160).
 */
function cannotContinue(core: CriterionCore): string | undefined {
  const s = core.summary();
  const out = (k: number) => (s.mu.length > 1 ? ` for output ${k}` : "");
  for (let k = 0; k < s.mu.length; k++) {
    if (s.n[k] === 0) continue;
    if (!Number.isFinite(s.mu[k]) || Number.isNaN(s.hw[k]))
      return `the estimate or its error bound overflowed${out(k)} (estimate ${s.mu[k]}, bound ${s.hw[k]}): the integrand's values are too large for the criterion's sums; rescale the integrand`;
    const tol = tolAt(s.mu[k], core.tolerance);
    if (tol < RESOLUTION * Math.abs(s.mu[k]))
      return `the tolerance ${tol} is finer than double precision resolves at the estimate ${s.mu[k]}${out(k)}; use a tolerance above ${RESOLUTION * Math.abs(s.mu[k])} or relTol`;
  }
  return undefined;
}

function judgeAll(core: CriterionCore) {
  const s = core.summary();
  const j = Array.from(s.mu, (mu, k) => judge(mu, s.hw[k], core.tolerance));
  const converged = j.map((x, k) => s.stopped?.[k] ?? (x.converged && s.n[k] > 0));
  return { s, j, converged };
}

function report(core: CriterionCore, options: CubatureOptions | undefined, t0: number): void {
  if (options?.onProgress === undefined) return;
  const { s, j, converged } = judgeAll(core);
  options.onProgress({
    n: s.n,
    estimate: Float64Array.from(j, (x) => x.estimate),
    errorBound: Float64Array.from(j, (x) => x.errorBound),
    converged,
    timeMs: performance.now() - t0,
  });
}

/** Builds the public result from the core's state; `stop` is why the loop ended early, if it did. */
function finish<S extends OutputShape>(core: CriterionCore, shape: S, t0: number, stop?: string): CubatureResult<S> {
  const { s, j, converged } = judgeAll(core);
  if (stop !== undefined) converged.fill(false);
  // When a G criterion's detectors fired on an output that did not converge, say so: more points of the
  // same rule may never make that bound trustworthy.
  const outside = s.coneViolated?.some((v, k) => v && !converged[k])
    ? "; the data proved the integrand outside the cone of the error bound (coneViolated): try periodization 'c1sin', conservative: true or cubQmcRepStudentT"
    : "";
  const reason =
    stop ??
    (converged.every(Boolean) ? undefined : `nMax was reached before the tolerance was met (n = ${Math.max(...s.n)})${outside}`);
  const pick = (f: (k: number) => number) => {
    const v = Float64Array.from(j, (_, k) => f(k));
    return shape === "scalar" ? v[0] : v;
  };
  const flags = (v: boolean[]) => (shape === "scalar" ? v[0] : v);
  const result = {
    estimate: pick((k) => j[k].estimate),
    errorBound: pick((k) => j[k].errorBound),
    lower: pick((k) => j[k].lower),
    upper: pick((k) => j[k].upper),
    n: pick((k) => s.n[k]),
    converged: flags(converged),
    ...(s.coneViolated ? { coneViolated: flags(s.coneViolated) } : {}),
    ...(reason === undefined ? {} : { reason }),
    timeMs: performance.now() - t0,
    seed: core.seed,
    criterion: core.name,
    state: {
      criterion: core.name,
      generator: core.generator,
      periodization: core.periodization,
      dimension: core.dimension,
      outputs: core.outputs,
      data: core.data(),
    },
  };
  return result as unknown as CubatureResult<S>;
}

/** Runs a criterion's loop, evaluating each window inline and synchronously. */
export function runSync<S extends OutputShape>(
  core: CriterionCore,
  f: Integrand<S>,
  options?: CubatureOptions,
): CubatureResult<S> {
  const t0 = performance.now();
  const signal = options?.signal;
  let step = core.loop.next();
  let stop: string | undefined;
  while (!step.done) {
    signal?.throwIfAborted();
    const y = checkValues(core, step.value, evaluateWindow(f, taskOf(core, step.value)));
    stop = nonFiniteValue(core, step.value, y);
    if (stop !== undefined) break;
    step = core.loop.next(y);
    report(core, options, t0);
    stop = cannotContinue(core);
    if (stop !== undefined) break;
  }
  return finish(core, f.shape, t0, stop);
}

/** Runs a criterion's loop with any (possibly asynchronous) window evaluator. */
export async function runAsync<S extends OutputShape>(
  core: CriterionCore,
  f: Integrand<S>,
  options: (CubatureOptions & { evaluate?: WindowEvaluator }) | undefined,
): Promise<CubatureResult<S>> {
  const t0 = performance.now();
  const signal = options?.signal;
  const evaluate = options?.evaluate ?? ((task: WindowTask) => evaluateWindow(f, task));
  if (typeof evaluate !== "function")
    throw new TypeError(`evaluate must be a function (task) => values; got ${formatValue(evaluate)}`);
  let step = core.loop.next();
  let stop: string | undefined;
  while (!step.done) {
    signal?.throwIfAborted();
    const y = checkValues(core, step.value, await evaluate(taskOf(core, step.value)));
    signal?.throwIfAborted();
    stop = nonFiniteValue(core, step.value, y);
    if (stop !== undefined) break;
    step = core.loop.next(y);
    report(core, options, t0);
    stop = cannotContinue(core);
    if (stop !== undefined) break;
  }
  return finish(core, f.shape, t0, stop);
}
