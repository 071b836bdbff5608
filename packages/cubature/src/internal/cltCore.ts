import { normalQuantile } from "@qmckit/core/special";
import type { CriterionCore, WindowRequest } from "./CriterionCore.js";
import type { CriterionSetup } from "./setupCriterion.js";
import { judge } from "./tolerance.js";

interface CltOutput {
  n: number;
  mean: number;
  /** Σ (y − mean)², merged window by window (Chan, Golub & LeVeque). */
  m2: number;
  mu: number;
  hw: number;
}

/**
 * The IID Monte Carlo loop (cubMcClt): a pilot window of nInit points, then windows sized by the CLT,
 * n = ⌈(z_{1−α/2}·inflate·σ̂/tol)²⌉, until the half-width z·inflate·σ̂/√n meets the tolerance.
 */
export function cltCore(
  setup: CriterionSetup,
  dimension: number,
  outputs: number,
  alpha: number,
  inflate: number,
): CriterionCore {
  const z = normalQuantile(1 - alpha / 2);
  const prev = setup.resumeData as CltOutput[] | undefined;
  const states: CltOutput[] =
    prev?.map((o) => ({ ...o })) ??
    Array.from({ length: outputs }, () => ({ n: 0, mean: 0, m2: 0, mu: Number.NaN, hw: Number.POSITIVE_INFINITY }));
  const { tolerance, nInit, nMax } = setup;

  /** Points needed for the half-width to reach the tolerance at the current estimate. */
  function needed(o: CltOutput): number {
    const sigma = Math.sqrt(o.m2 / (o.n - 1));
    const rel = Math.abs(o.mu) * tolerance.relTol;
    const tol = tolerance.both ? Math.min(tolerance.absTol, rel) : Math.max(tolerance.absTol, rel);
    return Math.ceil(((z * inflate * sigma) / tol) ** 2);
  }

  function* loop(): Generator<WindowRequest, void, Float64Array> {
    for (;;) {
      const pending = states.map((o) => o.n === 0 || !judge(o.mu, o.hw, tolerance).converged);
      let nMin = Number.POSITIVE_INFINITY;
      states.forEach((o, k) => {
        if (pending[k]) nMin = Math.min(nMin, o.n);
      });
      if (nMin === Number.POSITIVE_INFINITY || nMin >= nMax) return;
      const active = states.map((o, k) => pending[k] && o.n === nMin);
      let end = nInit;
      if (nMin > 0) {
        end = nMin + nInit;
        states.forEach((o, k) => {
          if (active[k]) end = Math.max(end, needed(o));
        });
      }
      end = Math.min(end, nMax);
      const y = yield { start: nMin, end, active };
      const nw = end - nMin;
      states.forEach((o, k) => {
        if (!active[k]) return;
        let mean = 0;
        for (let i = 0; i < nw; i++) mean += y[i * outputs + k];
        mean /= nw;
        let m2 = 0;
        for (let i = 0; i < nw; i++) m2 += (y[i * outputs + k] - mean) ** 2;
        const n = o.n + nw;
        const delta = mean - o.mean;
        o.m2 += m2 + (delta * delta * o.n * nw) / n;
        o.mean += (delta * nw) / n;
        o.n = n;
        o.mu = o.mean;
        o.hw = n > 1 ? (z * inflate * Math.sqrt(o.m2 / (n - 1))) / Math.sqrt(n) : Number.POSITIVE_INFINITY;
      });
    }
  }

  return {
    name: "cubMcClt",
    generator: setup.generator,
    periodization: setup.periodization,
    dimension,
    outputs,
    replications: 1,
    seed: setup.seed,
    tolerance,
    loop: loop(),
    summary: () => ({
      mu: Float64Array.from(states, (o) => o.mu),
      hw: Float64Array.from(states, (o) => o.hw),
      n: Float64Array.from(states, (o) => o.n),
    }),
    data: () => states.map((o) => ({ ...o })),
  };
}
