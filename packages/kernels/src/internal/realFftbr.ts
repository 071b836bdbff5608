import { fftbrInPlace, ifftbrInPlace, omegaFftbr } from "@qmckit/transforms";

/** ω_k = e^{−iπk/h}, k < h, cached per half length h (the doubling twiddles of the transforms). */
const OMEGA = new Map<number, { re: Float64Array; im: Float64Array }>();

function omega(h: number): { re: Float64Array; im: Float64Array } {
  let w = OMEGA.get(h);
  if (w === undefined) {
    w = omegaFftbr(31 - Math.clz32(h));
    OMEGA.set(h, w);
  }
  return w;
}

/**
 * fftbr of a real vector x of length n ≥ 4 with one complex transform of length h = n/2: z = x₁ + i·x₂
 * (the two halves of x in bit-reversed storage are its even and odd terms), A = fftbr(x₁) and
 * B = fftbr(x₂) from the Hermitian symmetry of real transforms, then the doubling update
 * Y_k = (A_k + ω_k B_k)/√2, Y_{k+h} = (A_k − ω_k B_k)/√2. Writes Re Y into `re` and Im Y into `im`
 * (length n each; `im` may be omitted when only the real part is needed).
 */
export function realFftbr(
  x: Float64Array,
  re: Float64Array,
  im: Float64Array | undefined,
  zr: Float64Array,
  zi: Float64Array,
): void {
  const n = x.length;
  const h = n >>> 1;
  zr.set(x.subarray(0, h));
  zi.set(x.subarray(h, n));
  fftbrInPlace(zr, zi);
  const w = omega(h);
  const s = Math.SQRT1_2;
  for (let k = 0; k < h; k++) {
    const q = k === 0 ? 0 : h - k;
    const pr = zr[k];
    const pi = zi[k];
    const cr = zr[q];
    const ci = -zi[q];
    // A = (Z_k + conj Z_{−k})/2, B = (Z_k − conj Z_{−k})/(2i)
    const ar = 0.5 * (pr + cr);
    const ai = 0.5 * (pi + ci);
    const br = 0.5 * (pi - ci);
    const bi = -0.5 * (pr - cr);
    const tr = w.re[k] * br - w.im[k] * bi;
    const ti = w.re[k] * bi + w.im[k] * br;
    re[k] = (ar + tr) * s;
    re[k + h] = (ar - tr) * s;
    if (im !== undefined) {
      im[k] = (ai + ti) * s;
      im[k + h] = (ai - ti) * s;
    }
  }
}

/** Scratch for the two results of {@link filterPair}. */
const PAIR = new Float64Array(2);

/**
 * From Z = fftbr(x₁ + i·x₂) at k and its mirror q = −k mod h: Y_k, Y_{k+h} of the real transform,
 * scaled by f(λ_k), f(λ_{k+h}), folded back into Z'_k = A'_k + i·B'_k of the inverse (see
 * {@link realFftbr}; the inverse undoes the doubling: A′ = (W_k + W_{k+h})/√2, B′ = conj(ω_k)(W_k − W_{k+h})/√2, then ifftbr(A′ + i·B′) = x₁′ + i·x₂′). Writes (Re, Im) of Z'_k into PAIR.
 */
function filterPair(
  k: number,
  h: number,
  zkr: number,
  zki: number,
  zqr: number,
  zqi: number,
  wr: number,
  wi: number,
  lambda: Float64Array,
  divide: boolean,
): void {
  const ar = 0.5 * (zkr + zqr);
  const ai = 0.5 * (zki - zqi);
  const br = 0.5 * (zki + zqi);
  const bi = -0.5 * (zkr - zqr);
  const tr = wr * br - wi * bi;
  const ti = wr * bi + wi * br;
  // Y_k = (A + ωB)/√2, Y_{k+h} = (A − ωB)/√2; then W = f(λ)·Y; A' = (W_k + W_{k+h})/√2, ωB' = (W_k − W_{k+h})/√2
  const l0 = divide ? 1 / lambda[k] : lambda[k];
  const l1 = divide ? 1 / lambda[k + h] : lambda[k + h];
  const y0r = (ar + tr) * l0;
  const y0i = (ai + ti) * l0;
  const y1r = (ar - tr) * l1;
  const y1i = (ai - ti) * l1;
  const pr = 0.5 * (y0r + y1r);
  const pi = 0.5 * (y0i + y1i);
  const dr = 0.5 * (y0r - y1r);
  const di = 0.5 * (y0i - y1i);
  // B' = conj(ω)·d; Z' = A' + i·B'
  const qr = wr * dr + wi * di;
  const qi = wr * di - wi * dr;
  PAIR[0] = pr - qi;
  PAIR[1] = pi + qr;
}

/**
 * out = ifftbr(f(λ)·fftbr(y)) for a real y of length n ≥ 4 and real λ (f = 1/λ or λ), fused: one
 * complex transform of length n/2 forward, the spectral filter applied to mirrored pairs in place, one
 * inverse of length n/2. Scratch zr, zi of length n/2; `out` may be y.
 */
export function realFilter(
  y: Float64Array,
  lambda: Float64Array,
  divide: boolean,
  out: Float64Array,
  zr: Float64Array,
  zi: Float64Array,
): void {
  const n = y.length;
  const h = n >>> 1;
  zr.set(y.subarray(0, h));
  zi.set(y.subarray(h, n));
  fftbrInPlace(zr, zi);
  const w = omega(h);
  for (let k = 0; k <= h >>> 1; k++) {
    const q = k === 0 ? 0 : h - k;
    const zkr = zr[k];
    const zki = zi[k];
    const zqr = zr[q];
    const zqi = zi[q];
    filterPair(k, h, zkr, zki, zqr, zqi, w.re[k], w.im[k], lambda, divide);
    const kr = PAIR[0];
    const ki = PAIR[1];
    if (q !== k) {
      filterPair(q, h, zqr, zqi, zkr, zki, w.re[q], w.im[q], lambda, divide);
      zr[q] = PAIR[0];
      zi[q] = PAIR[1];
    }
    zr[k] = kr;
    zi[k] = ki;
  }
  ifftbrInPlace(zr, zi);
  out.set(zr, 0);
  out.set(zi, h);
}

/**
 * The adjoint of the real part of fftbr on a real vector, out_i = Σ_k w_k·Re fftbr(e_i)_k, for a real
 * w of length n ≥ 4, with one complex transform of length h = n/2. With Φ = fftbr as a matrix (unitary,
 * Φ⁻¹ = Φᴴ), Re(Φᵀw) = Re(ifftbr(w)) = ifftbr(w̄) for the symmetrized w̄_k = (w_k + w_{−k})/2 (the
 * antisymmetric part has a purely imaginary inverse transform). w̄ is the spectrum of a real vector, so
 * the inverse runs at half length: undo the doubling of {@link realFftbr}, A_k = (w̄_k + w̄_{k+h})/√2,
 * B_k = conj(ω_k)(w̄_k − w̄_{k+h})/√2, and ifftbr(A + i·B) = x₁ + i·x₂, out = [x₁, x₂].
 * Scratch zr, zi of length h; `out` may be w only if w is not needed afterwards.
 */
export function realFftbrAdjoint(w: Float64Array, out: Float64Array, zr: Float64Array, zi: Float64Array): void {
  const n = w.length;
  const h = n >>> 1;
  const om = omega(h);
  const s = Math.SQRT1_2;
  for (let k = 0; k < h; k++) {
    const a = k === 0 ? w[0] : 0.5 * (w[k] + w[n - k]);
    const b = 0.5 * (w[k + h] + w[h - k]);
    const A = (a + b) * s;
    const D = (a - b) * s;
    zr[k] = A + om.im[k] * D;
    zi[k] = om.re[k] * D;
  }
  ifftbrInPlace(zr, zi);
  out.set(zr, 0);
  out.set(zi, h);
}
