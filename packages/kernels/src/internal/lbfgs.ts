/**
 * A small limited-memory BFGS minimizer for smooth, unconstrained objectives with analytic gradients
 * (bounds are handled by the caller through reparameterization). Two-loop recursion, memory m,
 * backtracking line search with the Armijo condition and a curvature check (pairs with sᵀy ≤ 0 are
 * skipped, so the inverse-Hessian model stays positive definite). A non-finite objective at a trial
 * point is treated as +∞ (the step is shortened), so the iterate never becomes NaN.
 */

/** Value and gradient of the objective at u (the gradient written into `grad`). */
export type Objective = (u: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  /** Maximum iterations; default 200. */
  maxIterations?: number;
  /** Stop when max |g_i| ≤ gradientTolerance; default 1e-8. */
  gradientTolerance?: number;
  /** Stop when |f_k − f_{k+1}| ≤ valueTolerance·max(1, |f_k|); default 1e-12. */
  valueTolerance?: number;
  /** History pairs; default 10. */
  memory?: number;
  /** Largest max-norm of the first (steepest-descent) step, before the line search; default 1. */
  firstStep?: number;
}

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  gradient: Float64Array;
  iterations: number;
  evaluations: number;
  converged: boolean;
  message: string;
}

const C1 = 1e-4;

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function maxAbs(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s = Math.max(s, Math.abs(a[i]));
  return s;
}

/** Minimizes f from x0 (not modified). */
export function lbfgs(f: Objective, x0: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const maxIt = options.maxIterations ?? 200;
  const gtol = options.gradientTolerance ?? 1e-8;
  const ftol = options.valueTolerance ?? 1e-12;
  const mem = options.memory ?? 10;
  const first = options.firstStep ?? 1;
  const p = x0.length;
  const x = x0.slice();
  const g = new Float64Array(p);
  let fx = f(x, g);
  let evaluations = 1;
  if (!Number.isFinite(fx) || !g.every(Number.isFinite)) {
    return {
      x,
      value: fx,
      gradient: g,
      iterations: 0,
      evaluations,
      converged: false,
      message: "objective or gradient not finite at the start",
    };
  }
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(mem);
  const dir = new Float64Array(p);
  const xt = new Float64Array(p);
  const gt = new Float64Array(p);
  let iterations = 0;
  if (maxAbs(g) <= gtol) {
    return { x, value: fx, gradient: g, iterations, evaluations, converged: true, message: "gradient below tolerance" };
  }
  while (iterations < maxIt) {
    iterations++;
    // Two-loop recursion: dir = −H g.
    for (let i = 0; i < p; i++) dir[i] = -g[i];
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(S[k], dir);
      for (let i = 0; i < p; i++) dir[i] -= alpha[k] * Y[k][i];
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last], Y[last]) / dot(Y[last], Y[last]);
      for (let i = 0; i < p; i++) dir[i] *= gamma;
    } else {
      // First step: at most `first` in the max norm.
      const m = maxAbs(dir) / first;
      if (m > 1) for (let i = 0; i < p; i++) dir[i] /= m;
    }
    for (let k = 0; k < S.length; k++) {
      const b = rho[k] * dot(Y[k], dir);
      for (let i = 0; i < p; i++) dir[i] += S[k][i] * (alpha[k] - b);
    }
    let slope = dot(g, dir);
    if (!(slope < 0)) {
      // Not a descent direction (should not happen with sᵀy > 0): restart with steepest descent.
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      for (let i = 0; i < p; i++) dir[i] = -g[i];
      const m = maxAbs(dir);
      if (m > 1) for (let i = 0; i < p; i++) dir[i] /= m;
      slope = dot(g, dir);
    }
    let step = 1;
    let ft = Number.POSITIVE_INFINITY;
    let accepted = false;
    for (let ls = 0; ls < 60; ls++) {
      for (let i = 0; i < p; i++) xt[i] = x[i] + step * dir[i];
      ft = f(xt, gt);
      evaluations++;
      if (Number.isFinite(ft) && gt.every(Number.isFinite) && ft <= fx + C1 * step * slope) {
        accepted = true;
        break;
      }
      step *= Number.isFinite(ft) ? 0.5 : 0.1;
    }
    if (!accepted) {
      return {
        x,
        value: fx,
        gradient: g,
        iterations,
        evaluations,
        converged: maxAbs(g) <= gtol * 100,
        message: "line search failed to decrease the objective",
      };
    }
    const s = new Float64Array(p);
    const y = new Float64Array(p);
    for (let i = 0; i < p; i++) {
      s[i] = xt[i] - x[i];
      y[i] = gt[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (S.length === mem) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    const fOld = fx;
    x.set(xt);
    g.set(gt);
    fx = ft;
    if (maxAbs(g) <= gtol) {
      return { x, value: fx, gradient: g, iterations, evaluations, converged: true, message: "gradient below tolerance" };
    }
    if (Math.abs(fOld - fx) <= ftol * Math.max(1, Math.abs(fOld))) {
      return {
        x,
        value: fx,
        gradient: g,
        iterations,
        evaluations,
        converged: true,
        message: "relative decrease below tolerance",
      };
    }
  }
  return { x, value: fx, gradient: g, iterations, evaluations, converged: false, message: "maximum iterations reached" };
}
