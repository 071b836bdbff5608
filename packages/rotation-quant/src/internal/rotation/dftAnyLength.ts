import { fftInto, ifftInto } from "@qmckit/transforms";

/**
 * The unnormalized DFT of any length n (inverse: e^{+2πi jk/n} and the 1/n factor), by Bluestein's
 * chirp-z algorithm over power-of-two FFTs of length M ≥ 2n − 1. Allocates; for construction-time use.
 *
 * @remarks
 * jk = (j² + k² − (k − j)²)/2 turns the DFT into a convolution with the chirp w_m = e^{±iπ m²/n};
 * m² is reduced mod 2n in exact integer arithmetic before forming the angle, so the chirp keeps full
 * accuracy for every n < 2^26. Rounding error O(ε log M). Bluestein (1970).
 */
export function dftAnyLength(re: Float64Array, im: Float64Array, inverse: boolean): { re: Float64Array; im: Float64Array } {
  const n = re.length;
  let m = 1;
  while (m < 2 * n - 1) m *= 2;
  const sign = inverse ? 1 : -1;
  const wRe = new Float64Array(n);
  const wIm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const angle = (Math.PI * ((k * k) % (2 * n))) / n;
    wRe[k] = Math.cos(angle);
    wIm[k] = sign * Math.sin(angle); // e^{sign·iπ k²/n}
  }
  const aRe = new Float64Array(m);
  const aIm = new Float64Array(m);
  for (let k = 0; k < n; k++) {
    // a_k = x_k · w_k
    aRe[k] = re[k] * wRe[k] - im[k] * wIm[k];
    aIm[k] = re[k] * wIm[k] + im[k] * wRe[k];
  }
  const bRe = new Float64Array(m);
  const bIm = new Float64Array(m);
  for (let k = 0; k < n; k++) {
    // b_k = conj(w_k), on both sides (b_{−k} = b_k)
    bRe[k] = wRe[k];
    bIm[k] = -wIm[k];
    if (k > 0) {
      bRe[m - k] = wRe[k];
      bIm[m - k] = -wIm[k];
    }
  }
  fftInto(aRe, aIm, aRe, aIm);
  fftInto(bRe, bIm, bRe, bIm);
  for (let k = 0; k < m; k++) {
    const r = aRe[k] * bRe[k] - aIm[k] * bIm[k];
    aIm[k] = aRe[k] * bIm[k] + aIm[k] * bRe[k];
    aRe[k] = r;
  }
  ifftInto(aRe, aIm, aRe, aIm);
  const outRe = new Float64Array(n);
  const outIm = new Float64Array(n);
  const scale = inverse ? 1 / n : 1;
  for (let k = 0; k < n; k++) {
    // X_k = w_k · (a ⊛ b)_k
    outRe[k] = scale * (aRe[k] * wRe[k] - aIm[k] * wIm[k]);
    outIm[k] = scale * (aRe[k] * wIm[k] + aIm[k] * wRe[k]);
  }
  return { re: outRe, im: outIm };
}
