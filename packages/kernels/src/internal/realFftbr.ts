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

/**
 * ifftbr of a Hermitian spectrum (re, im) of length n ≥ 4 whose inverse is real, with one complex
 * transform of length n/2: undo the doubling, A_k = (Y_k + Y_{k+h})/√2, B_k = conj(ω_k)(Y_k − Y_{k+h})/√2,
 * then ifftbr(A + i·B) = x₁ + i·x₂. Writes x into `out` (length n).
 */
export function realIfftbr(re: Float64Array, im: Float64Array, out: Float64Array, zr: Float64Array, zi: Float64Array): void {
  const n = re.length;
  const h = n >>> 1;
  const w = omega(h);
  const s = Math.SQRT1_2;
  for (let k = 0; k < h; k++) {
    const ar = (re[k] + re[k + h]) * s;
    const ai = (im[k] + im[k + h]) * s;
    const dr = (re[k] - re[k + h]) * s;
    const di = (im[k] - im[k + h]) * s;
    // B = conj(ω)·d
    const br = w.re[k] * dr + w.im[k] * di;
    const bi = w.re[k] * di - w.im[k] * dr;
    // Z = A + iB
    zr[k] = ar - bi;
    zi[k] = ai + br;
  }
  ifftbrInPlace(zr, zi);
  out.set(zr, 0);
  out.set(zi, h);
}
