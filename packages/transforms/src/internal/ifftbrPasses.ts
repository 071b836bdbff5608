/**
 * Twiddled passes of the inverse bit-reversed FFT: the adjoints of pass8 / pass4 / pass2 in
 * fftbrPasses.ts (decimation in frequency, natural-order input). Each takes the natural-order slots
 * of a block, applies the adjoint of the small DFT network (conjugate constants), then multiplies
 * slot q by the conjugate twiddle W̄^{rev(q)·k}. Same tables as the forward passes.
 */

const S = Math.SQRT1_2;

/** Adjoint of pass8 (span h, twiddles of radix8Twiddles(h)). */
export function ipass8(re: Float64Array, im: Float64Array, o: number, len: number, h: number, t: Float64Array): void {
  const h2 = 2 * h;
  const h3 = 3 * h;
  const h4 = 4 * h;
  const h5 = 5 * h;
  const h6 = 6 * h;
  const h7 = 7 * h;
  for (let base = o, end = o + len; base < end; base += 8 * h) {
    for (let k = 0, i = base; k < h; k++, i++) {
      const y0r = re[i];
      const y0i = im[i];
      const y1r = re[i + h];
      const y1i = im[i + h];
      const y2r = re[i + h2];
      const y2i = im[i + h2];
      const y3r = re[i + h3];
      const y3i = im[i + h3];
      const y4r = re[i + h4];
      const y4i = im[i + h4];
      const y5r = re[i + h5];
      const y5i = im[i + h5];
      const y6r = re[i + h6];
      const y6i = im[i + h6];
      const y7r = re[i + h7];
      const y7i = im[i + h7];
      const br0 = y0r + y4r;
      const bi0 = y0i + y4i;
      const dr4 = y0r - y4r;
      const di4 = y0i - y4i;
      const br1 = y1r + y5r;
      const bi1 = y1i + y5i;
      const dr5 = y1r - y5r;
      const di5 = y1i - y5i;
      const br2 = y2r + y6r;
      const bi2 = y2i + y6i;
      const dr6 = y2r - y6r;
      const di6 = y2i - y6i;
      const br3 = y3r + y7r;
      const bi3 = y3i + y7i;
      const dr7 = y3r - y7r;
      const di7 = y3i - y7i;
      const br5 = S * (dr5 - di5);
      const bi5 = S * (dr5 + di5);
      const br7 = -S * (dr7 + di7);
      const bi7 = S * (dr7 - di7);
      const ar0 = br0 + br2;
      const ai0 = bi0 + bi2;
      const ar2 = br0 - br2;
      const ai2 = bi0 - bi2;
      const ar1 = br1 + br3;
      const ai1 = bi1 + bi3;
      const ar3 = bi3 - bi1;
      const ai3 = br1 - br3;
      const ar4 = dr4 - di6;
      const ai4 = di4 + dr6;
      const ar6 = dr4 + di6;
      const ai6 = di4 - dr6;
      const ar5 = br5 + br7;
      const ai5 = bi5 + bi7;
      const ar7 = bi7 - bi5;
      const ai7 = br5 - br7;
      re[i] = ar0 + ar1;
      im[i] = ai0 + ai1;
      const tk = 14 * k;
      // slot q times conj(W^{rev₃(q)·k}): slots 1..7 take r = 4, 2, 6, 1, 5, 3, 7.
      let xr = ar0 - ar1;
      let xi = ai0 - ai1;
      let cr = t[tk + 6];
      let ci = t[tk + 7];
      re[i + h] = xr * cr + xi * ci;
      im[i + h] = xi * cr - xr * ci;
      xr = ar2 + ar3;
      xi = ai2 + ai3;
      cr = t[tk + 2];
      ci = t[tk + 3];
      re[i + h2] = xr * cr + xi * ci;
      im[i + h2] = xi * cr - xr * ci;
      xr = ar2 - ar3;
      xi = ai2 - ai3;
      cr = t[tk + 10];
      ci = t[tk + 11];
      re[i + h3] = xr * cr + xi * ci;
      im[i + h3] = xi * cr - xr * ci;
      xr = ar4 + ar5;
      xi = ai4 + ai5;
      cr = t[tk];
      ci = t[tk + 1];
      re[i + h4] = xr * cr + xi * ci;
      im[i + h4] = xi * cr - xr * ci;
      xr = ar4 - ar5;
      xi = ai4 - ai5;
      cr = t[tk + 8];
      ci = t[tk + 9];
      re[i + h5] = xr * cr + xi * ci;
      im[i + h5] = xi * cr - xr * ci;
      xr = ar6 + ar7;
      xi = ai6 + ai7;
      cr = t[tk + 4];
      ci = t[tk + 5];
      re[i + h6] = xr * cr + xi * ci;
      im[i + h6] = xi * cr - xr * ci;
      xr = ar6 - ar7;
      xi = ai6 - ai7;
      cr = t[tk + 12];
      ci = t[tk + 13];
      re[i + h7] = xr * cr + xi * ci;
      im[i + h7] = xi * cr - xr * ci;
    }
  }
}

/** Adjoint of pass4 (span h, twiddles of radix4Twiddles(h)). */
export function ipass4(re: Float64Array, im: Float64Array, o: number, len: number, h: number, t: Float64Array): void {
  const h2 = 2 * h;
  const h3 = 3 * h;
  for (let base = o, end = o + len; base < end; base += 4 * h) {
    for (let k = 0, i = base; k < h; k++, i++) {
      const y0r = re[i];
      const y0i = im[i];
      const y1r = re[i + h];
      const y1i = im[i + h];
      const y2r = re[i + h2];
      const y2i = im[i + h2];
      const y3r = re[i + h3];
      const y3i = im[i + h3];
      const ar0 = y0r + y2r;
      const ai0 = y0i + y2i;
      const ar2 = y0r - y2r;
      const ai2 = y0i - y2i;
      const ar1 = y1r + y3r;
      const ai1 = y1i + y3i;
      const ar3 = y3i - y1i;
      const ai3 = y1r - y3r;
      re[i] = ar0 + ar1;
      im[i] = ai0 + ai1;
      const tk = 6 * k;
      // slots 1, 2, 3 times conj(W^{2k}), conj(W^{k}), conj(W^{3k}).
      let xr = ar0 - ar1;
      let xi = ai0 - ai1;
      let cr = t[tk + 2];
      let ci = t[tk + 3];
      re[i + h] = xr * cr + xi * ci;
      im[i + h] = xi * cr - xr * ci;
      xr = ar2 + ar3;
      xi = ai2 + ai3;
      cr = t[tk];
      ci = t[tk + 1];
      re[i + h2] = xr * cr + xi * ci;
      im[i + h2] = xi * cr - xr * ci;
      xr = ar2 - ar3;
      xi = ai2 - ai3;
      cr = t[tk + 4];
      ci = t[tk + 5];
      re[i + h3] = xr * cr + xi * ci;
      im[i + h3] = xi * cr - xr * ci;
    }
  }
}

/** Adjoint of pass2 (span h, twiddles of radix2Twiddles(h)). */
export function ipass2(re: Float64Array, im: Float64Array, o: number, len: number, h: number, t: Float64Array): void {
  for (let base = o, end = o + len; base < end; base += 2 * h) {
    for (let k = 0, i = base; k < h; k++, i++) {
      const ar = re[i];
      const ai = im[i];
      const br = re[i + h];
      const bi = im[i + h];
      re[i] = ar + br;
      im[i] = ai + bi;
      const xr = ar - br;
      const xi = ai - bi;
      const cr = t[2 * k];
      const ci = t[2 * k + 1];
      re[i + h] = xr * cr + xi * ci;
      im[i + h] = xi * cr - xr * ci;
    }
  }
}
