/**
 * Entries of one block's cyclic convolution in a restricted power-of-two CBC search (the extension of
 * a sequence known modulo 2^mb), computed from a few moments of the operand instead of FFTs or direct
 * sums.
 *
 * Block r (L = 2^{r−2} classes) pairs class b with candidate a through the kernel value
 * ω({5^{(a−b) mod L} / 2^r}). The candidates wanted are a = a0 + step·t, t < K = L/step = 2^{r−mb}
 * (step = 2^{mb−2}: they agree modulo 2^mb). With c = (a0 − b) mod L and 5^{step·t} ≡ 1 + 2^mb·H_t
 * (mod 2^r), the value for t is {v + u_t/K} where v = (5^c mod 2^r)/2^r and u_t = (5^c·H_t) mod K:
 * the same point v shifted by a multiple of 1/K that depends only on ρ = 5^c mod K. ω is a polynomial
 * P of degree 2α on [0, 1), so with v = (j + f)/K (bin j, offset f ∈ [0, 1)),
 * ω({v + u/K}) = P((J + f)/K), J = (j + u) mod K, is a polynomial in f whose coefficients depend on J
 * only. One pass over the classes accumulates Q_l[ρ][j] = Σ x[b]·f^l (l ≤ 2α), and then
 * T[a0 + step·t] = Σ_{ρ, j, l} coef_l(J)·Q_l[ρ][j]: O(L + K³·α) per block instead of O(K·L).
 */

/** Ascending coefficients of ω_α(x) on [0, 1), α = 1, 2, 3 (the Bernoulli forms of korobovKernel). */
const OMEGA_COEFFICIENTS: readonly (readonly number[])[] = [
  [],
  [1 / 6, -1, 1].map((c) => 2 * Math.PI ** 2 * c),
  [1 / 30, 0, -1, 2, -1].map((c) => ((2 * Math.PI ** 4) / 3) * c),
  [1 / 42, 0, -0.5, 0, 2.5, -3, 1].map((c) => ((4 * Math.PI ** 6) / 45) * c),
];

function binomial(i: number, l: number): number {
  let b = 1;
  for (let k = 1; k <= l; k++) b = (b * (i - l + k)) / k;
  return b;
}

/**
 * Writes T[a0 + step·t] = Σ_b x[b]·ω({5^{(a0 + step·t − b) mod L} / 2^r}) for t < L/step into `out`.
 *
 * @param x - the operand of the block (length L = 2^{r−2}, r ≥ 3).
 * @param powers - 5^i mod 2^32 for i < L (at least).
 * @param step - 2^{mb−2} with 3 ≤ mb < r.
 */
export function liftedConvolution(
  x: Float64Array,
  r: number,
  powers: Uint32Array,
  a0: number,
  step: number,
  alpha: number,
  out: Float64Array,
): void {
  const L = x.length;
  const K = L / step;
  const modR = r >= 32 ? 0xffffffff : 2 ** r - 1;
  const twoPowMb = 4 * step;
  const coefficients = OMEGA_COEFFICIENTS[alpha];
  const degree = coefficients.length - 1;
  const terms = degree + 1;
  // Q[(ρ·K + j)·terms + l] = Σ x[b]·f^l over the classes with 5^c ≡ ρ (mod K) in bin j.
  const Q = new Float64Array(K * K * terms);
  for (let b = 0; b < L; b++) {
    const xb = x[b];
    if (xb === 0) continue;
    const c = a0 - b >= 0 ? a0 - b : a0 - b + L;
    const p = powers[c];
    // v·K = (p mod 2^r)·K/2^r = (p mod 2^r)/2^mb, exact (a dyadic below K).
    const vK = ((p & modR) >>> 0) / twoPowMb;
    const j = Math.floor(vK);
    const f = vK - j;
    let index = ((p & (K - 1)) * K + j) * terms;
    let power = xb;
    for (let l = 0; l < terms; l++) {
      Q[index++] += power;
      power *= f;
    }
  }
  // coef[J·terms + l]: the coefficient of f^l in P((J + f)/K).
  const coef = new Float64Array(K * terms);
  for (let J = 0; J < K; J++) {
    for (let l = 0; l <= degree; l++) {
      let s = 0;
      for (let i = l; i <= degree; i++) s += (coefficients[i] * binomial(i, l) * J ** (i - l)) / K ** i;
      coef[J * terms + l] = s;
    }
  }
  for (let t = 0; t < K; t++) {
    // 5^{step·t} mod 2^r = 1 + 2^mb·H_t.
    const P = (powers[step * t] & modR) >>> 0;
    const H = (P - 1) / twoPowMb; // exact: P ≡ 1 (mod 2^mb)
    let total = 0;
    for (let rho = 1; rho < K; rho += 2) {
      const u = (rho * H) % K;
      for (let j = 0; j < K; j++) {
        const q = (rho * K + j) * terms;
        const w = ((j + u) % K) * terms;
        for (let l = 0; l < terms; l++) total += coef[w + l] * Q[q + l];
      }
    }
    out[a0 + step * t] = total;
  }
}
