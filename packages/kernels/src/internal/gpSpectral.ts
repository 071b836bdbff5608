import { columnSpectrum, type Transform } from "./spectral.js";

/**
 * The spectral form of a GP loss on one replication: the unweighted one-dimensional kernel factors
 * F_ij = K̃_j(x_i, x_0) of the first Gram column (and ∂K̃_j/∂α_j for the adaptive DSI kernel), and the
 * power spectrum P_k = |T(y)_k|² of the values, which does not depend on the hyperparameters.
 */
export interface SpectralReplication {
  transform: Transform;
  n: number;
  d: number;
  /** F, row-major n × d. */
  factors: Float64Array;
  /** ∂F/∂α, row-major n × d (adaptive DSI kernel only). */
  alphaFactors: Float64Array | undefined;
  /** |T(y)_k|², length n. */
  power: Float64Array;
}

/** Hyperparameters in natural units. */
export interface Hyper {
  scale: number;
  weights: Float64Array;
  alpha: Float64Array | undefined;
  noise: number;
}

/** Which parameters are free, in the order of the parameter vector (all on the log scale). */
export interface FreeSet {
  scale: boolean;
  /** 0: fixed; 1: one shared weight; d: one per coordinate. */
  weights: number;
  /** 0: fixed; 1: shared; d: one per coordinate (adaptive DSI only). */
  alpha: number;
  noise: boolean;
}

export type LossName = "mll" | "gcv" | "cv";

export function freeCount(f: FreeSet): number {
  return (f.scale ? 1 : 0) + f.weights + f.alpha + (f.noise ? 1 : 0);
}

/**
 * The loss and, when `grad` is given, its gradient in the free log-parameters (order: log S,
 * log γ (1 or d), log α (1 or d), log ν). Returns +∞ (never NaN) when an eigenvalue is not positive.
 *
 * mll: Σ_r ½(Σ_k P_rk/λ_rk + Σ_k log λ_rk + n log 2π) (the negative log marginal likelihood);
 * gcv = cv: (1/R) Σ_r n·Σ_k P_rk/λ_rk² / (Σ_k 1/λ_rk)² (equal to the mean squared leave-one-out
 * residual, since K⁻¹ has a constant diagonal on these designs).
 */
export function spectralLoss(
  reps: readonly SpectralReplication[],
  h: Hyper,
  loss: LossName,
  free: FreeSet,
  grad?: Float64Array,
): number {
  const p = freeCount(free);
  if (grad) grad.fill(0);
  let total = 0;
  for (const rep of reps) {
    const { n, d } = rep;
    const cols = grad ? columns(rep, h, free) : undefined;
    const M = new Float64Array(n);
    const F = rep.factors;
    for (let i = 0; i < n; i++) {
      let m = 0;
      for (let j = 0; j < d; j++) m += h.weights[j] * F[i * d + j] * (1 + m);
      M[i] = m;
    }
    const rho = columnSpectrum(rep.transform, M, n, M);
    const lambda = new Float64Array(n);
    const base = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      let b = k === 0 ? rho[0] + n : rho[k];
      if (!(b >= 0)) b = 0;
      base[k] = b;
      const l = h.scale * b + h.noise;
      if (!(l > 0) || !Number.isFinite(l)) return Number.POSITIVE_INFINITY;
      lambda[k] = l;
    }
    const P = rep.power;
    const dL = new Float64Array(n);
    if (loss === "mll") {
      let q = 0;
      let ld = 0;
      for (let k = 0; k < n; k++) {
        q += P[k] / lambda[k];
        ld += Math.log(lambda[k]);
        dL[k] = 0.5 * (1 / lambda[k] - P[k] / (lambda[k] * lambda[k]));
      }
      total += 0.5 * (q + ld + n * Math.log(2 * Math.PI));
    } else {
      let A = 0;
      let B = 0;
      for (let k = 0; k < n; k++) {
        A += P[k] / (lambda[k] * lambda[k]);
        B += 1 / lambda[k];
      }
      const R = reps.length;
      total += (n * A) / (B * B) / R;
      for (let k = 0; k < n; k++) {
        const l2 = lambda[k] * lambda[k];
        dL[k] = (n * ((-2 * P[k]) / (l2 * lambda[k]) / (B * B) + (2 * A) / (B * B * B) / l2)) / R;
      }
    }
    if (!grad || !cols) continue;
    let at = 0;
    const add = (dl: (k: number) => number) => {
      let s = 0;
      for (let k = 0; k < n; k++) s += dL[k] * dl(k);
      grad[at++] += s;
    };
    if (free.scale) add((k) => h.scale * base[k]);
    for (const c of cols) {
      const spec = c;
      add((k) => (base[k] > 0 || k === 0 ? h.scale * spec[k] : 0));
    }
    if (free.noise) add(() => h.noise);
    if (at !== p) throw new Error("unreachable: gradient size");
  }
  if (!Number.isFinite(total)) return Number.POSITIVE_INFINITY;
  return total;
}

/**
 * The spectra √n·T(∂M/∂log θ) of the derivative columns of the unit-scale kernel minus one, for the
 * free weights and α: ∂/∂log γ_j = γ_j F_ij ∏_{l≠j}(1 + γ_l F_il) (summed over j when shared), and
 * ∂/∂log α_j = α_j γ_j F'_ij ∏_{l≠j}(1 + γ_l F_il).
 */
function columns(rep: SpectralReplication, h: Hyper, free: FreeSet): Float64Array[] {
  const { n, d } = rep;
  const F = rep.factors;
  const out: Float64Array[] = [];
  const nw = free.weights;
  const na = free.alpha;
  const wc = Array.from({ length: nw }, () => new Float64Array(n));
  const ac = Array.from({ length: na }, () => new Float64Array(n));
  const pre = new Float64Array(d + 1);
  const suf = new Float64Array(d + 1);
  const G = rep.alphaFactors;
  for (let i = 0; i < n; i++) {
    pre[0] = 1;
    for (let j = 0; j < d; j++) pre[j + 1] = pre[j] * (1 + h.weights[j] * F[i * d + j]);
    suf[d] = 1;
    for (let j = d - 1; j >= 0; j--) suf[j] = suf[j + 1] * (1 + h.weights[j] * F[i * d + j]);
    for (let j = 0; j < d; j++) {
      const others = pre[j] * suf[j + 1];
      if (nw > 0) wc[nw === 1 ? 0 : j][i] += h.weights[j] * F[i * d + j] * others;
      if (na > 0 && G && h.alpha) ac[na === 1 ? 0 : j][i] += h.alpha[j] * h.weights[j] * G[i * d + j] * others;
    }
  }
  for (const c of wc) out.push(columnSpectrum(rep.transform, c, n, c));
  for (const c of ac) out.push(columnSpectrum(rep.transform, c, n, c));
  return out;
}

/** ν(α) = 1/(1 − 2^{−α}) of the adaptive DSI kernel and its derivative. */
export function adaptiveNuAndDerivative(alpha: number): [number, number] {
  const t = 2 ** -alpha;
  const nu = 1 / (1 - t);
  return [nu, -(t * Math.LN2) / ((1 - t) * (1 - t))];
}

/**
 * ∂K̃_α/∂α of the adaptive DSI factor from its value: K̃ = ν − (ν + 1)·2^{αe} with the integer
 * e = ⌊log2 x⌋ + 1 ≤ 0 (K̃ = ν at x = 0), so 2^{αe} = (ν − K̃)/(ν + 1) and e is recovered exactly by
 * rounding; ∂K̃/∂α = ν'(1 − 2^{αe}) − (ν + 1)·2^{αe}·e·ln 2.
 */
export function adaptiveAlphaDerivative(value: number, alpha: number): number {
  const [nu, dnu] = adaptiveNuAndDerivative(alpha);
  const q0 = (nu - value) / (nu + 1);
  if (q0 <= 0) return dnu;
  const e = Math.round(Math.log2(q0) / alpha);
  const q = 2 ** (alpha * e);
  return dnu * (1 - q) - (nu + 1) * q * e * Math.LN2;
}
