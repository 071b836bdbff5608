import { fftbr, fwht } from "@qmckit/transforms";

const omegaCache = new Map<number, [Float64Array, Float64Array]>();

/** ω_k = e^{−iπk/N}, k < N: the twiddles of the fftbr doubling update (QMCPy's omega_fftbr). */
function omega(n: number): [Float64Array, Float64Array] {
  let w = omegaCache.get(n);
  if (w === undefined) {
    const re = new Float64Array(n);
    const im = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      re[k] = Math.cos((Math.PI * k) / n);
      im[k] = -Math.sin((Math.PI * k) / n);
    }
    w = [re, im];
    if (omegaCache.size > 40) omegaCache.clear();
    omegaCache.set(n, w);
  }
  return w;
}

/**
 * Discrete Walsh (net) or Fourier (lattice, input in natural = bit-reversed-linear order) coefficients
 * of y with 1/N normalisation: ft(y)/√N with the orthonormal fwht / fftbr of @qmckit/transforms.
 */
export function coefficients(y: Float64Array, complex: boolean): [Float64Array, Float64Array | null] {
  const s = 1 / Math.sqrt(y.length);
  if (!complex) return [fwht(y).map((v) => v * s), null];
  const { re, im } = fftbr(y);
  for (let k = 0; k < re.length; k++) {
    re[k] *= s;
    im[k] *= s;
  }
  return [re, im];
}

/**
 * Coefficients of the first 2N values from those of the first N (a) and of the next N (b, computed on
 * their own): [(a + ω·b)/2, (a − ω·b)/2], ω ≡ 1 for Walsh.
 */
export function doubleCoefficients(
  aRe: Float64Array,
  aIm: Float64Array | null,
  bRe: Float64Array,
  bIm: Float64Array | null,
): [Float64Array, Float64Array | null] {
  const n = aRe.length;
  const re = new Float64Array(2 * n);
  if (aIm === null || bIm === null) {
    for (let k = 0; k < n; k++) {
      re[k] = (aRe[k] + bRe[k]) / 2;
      re[k + n] = (aRe[k] - bRe[k]) / 2;
    }
    return [re, null];
  }
  const im = new Float64Array(2 * n);
  const [wr, wi] = omega(n);
  for (let k = 0; k < n; k++) {
    const tr = wr[k] * bRe[k] - wi[k] * bIm[k];
    const ti = wr[k] * bIm[k] + wi[k] * bRe[k];
    re[k] = (aRe[k] + tr) / 2;
    im[k] = (aIm[k] + ti) / 2;
    re[k + n] = (aRe[k] - tr) / 2;
    im[k + n] = (aIm[k] - ti) / 2;
  }
  return [re, im];
}
