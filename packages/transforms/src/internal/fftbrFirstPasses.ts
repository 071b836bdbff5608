/**
 * Twiddle-free first passes of the bit-reversed-input FFT: length-2, 4 or 8 DFTs of consecutive
 * entries stored in bit-reversed order, written in natural order, times the scale s (the 1/√n of the
 * orthonormal transform is applied here, once). See fftbrPasses.ts for the slot conventions.
 */

const S = Math.SQRT1_2;

/** Length-2 transforms of consecutive pairs, times s (first pass when log2 L ≡ 1 mod 3). */
export function first2(re: Float64Array, im: Float64Array, o: number, len: number, s: number): void {
  for (let i = o, end = o + len; i < end; i += 2) {
    const ar = re[i];
    const ai = im[i];
    const br = re[i + 1];
    const bi = im[i + 1];
    re[i] = (ar + br) * s;
    im[i] = (ai + bi) * s;
    re[i + 1] = (ar - br) * s;
    im[i + 1] = (ai - bi) * s;
  }
}

/** Length-4 transforms of consecutive bit-reversed quadruples, times s (log2 L ≡ 2 mod 3). */
export function first4(re: Float64Array, im: Float64Array, o: number, len: number, s: number): void {
  for (let i = o, end = o + len; i < end; i += 4) {
    const r0 = re[i];
    const i0 = im[i];
    const r1 = re[i + 1];
    const i1 = im[i + 1];
    const r2 = re[i + 2];
    const i2 = im[i + 2];
    const r3 = re[i + 3];
    const i3 = im[i + 3];
    const ar0 = r0 + r1;
    const ai0 = i0 + i1;
    const ar1 = r0 - r1;
    const ai1 = i0 - i1;
    const ar2 = r2 + r3;
    const ai2 = i2 + i3;
    const ar3 = r2 - r3;
    const ai3 = i2 - i3;
    re[i] = (ar0 + ar2) * s;
    im[i] = (ai0 + ai2) * s;
    re[i + 2] = (ar0 - ar2) * s;
    im[i + 2] = (ai0 - ai2) * s;
    // −i·(x + iy) = y − ix
    re[i + 1] = (ar1 + ai3) * s;
    im[i + 1] = (ai1 - ar3) * s;
    re[i + 3] = (ar1 - ai3) * s;
    im[i + 3] = (ai1 + ar3) * s;
  }
}

/** Length-8 transforms of consecutive bit-reversed octets, times s (log2 L ≡ 0 mod 3). */
export function first8(re: Float64Array, im: Float64Array, o: number, len: number, s: number): void {
  for (let i = o, end = o + len; i < end; i += 8) {
    const r0 = re[i];
    const i0 = im[i];
    const r1 = re[i + 1];
    const i1 = im[i + 1];
    const r2 = re[i + 2];
    const i2 = im[i + 2];
    const r3 = re[i + 3];
    const i3 = im[i + 3];
    const r4 = re[i + 4];
    const i4 = im[i + 4];
    const r5 = re[i + 5];
    const i5 = im[i + 5];
    const r6 = re[i + 6];
    const i6 = im[i + 6];
    const r7 = re[i + 7];
    const i7 = im[i + 7];
    const ar0 = r0 + r1;
    const ai0 = i0 + i1;
    const ar1 = r0 - r1;
    const ai1 = i0 - i1;
    const ar2 = r2 + r3;
    const ai2 = i2 + i3;
    const ar3 = r2 - r3;
    const ai3 = i2 - i3;
    const ar4 = r4 + r5;
    const ai4 = i4 + i5;
    const ar5 = r4 - r5;
    const ai5 = i4 - i5;
    const ar6 = r6 + r7;
    const ai6 = i6 + i7;
    const ar7 = r6 - r7;
    const ai7 = i6 - i7;
    const br0 = ar0 + ar2;
    const bi0 = ai0 + ai2;
    const br2 = ar0 - ar2;
    const bi2 = ai0 - ai2;
    const br1 = ar1 + ai3;
    const bi1 = ai1 - ar3;
    const br3 = ar1 - ai3;
    const bi3 = ai1 + ar3;
    const br4 = ar4 + ar6;
    const bi4 = ai4 + ai6;
    const br6 = ar4 - ar6;
    const bi6 = ai4 - ai6;
    const br5 = ar5 + ai7;
    const bi5 = ai5 - ar7;
    const br7 = ar5 - ai7;
    const bi7 = ai5 + ar7;
    // e^{−iπ/4}·b5 and e^{−3iπ/4}·b7
    const tr5 = S * (br5 + bi5);
    const ti5 = S * (bi5 - br5);
    const tr7 = S * (bi7 - br7);
    const ti7 = -S * (br7 + bi7);
    re[i] = (br0 + br4) * s;
    im[i] = (bi0 + bi4) * s;
    re[i + 4] = (br0 - br4) * s;
    im[i + 4] = (bi0 - bi4) * s;
    re[i + 1] = (br1 + tr5) * s;
    im[i + 1] = (bi1 + ti5) * s;
    re[i + 5] = (br1 - tr5) * s;
    im[i + 5] = (bi1 - ti5) * s;
    re[i + 2] = (br2 + bi6) * s;
    im[i + 2] = (bi2 - br6) * s;
    re[i + 6] = (br2 - bi6) * s;
    im[i + 6] = (bi2 + br6) * s;
    re[i + 3] = (br3 + tr7) * s;
    im[i + 3] = (bi3 + ti7) * s;
    re[i + 7] = (br3 - tr7) * s;
    im[i + 7] = (bi3 - ti7) * s;
  }
}
