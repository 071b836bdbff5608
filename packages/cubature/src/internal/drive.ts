import { formatValue } from "@qmckit/core";
import type { CubatureOptions } from "../criteria/CubatureOptions.js";
import type { CubatureResult } from "../criteria/CubatureResult.js";
import { evaluateWindow } from "../evaluation/evaluateWindow.js";
import type { WindowEvaluator, WindowTask } from "../evaluation/WindowTask.js";
import type { Integrand, OutputShape } from "../integrand.js";
import type { CriterionCore, WindowRequest } from "./CriterionCore.js";
import { judge } from "./tolerance.js";

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

/** Builds the public result from the core's state. */
function finish<S extends OutputShape>(core: CriterionCore, shape: S, t0: number): CubatureResult<S> {
  const { s, j, converged } = judgeAll(core);
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
  while (!step.done) {
    signal?.throwIfAborted();
    const y = checkValues(core, step.value, evaluateWindow(f, taskOf(core, step.value)));
    step = core.loop.next(y);
    report(core, options, t0);
  }
  return finish(core, f.shape, t0);
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
  while (!step.done) {
    signal?.throwIfAborted();
    const y = checkValues(core, step.value, await evaluate(taskOf(core, step.value)));
    signal?.throwIfAborted();
    step = core.loop.next(y);
    report(core, options, t0);
  }
  return finish(core, f.shape, t0);
}
