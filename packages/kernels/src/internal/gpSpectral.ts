import { columnSpectrum, spectrumAdjoint, type Transform } from "./spectral.js";

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
    const sc = scratch(n);
    const M = sc.M;
    const F = rep.factors;
    const wts = h.weights;
    for (let i = 0; i < n; i++) {
      let m = 0;
      const o = i * d;
      for (let j = 0; j < d; j++) m += wts[j] * F[o + j] * (1 + m);
      M[i] = m;
    }
    const rho = columnSpectrum(rep.transform, M, n, M);
    const lambda = sc.lambda;
    const base = sc.base;
    for (let k = 0; k < n; k++) {
      let b = k === 0 ? rho[0] + n : rho[k];
      if (!(b >= 0)) b = 0;
      base[k] = b;
      const l = h.scale * b + h.noise;
      if (!(l > 0) || !Number.isFinite(l)) return Number.POSITIVE_INFINITY;
      lambda[k] = l;
    }
    const P = rep.power;
    const dL = sc.dL;
    if (loss === "mll" && rep.transform === "fftbr" && n >= 4) {
      // The column and y are real and the column is even (K̃ is even, the lattice symmetric), so λ and
      // P are symmetric, λ_k = λ_{n−k}: sum k = 0 … n/2 with weight 2 on the interior terms.
      const half = n >>> 1;
      let q = 0;
      // log det = Σ c_k log λ_k, accumulated as logs of running products (one Math.log per ~10 terms)
      let ld = 0;
      let prod = 1;
      for (let k = 0; k <= half; k++) {
        const l = lambda[k];
        const il = 1 / l;
        const edge = k === 0 || k === half;
        const pk = edge ? P[k] : 0.5 * (P[k] + P[n - k]);
        const pl = pk * il;
        const c = edge ? 1 : 2;
        q += c * pl;
        if (l > 1e-60 && l < 1e60) {
          prod *= edge ? l : l * l;
          if (prod > 1e120 || prod < 1e-120) {
            ld += Math.log(prod);
            prod = 1;
          }
        } else ld += c * Math.log(l);
        const v = 0.5 * il * (1 - pl);
        dL[k] = v;
        if (!edge) dL[n - k] = v;
      }
      ld += Math.log(prod);
      total += 0.5 * (q + ld + n * Math.log(2 * Math.PI));
    } else if (loss === "mll") {
      let q = 0;
      let ld = 0;
      for (let k = 0; k < n; k++) {
        const il = 1 / lambda[k];
        const pl = P[k] * il;
        q += pl;
        ld += Math.log(lambda[k]);
        dL[k] = 0.5 * il * (1 - pl);
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
    if (!grad) continue;
    let at = 0;
    if (free.scale) {
      let s = 0;
      for (let k = 0; k < n; k++) s += dL[k] * h.scale * base[k];
      grad[at++] += s;
    }
    if (free.weights > 0 || free.alpha > 0) {
      // ∂loss/∂θ = Σ_k dL_k·S·ρ_k(∂M/∂θ) (eigenvalues clipped to 0 contribute nothing) = S·Σ_i a_i·∂M_i/∂θ
      // with a the adjoint transform of the masked dL: one transform for all the columns.
      const w = sc.w;
      for (let k = 0; k < n; k++) w[k] = base[k] > 0 || k === 0 ? h.scale * dL[k] : 0;
      spectrumAdjoint(rep.transform, w, sc.a, sc.zr, sc.zi);
      columnProducts(rep, h, free, sc.a, grad, at);
      at += free.weights + free.alpha;
    }
    if (free.noise) {
      let s = 0;
      for (let k = 0; k < n; k++) s += dL[k] * h.noise;
      grad[at++] += s;
    }
    if (at !== p) throw new Error("unreachable: gradient size");
  }
  if (!Number.isFinite(total)) return Number.POSITIVE_INFINITY;
  return total;
}

interface Scratch {
  M: Float64Array;
  lambda: Float64Array;
  base: Float64Array;
  dL: Float64Array;
  w: Float64Array;
  a: Float64Array;
  zr: Float64Array;
  zi: Float64Array;
}

/** Work arrays of the last length used (a fit evaluates the loss dozens of times at one n). */
let SCRATCH: Scratch | undefined;

function scratch(n: number): Scratch {
  if (SCRATCH === undefined || SCRATCH.M.length !== n) {
    const h = Math.max(1, n >>> 1);
    SCRATCH = {
      M: new Float64Array(n),
      lambda: new Float64Array(n),
      base: new Float64Array(n),
      dL: new Float64Array(n),
      w: new Float64Array(n),
      a: new Float64Array(n),
      zr: new Float64Array(h),
      zi: new Float64Array(h),
    };
  }
  return SCRATCH;
}

/**
 * grad[at + …] += Σ_i a_i·∂M_i/∂log θ for the free weights and α, without forming the columns:
 * ∂M/∂log γ_j = γ_j F_ij ∏_{l≠j}(1 + γ_l F_il) (summed over j when shared), and
 * ∂M/∂log α_j = α_j γ_j F'_ij ∏_{l≠j}(1 + γ_l F_il).
 */
function columnProducts(
  rep: SpectralReplication,
  h: Hyper,
  free: FreeSet,
  a: Float64Array,
  grad: Float64Array,
  at: number,
): void {
  const { n, d } = rep;
  const F = rep.factors;
  const nw = free.weights;
  const na = free.alpha;
  const sw = new Float64Array(d);
  const sa = new Float64Array(d);
  const pre = new Float64Array(d + 1);
  const G = na > 0 ? rep.alphaFactors : undefined;
  const wts = h.weights;
  const alpha = h.alpha;
  if (d === 4 && G === undefined) {
    // The common case unrolled (the per-coordinate sums stay in registers).
    const w0 = wts[0];
    const w1 = wts[1];
    const w2 = wts[2];
    const w3 = wts[3];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0, o = 0; i < n; i++, o += 4) {
      const f0 = F[o];
      const f1 = F[o + 1];
      const f2 = F[o + 2];
      const f3 = F[o + 3];
      const t0 = 1 + w0 * f0;
      const t1 = 1 + w1 * f1;
      const t2 = 1 + w2 * f2;
      const t3 = 1 + w3 * f3;
      const ai = a[i];
      const p01 = t0 * t1;
      const p23 = t2 * t3;
      s0 += f0 * t1 * p23 * ai;
      s1 += f1 * t0 * p23 * ai;
      s2 += f2 * t3 * p01 * ai;
      s3 += f3 * t2 * p01 * ai;
    }
    sw[0] = s0;
    sw[1] = s1;
    sw[2] = s2;
    sw[3] = s3;
  } else {
    for (let i = 0; i < n; i++) {
      const o = i * d;
      pre[0] = 1;
      for (let j = 0; j < d; j++) pre[j + 1] = pre[j] * (1 + wts[j] * F[o + j]);
      // walk down with the suffix product (times a_i) as a scalar
      let suf = a[i];
      for (let j = d - 1; j >= 0; j--) {
        const others = pre[j] * suf;
        sw[j] += F[o + j] * others;
        if (G !== undefined) sa[j] += G[o + j] * others;
        suf *= 1 + wts[j] * F[o + j];
      }
    }
  }
  if (nw === 1) {
    let s = 0;
    for (let j = 0; j < d; j++) s += wts[j] * sw[j];
    grad[at++] += s;
  } else for (let j = 0; j < nw; j++) grad[at++] += wts[j] * sw[j];
  if (na > 0 && alpha) {
    if (na === 1) {
      let s = 0;
      for (let j = 0; j < d; j++) s += alpha[j] * wts[j] * sa[j];
      grad[at++] += s;
    } else for (let j = 0; j < na; j++) grad[at++] += alpha[j] * wts[j] * sa[j];
  }
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
