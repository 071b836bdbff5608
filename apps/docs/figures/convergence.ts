// Data of the convergence figure: root-mean-square error of the equal-weight average over R independent
// randomizations, against n = 2^mMin … 2^mMax, for plain Monte Carlo and the QMC generators, on an
// integrand with a known value.
import { createSequence, genz, type Integrand, keister, type SequenceKind } from "@qmckit/cubature";

export type ConvergenceIntegrand = "keister" | "oscillatory" | "corner-peak";

export const CONVERGENCE_INTEGRANDS: Record<ConvergenceIntegrand, string> = {
  keister: "Keister (Gaussian weight)",
  oscillatory: "Genz oscillatory",
  "corner-peak": "Genz corner peak",
};

export const METHODS: { kind: SequenceKind; label: string; randomize?: string; periodization?: "baker" }[] = [
  { kind: "iid", label: "Monte Carlo (IID)" },
  { kind: "net", label: "Sobol' (LMS + DS)", randomize: "lms-ds" },
  { kind: "lattice", label: "Lattice (shift, baker)", randomize: "shift", periodization: "baker" },
  { kind: "halton", label: "Halton (LMS + perm)", randomize: "lms-perm" },
];

export interface ConvergenceSpec {
  integrand: ConvergenceIntegrand;
  dimension: number;
  mMin: number;
  mMax: number;
  replications: number;
  seed: number;
}

export interface ConvergenceRow {
  method: string;
  n: number;
  rmse: number;
}

export function convergenceIntegrand(name: ConvergenceIntegrand, dimension: number): Integrand {
  return name === "keister" ? keister(dimension) : genz(dimension, { family: name });
}

/**
 * RMSE per method and n. For each method one sequence with R replications (seed `spec.seed`) is read
 * once up to 2^mMax; the estimate at n is the mean of the first n values of each replication.
 */
export function convergenceData(spec: ConvergenceSpec): ConvergenceRow[] {
  const f = convergenceIntegrand(spec.integrand, spec.dimension);
  const exact = f.exactValue as number;
  const N = 2 ** spec.mMax;
  const R = spec.replications;
  const rows: ConvergenceRow[] = [];
  for (const method of METHODS) {
    const seq = createSequence({
      kind: method.kind,
      dimension: spec.dimension,
      seed: spec.seed,
      replications: R,
      randomize: method.randomize,
    });
    const ps = seq.points(N);
    const sums = new Float64Array(R);
    const squared = new Float64Array(spec.mMax + 1);
    let done = 0;
    for (let m = spec.mMin; m <= spec.mMax; m++) {
      const n = 2 ** m;
      for (let r = 0; r < R; r++) {
        const u = ps.data.subarray((r * N + done) * spec.dimension, (r * N + n) * spec.dimension);
        const y = f.evaluate(u, n - done, { periodization: method.periodization ?? "none" });
        for (const v of y) sums[r] += v;
      }
      done = n;
      let s = 0;
      for (let r = 0; r < R; r++) s += (sums[r] / n - exact) ** 2;
      squared[m] = s / R;
      rows.push({ method: method.label, n, rmse: Math.sqrt(squared[m]) });
    }
  }
  return rows;
}

/** Least-squares slope of log2(rmse) against log2(n) for one method: the empirical convergence order. */
export function slope(rows: ConvergenceRow[], method: string): number {
  const pts = rows.filter((r) => r.method === method && r.rmse > 0).map((r) => [Math.log2(r.n), Math.log2(r.rmse)]);
  const mx = pts.reduce((a, p) => a + p[0], 0) / pts.length;
  const my = pts.reduce((a, p) => a + p[1], 0) / pts.length;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of pts) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  return sxy / sxx;
}
