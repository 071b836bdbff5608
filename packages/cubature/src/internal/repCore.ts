import { studentTQuantile } from "@qmckit/core/special";
import type { CriterionCore, WindowRequest } from "./CriterionCore.js";
import type { CriterionSetup } from "./setupCriterion.js";
import { judge } from "./tolerance.js";

interface RepOutput {
  /** Points per replication consumed. */
  n: number;
  /** Σ of the values of each replication. */
  sums: Float64Array;
  mu: number;
  hw: number;
}

/**
 * The replicated-QMC loop (cubQmcRepStudentT): R independent randomizations, doubling n per replication;
 * half-width t_{1−α/2, R−1}·inflate·s/√R with s the sample standard deviation of the R replicate means.
 */
export function repCore(
  setup: CriterionSetup,
  dimension: number,
  outputs: number,
  replications: number,
  alpha: number,
  inflate: number,
): CriterionCore {
  const R = replications;
  // −t_{α/2} rather than t_{1−α/2}: 1 − α/2 rounds to 1 for tiny α, whose quantile is +∞.
  const tq = -studentTQuantile(alpha / 2, R - 1);
  const prev = setup.resumeData as RepOutput[] | undefined;
  const states: RepOutput[] =
    prev?.map((o) => ({ ...o, sums: o.sums.slice() })) ??
    Array.from({ length: outputs }, () => ({ n: 0, sums: new Float64Array(R), mu: Number.NaN, hw: Number.POSITIVE_INFINITY }));
  const { tolerance, nInit, nMax } = setup;

  function update(o: RepOutput): void {
    let mean = 0;
    for (let r = 0; r < R; r++) mean += o.sums[r] / o.n / R;
    let ss = 0;
    for (let r = 0; r < R; r++) ss += (o.sums[r] / o.n - mean) ** 2;
    o.mu = mean;
    o.hw = (tq * inflate * Math.sqrt(ss / (R - 1))) / Math.sqrt(R);
  }

  function* loop(): Generator<WindowRequest, void, Float64Array> {
    for (;;) {
      const pending = states.map((o) => o.n === 0 || !judge(o.mu, o.hw, tolerance).converged);
      let nMin = Number.POSITIVE_INFINITY;
      states.forEach((o, k) => {
        if (pending[k]) nMin = Math.min(nMin, o.n);
      });
      if (nMin === Number.POSITIVE_INFINITY) return;
      const start = nMin;
      const end = nMin === 0 ? nInit : 2 * nMin;
      if (end > nMax) return;
      const active = states.map((o, k) => pending[k] && o.n === nMin);
      const y = yield { start, end, active };
      const nw = end - start;
      states.forEach((o, k) => {
        if (!active[k]) return;
        for (let r = 0; r < R; r++) {
          let s = 0;
          for (let i = 0; i < nw; i++) s += y[(r * nw + i) * outputs + k];
          o.sums[r] += s;
        }
        o.n = end;
        update(o);
      });
    }
  }

  return {
    name: "cubQmcRepStudentT",
    generator: setup.generator,
    periodization: setup.periodization,
    dimension,
    outputs,
    replications: R,
    seed: setup.seed,
    tolerance,
    loop: loop(),
    summary: () => ({
      mu: Float64Array.from(states, (o) => o.mu),
      hw: Float64Array.from(states, (o) => o.hw),
      n: Float64Array.from(states, (o) => o.n * R),
    }),
    data: () => states.map((o) => ({ ...o, sums: o.sums.slice() })),
  };
}
