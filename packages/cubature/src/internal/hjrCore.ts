import { formatValue } from "@qmckit/core";
import type { CriterionCore, WindowRequest } from "./CriterionCore.js";
import { coefficients, doubleCoefficients } from "./fastCoefficients.js";
import type { CriterionSetup } from "./setupCriterion.js";
import { judge, type Tolerance } from "./tolerance.js";

/** r in Hickernell & Jiménez Rugama: the bound uses the coefficients 2^{m−r−1} ≤ κ < 2^{m−r}. */
const R_LAG = 4;
/** The inflation factor 𝔣(m) = 5·2^{−m} of the data-driven bound (GAIL, QMCPy). */
const fudge = (m: number) => 5 * 2 ** -m;
/** ω̊(m) = 2^{−m}; ω̂(m) = 𝔣(m)/((1 + 𝔣(r))·ω̊(r)): the cone constants of the necessary condition. */
const omegaCirc = (m: number) => 2 ** -m;
const omegaHat = (m: number) => fudge(m) / ((1 + fudge(R_LAG)) * omegaCirc(R_LAG));

/** Per-output state of the Hickernell–Jiménez Rugama algorithm. */
export interface HjrOutput {
  /** log2 of the points consumed; −1 before the first window. */
  m: number;
  mInit: number;
  re: Float64Array;
  im: Float64Array | null;
  kappa: Int32Array;
  /** Accumulated lower / upper bounds of the level sums S_ℓ, ℓ = mInit − r, … (GAIL's necessary condition). */
  coneLow: number[];
  coneUp: number[];
  coneViolated: boolean;
  mu: number;
  hw: number;
  /**
   * Whether the interval of this level meets that of the previous one: |μ̂_m − μ̂_{m−1}| ≤ hw_m + hw_{m−1}.
   * False at the first level (nothing to compare with): the default rule may stop there anyway, the
   * `conservative` rule may not.
   */
  consistent: boolean;
}

function magnitudes(re: Float64Array, im: Float64Array | null): Float64Array {
  return im === null ? re.map(Math.abs) : re.map((x, k) => Math.hypot(x, im[k]));
}

/** One pass of the κ̃ ordering at level l: larger-magnitude coefficients move to lower κ̃-indices. */
function flipPass(kappa: Int32Array, abs: Float64Array, l: number): void {
  const nl = 1 << l;
  const n = kappa.length;
  for (let k = 1; k < nl; k++) {
    if (abs[kappa[k + nl]] > abs[kappa[k]]) {
      // Swap this pair and every alias k + a·2^{l+1}.
      for (let j = k; j + nl < n; j += 2 * nl) {
        const t = kappa[j];
        kappa[j] = kappa[j + nl];
        kappa[j + nl] = t;
      }
    }
  }
}

function levelSum(kappa: Int32Array, abs: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let k = from; k < to; k++) s += abs[kappa[k]];
  return s;
}

/**
 * Recomputes the bound, the level-consistency check and the accumulated cone check after the
 * coefficients changed.
 *
 * Level consistency: for an integrand in the cone, the integral lies in [μ̂_ℓ − hw_ℓ, μ̂_ℓ + hw_ℓ] at every
 * level ℓ, so the intervals of two consecutive levels must meet. When they do not, at least one bound is
 * wrong and the integrand is outside the cone: the criterion does not stop at that level, and reports
 * `coneViolated`. At the first level there is nothing to compare with; see {@link stops}.
 */
function refresh(o: HjrOutput, abs: Float64Array): void {
  const m = o.m;
  const lo = 2 ** (m - R_LAG - 1);
  const previousMu = o.mu;
  const previousHw = o.hw;
  o.mu = o.re[0];
  o.hw = fudge(m) * levelSum(o.kappa, abs, lo, 2 * lo);
  o.consistent = m > o.mInit && Math.abs(o.mu - previousMu) <= o.hw + previousHw;
  if (m > o.mInit && !o.consistent) o.coneViolated = true;
  const lStar = Math.max(o.mInit - R_LAG, 1);
  for (let l = lStar; l <= m; l++) {
    const c = omegaHat(m - l) * omegaCirc(m - l);
    const s = levelSum(o.kappa, abs, 2 ** (l - 1), 2 ** l);
    const i = l - lStar;
    o.coneLow[i] = Math.max(o.coneLow[i] ?? 0, s / (1 + c));
    if (c < 1) o.coneUp[i] = Math.min(o.coneUp[i] ?? Number.POSITIVE_INFINITY, s / (1 - c));
    else o.coneUp[i] ??= Number.POSITIVE_INFINITY;
    if (o.coneLow[i] > o.coneUp[i]) o.coneViolated = true;
  }
}

function consume(o: HjrOutput, y: Float64Array, complex: boolean): void {
  const n = y.length;
  const [bRe, bIm] = coefficients(y, complex);
  if (o.m < 0) {
    o.m = Math.log2(n);
    o.mInit = o.m;
    o.re = bRe;
    o.im = bIm;
    o.kappa = Int32Array.from({ length: n }, (_, k) => k);
    const abs = magnitudes(o.re, o.im);
    for (let l = o.m - 1; l >= 1; l--) flipPass(o.kappa, abs, l);
    refresh(o, abs);
    return;
  }
  [o.re, o.im] = doubleCoefficients(o.re, o.im, bRe, bIm);
  const kappa = new Int32Array(2 * n);
  kappa.set(o.kappa);
  for (let k = 0; k < n; k++) kappa[n + k] = o.kappa[k] + n;
  o.kappa = kappa;
  o.m += 1;
  const abs = magnitudes(o.re, o.im);
  for (let l = o.m - 1; l >= Math.max(o.m - R_LAG, 1); l--) flipPass(o.kappa, abs, l);
  refresh(o, abs);
}

/**
 * Whether an output may stop: its bound meets the tolerance, and its interval meets the previous level's.
 * At the first level there is no previous level. The default rule then stops on the bound alone, as
 * QMCPy's CubQMCNetG / CubQMCLatticeG do: for an integrand in the cone the bound holds at every level
 * m ≥ m_init (Hickernell & Jiménez Rugama), the first included, so the guarantee does not need a second
 * level. The consistency test is a detector of integrands outside the cone, which need two levels to be
 * seen; `conservative` (the rule of issue #9) waits for them.
 */
function stops(o: HjrOutput, tolerance: Tolerance, conservative: boolean): boolean {
  if (o.m < 0) return false;
  const firstLevel = o.m === o.mInit;
  return (o.consistent || (firstLevel && !conservative)) && judge(o.mu, o.hw, tolerance).converged;
}

function cloneOutput(o: HjrOutput): HjrOutput {
  return {
    ...o,
    re: o.re.slice(),
    im: o.im === null ? null : o.im.slice(),
    kappa: o.kappa.slice(),
    coneLow: [...o.coneLow],
    coneUp: [...o.coneUp],
  };
}

/**
 * The Hickernell–Jiménez Rugama loop shared by cubQmcNetG (Walsh, complex = false) and cubQmcLatticeG
 * (Fourier, complex = true). `conservative`: never stop at the first level (see {@link stops}).
 */
export function hjrCore(
  name: "cubQmcNetG" | "cubQmcLatticeG",
  setup: CriterionSetup,
  dimension: number,
  outputs: number,
  conservative: boolean,
): CriterionCore {
  const complex = name === "cubQmcLatticeG";
  const prev = setup.resumeData as HjrOutput[] | undefined;
  const states: HjrOutput[] =
    prev?.map(cloneOutput) ??
    Array.from({ length: outputs }, () => ({
      m: -1,
      mInit: -1,
      re: new Float64Array(0),
      im: null,
      kappa: new Int32Array(0),
      coneLow: [],
      coneUp: [],
      coneViolated: false,
      mu: Number.NaN,
      hw: Number.POSITIVE_INFINITY,
      consistent: false,
    }));
  const { tolerance, nInit, nMax } = setup;

  function* loop(): Generator<WindowRequest, void, Float64Array> {
    for (;;) {
      const pending = states.map((o) => !stops(o, tolerance, conservative));
      let mMin = Number.POSITIVE_INFINITY;
      states.forEach((o, k) => {
        if (pending[k]) mMin = Math.min(mMin, o.m);
      });
      if (mMin === Number.POSITIVE_INFINITY) return;
      const start = mMin < 0 ? 0 : 2 ** mMin;
      const end = mMin < 0 ? nInit : 2 ** (mMin + 1);
      if (end > nMax) return;
      const active = states.map((o, k) => pending[k] && o.m === mMin);
      const y = yield { start, end, active };
      const n = end - start;
      states.forEach((o, k) => {
        if (!active[k]) return;
        const col = new Float64Array(n);
        for (let i = 0; i < n; i++) col[i] = y[i * outputs + k];
        consume(o, col, complex);
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
      stopped: states.map((o) => stops(o, tolerance, conservative)),
      mu: Float64Array.from(states, (o) => o.mu),
      hw: Float64Array.from(states, (o) => o.hw),
      n: Float64Array.from(states, (o) => (o.m < 0 ? 0 : 2 ** o.m)),
      coneViolated: states.map((o) => o.coneViolated),
    }),
    data: () => states.map(cloneOutput),
  };
}

/** Validates the G criteria's `conservative` option: a boolean, default false. */
export function parseConservative(options: { conservative?: unknown } | undefined): boolean {
  const c = options?.conservative ?? false;
  if (typeof c !== "boolean") throw new TypeError(`conservative must be a boolean; got ${formatValue(c)}`);
  return c;
}
