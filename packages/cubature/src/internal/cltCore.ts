import { normalQuantile } from "@qmckit/core/special";
import type { CriterionCore, WindowRequest } from "./CriterionCore.js";
import type { CriterionSetup } from "./setupCriterion.js";
import { judge } from "./tolerance.js";

interface CltOutput {
  n: number;
  mean: number;
  /**
   * Population standard deviation √(Σ (y − mean)² / n), merged window by window (Chan, Golub & LeVeque).
   * Kept as a deviation rather than a sum of squares so that integrands with values up to the largest double
   * do not overflow it (a sum of squares overflows from |y| ≈ 1e154 on).
   */
  sd: number;
  mu: number;
  hw: number;
}

/** Mean of y[k], y[k + stride], … (nw values): plain sum, or a scaled sum when the plain one overflows. */
function windowMean(y: Float64Array, k: number, stride: number, nw: number): number {
  let sum = 0;
  for (let i = 0; i < nw; i++) sum += y[i * stride + k];
  if (Number.isFinite(sum)) return sum / nw;
  const inv = 1 / nw;
  let mean = 0;
  for (let i = 0; i < nw; i++) mean += y[i * stride + k] * inv;
  return mean;
}

/** √(Σ (y − mean)² / nw) of one window, scaled by the largest deviation when the plain sum overflows. */
function windowSd(y: Float64Array, k: number, stride: number, nw: number, mean: number): number {
  let ss = 0;
  for (let i = 0; i < nw; i++) ss += (y[i * stride + k] - mean) ** 2;
  if (Number.isFinite(ss)) return Math.sqrt(ss / nw);
  let c = 0;
  for (let i = 0; i < nw; i++) c = Math.max(c, Math.abs(y[i * stride + k] - mean));
  if (!Number.isFinite(c)) return c;
  ss = 0;
  for (let i = 0; i < nw; i++) ss += ((y[i * stride + k] - mean) / c) ** 2;
  return c * Math.sqrt(ss / nw);
}

/**
 * Merges (n₁, mean₁, sd₁) with a window (n₂, mean₂, sd₂): n·sd² = n₁sd₁² + n₂sd₂² + δ²n₁n₂/n, evaluated in
 * units of c = max(sd₁, sd₂, |mean₁|, |mean₂|) so that no intermediate overflows.
 */
function merge(o: CltOutput, nw: number, meanW: number, sdW: number): void {
  const n = o.n + nw;
  const c = Math.max(o.sd, sdW, Math.abs(o.mean), Math.abs(meanW));
  if (c > 0 && Number.isFinite(c)) {
    const a = o.sd / c;
    const b = sdW / c;
    const delta = meanW / c - o.mean / c;
    o.sd = c * Math.sqrt((o.n * a * a + nw * b * b + (delta * delta * o.n * nw) / n) / n);
  } else o.sd = c === 0 ? 0 : Number.NaN;
  o.mean = o.mean * (o.n / n) + meanW * (nw / n);
  o.n = n;
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
  // −z_{α/2} rather than z_{1−α/2}: 1 − α/2 rounds to 1 for tiny α, whose quantile is +∞.
  const z = -normalQuantile(alpha / 2);
  const prev = setup.resumeData as CltOutput[] | undefined;
  const states: CltOutput[] =
    prev?.map((o) => ({ ...o })) ??
    Array.from({ length: outputs }, () => ({ n: 0, mean: 0, sd: 0, mu: Number.NaN, hw: Number.POSITIVE_INFINITY }));
  const { tolerance, nInit, nMax } = setup;

  /**
   * Points needed for the half-width to reach the tolerance at the current estimate; nMax when that number
   * is not finite (a zero tolerance, an overflowing ratio), so a window end is never NaN.
   */
  function needed(o: CltOutput): number {
    const sigma = o.sd * Math.sqrt(o.n / (o.n - 1));
    const rel = Math.abs(o.mu) * tolerance.relTol;
    const tol = tolerance.both ? Math.min(tolerance.absTol, rel) : Math.max(tolerance.absTol, rel);
    const k = Math.ceil(((z * inflate * sigma) / tol) ** 2);
    return Number.isFinite(k) ? k : nMax;
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
        const mean = windowMean(y, k, outputs, nw);
        merge(o, nw, mean, windowSd(y, k, outputs, nw, mean));
        o.mu = o.mean;
        o.hw = o.n > 1 ? (z * inflate * o.sd) / Math.sqrt(o.n - 1) : Number.POSITIVE_INFINITY;
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
