/**
 * Twiddle-free last passes of the inverse bit-reversed FFT: the adjoints of first4 / first8 in
 * fftbrFirstPasses.ts (first2 is its own adjoint), times the scale s. Each maps natural-order
 * entries to the inverse DFT of length 4 or 8 in bit-reversed order: the DIT stages undone in
 * reverse order, each butterfly (u, v) ↦ (u + tv, u − tv) replaced by (a, b) ↦ (a + b, t̄(a − b)).
 */

const S = Math.SQRT1_2;

/** Adjoint of first4 on consecutive quadruples, times s. */
export function last4(re: Float64Array, im: Float64Array, o: number, len: number, s: number): void {
  for (let i = o, end = o + len; i < end; i += 4) {
    const y0r = re[i];
    const y0i = im[i];
    const y1r = re[i + 1];
    const y1i = im[i + 1];
    const y2r = re[i + 2];
    const y2i = im[i + 2];
    const y3r = re[i + 3];
    const y3i = im[i + 3];
    const ar0 = y0r + y2r;
    const ai0 = y0i + y2i;
    const ar2 = y0r - y2r;
    const ai2 = y0i - y2i;
    const ar1 = y1r + y3r;
    const ai1 = y1i + y3i;
    // i·(x + iy) = −y + ix
    const ar3 = y3i - y1i;
    const ai3 = y1r - y3r;
    re[i] = (ar0 + ar1) * s;
    im[i] = (ai0 + ai1) * s;
    re[i + 1] = (ar0 - ar1) * s;
    im[i + 1] = (ai0 - ai1) * s;
    re[i + 2] = (ar2 + ar3) * s;
    im[i + 2] = (ai2 + ai3) * s;
    re[i + 3] = (ar2 - ar3) * s;
    im[i + 3] = (ai2 - ai3) * s;
  }
}

/** Adjoint of first8 on consecutive octets, times s. */
export function last8(re: Float64Array, im: Float64Array, o: number, len: number, s: number): void {
  for (let i = o, end = o + len; i < end; i += 8) {
    const y0r = re[i];
    const y0i = im[i];
    const y1r = re[i + 1];
    const y1i = im[i + 1];
    const y2r = re[i + 2];
    const y2i = im[i + 2];
    const y3r = re[i + 3];
    const y3i = im[i + 3];
    const y4r = re[i + 4];
    const y4i = im[i + 4];
    const y5r = re[i + 5];
    const y5i = im[i + 5];
    const y6r = re[i + 6];
    const y6i = im[i + 6];
    const y7r = re[i + 7];
    const y7i = im[i + 7];
    // stage 3 adjoint: twiddles 1, e^{iπ/4}, i, e^{3iπ/4} on the differences
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
    const br6 = -di6;
    const bi6 = dr6;
    const br7 = -S * (dr7 + di7);
    const bi7 = S * (dr7 - di7);
    // stage 2 adjoint: twiddle i on the differences of pairs (1, 3) and (5, 7)
    const ar0 = br0 + br2;
    const ai0 = bi0 + bi2;
    const ar2 = br0 - br2;
    const ai2 = bi0 - bi2;
    const ar1 = br1 + br3;
    const ai1 = bi1 + bi3;
    const ar3 = bi3 - bi1;
    const ai3 = br1 - br3;
    const ar4 = dr4 + br6;
    const ai4 = di4 + bi6;
    const ar6 = dr4 - br6;
    const ai6 = di4 - bi6;
    const ar5 = br5 + br7;
    const ai5 = bi5 + bi7;
    const ar7 = bi7 - bi5;
    const ai7 = br5 - br7;
    // stage 1 adjoint
    re[i] = (ar0 + ar1) * s;
    im[i] = (ai0 + ai1) * s;
    re[i + 1] = (ar0 - ar1) * s;
    im[i + 1] = (ai0 - ai1) * s;
    re[i + 2] = (ar2 + ar3) * s;
    im[i + 2] = (ai2 + ai3) * s;
    re[i + 3] = (ar2 - ar3) * s;
    im[i + 3] = (ai2 - ai3) * s;
    re[i + 4] = (ar4 + ar5) * s;
    im[i + 4] = (ai4 + ai5) * s;
    re[i + 5] = (ar4 - ar5) * s;
    im[i + 5] = (ai4 - ai5) * s;
    re[i + 6] = (ar6 + ar7) * s;
    im[i + 6] = (ai6 + ai7) * s;
    re[i + 7] = (ar6 - ar7) * s;
    im[i + 7] = (ai6 - ai7) * s;
  }
}
