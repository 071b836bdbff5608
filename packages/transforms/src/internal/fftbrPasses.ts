/**
 * Twiddled forward passes of the bit-reversed-input FFT (decimation in time, in place on separate
 * re / im arrays, unchecked). A radix-8 pass of span h over x[o, o + len) combines, in every block of
 * 8h entries, the 8 transforms of length h it holds into one of length 8h. Slot q (entries i + qh)
 * holds the transform of residue rev₃(q) = [0, 4, 2, 6, 1, 5, 3, 7][q] mod 8, so the pass multiplies
 * slot q by W^{rev₃(q)·k} (W = e^{−2πi/(8h)}) and then takes an 8-point DFT of bit-reversed input
 * (three radix-2 stages whose only non-trivial constants are −i and e^{−iπ/4}). Radix 4 and 2 likewise.
 */

const S = Math.SQRT1_2;

/** Radix-8 pass of span h with the twiddles `t` of {@link radix8Twiddles}(h). */
export function pass8(re: Float64Array, im: Float64Array, o: number, len: number, h: number, t: Float64Array): void {
  const h2 = 2 * h;
  const h3 = 3 * h;
  const h4 = 4 * h;
  const h5 = 5 * h;
  const h6 = 6 * h;
  const h7 = 7 * h;
  for (let base = o, end = o + len; base < end; base += 8 * h) {
    for (let k = 0, i = base; k < h; k++, i++) {
      const tk = 14 * k;
      // slot q is multiplied by W^{rev₃(q)·k}: slots 1..7 take r = 4, 2, 6, 1, 5, 3, 7.
      let xr = re[i + h];
      let xi = im[i + h];
      let cr = t[tk + 6];
      let ci = t[tk + 7];
      const r1 = xr * cr - xi * ci;
      const i1 = xr * ci + xi * cr;
      xr = re[i + h2];
      xi = im[i + h2];
      cr = t[tk + 2];
      ci = t[tk + 3];
      const r2 = xr * cr - xi * ci;
      const i2 = xr * ci + xi * cr;
      xr = re[i + h3];
      xi = im[i + h3];
      cr = t[tk + 10];
      ci = t[tk + 11];
      const r3 = xr * cr - xi * ci;
      const i3 = xr * ci + xi * cr;
      xr = re[i + h4];
      xi = im[i + h4];
      cr = t[tk];
      ci = t[tk + 1];
      const r4 = xr * cr - xi * ci;
      const i4 = xr * ci + xi * cr;
      xr = re[i + h5];
      xi = im[i + h5];
      cr = t[tk + 8];
      ci = t[tk + 9];
      const r5 = xr * cr - xi * ci;
      const i5 = xr * ci + xi * cr;
      xr = re[i + h6];
      xi = im[i + h6];
      cr = t[tk + 4];
      ci = t[tk + 5];
      const r6 = xr * cr - xi * ci;
      const i6 = xr * ci + xi * cr;
      xr = re[i + h7];
      xi = im[i + h7];
      cr = t[tk + 12];
      ci = t[tk + 13];
      const r7 = xr * cr - xi * ci;
      const i7 = xr * ci + xi * cr;
      const r0 = re[i];
      const i0 = im[i];
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
      re[i] = br0 + br4;
      im[i] = bi0 + bi4;
      re[i + h4] = br0 - br4;
      im[i + h4] = bi0 - bi4;
      re[i + h] = br1 + tr5;
      im[i + h] = bi1 + ti5;
      re[i + h5] = br1 - tr5;
      im[i + h5] = bi1 - ti5;
      re[i + h2] = br2 + bi6;
      im[i + h2] = bi2 - br6;
      re[i + h6] = br2 - bi6;
      im[i + h6] = bi2 + br6;
      re[i + h3] = br3 + tr7;
      im[i + h3] = bi3 + ti7;
      re[i + h7] = br3 - tr7;
      im[i + h7] = bi3 - ti7;
    }
  }
}

/**
 * Radix-4 pass of span h with the twiddles of {@link radix4Twiddles}(h). Used for long spans: its 8
 * re/im streams fit an L1 set where radix-8's 16 streams at a 4 KiB-multiple stride thrash.
 */
export function pass4(re: Float64Array, im: Float64Array, o: number, len: number, h: number, t: Float64Array): void {
  if (h < PAIR_SPAN && len >= 8 * h) {
    pass4Pairs(re, im, o, len, h, t);
    return;
  }
  if (h >= 4) {
    pass4Mirrored(re, im, o, len, h, t);
    return;
  }
  const h2 = 2 * h;
  const h3 = 3 * h;
  for (let base = o, end = o + len; base < end; base += 4 * h) {
    for (let k = 0, i = base; k < h; k++, i++) {
      const tk = 6 * k;
      // slots hold residues rev₂(q) = [0, 2, 1, 3]: multiply by W^{2k}, W^{k}, W^{3k}.
      let xr = re[i + h];
      let xi = im[i + h];
      let cr = t[tk + 2];
      let ci = t[tk + 3];
      const r1 = xr * cr - xi * ci;
      const i1 = xr * ci + xi * cr;
      xr = re[i + h2];
      xi = im[i + h2];
      cr = t[tk];
      ci = t[tk + 1];
      const r2 = xr * cr - xi * ci;
      const i2 = xr * ci + xi * cr;
      xr = re[i + h3];
      xi = im[i + h3];
      cr = t[tk + 4];
      ci = t[tk + 5];
      const r3 = xr * cr - xi * ci;
      const i3 = xr * ci + xi * cr;
      const r0 = re[i];
      const i0 = im[i];
      const ar0 = r0 + r1;
      const ai0 = i0 + i1;
      const ar1 = r0 - r1;
      const ai1 = i0 - i1;
      const ar2 = r2 + r3;
      const ai2 = i2 + i3;
      const ar3 = r2 - r3;
      const ai3 = i2 - i3;
      re[i] = ar0 + ar2;
      im[i] = ai0 + ai2;
      re[i + h2] = ar0 - ar2;
      im[i + h2] = ai0 - ai2;
      re[i + h] = ar1 + ai3;
      im[i + h] = ai1 - ar3;
      re[i + h3] = ar1 - ai3;
      im[i + h3] = ai1 + ar3;
    }
  }
}

/**
 * Spans below which {@link pass4} takes two blocks of 4h per iteration, loading each k's twiddles once
 * for both (measured 25 % faster per pass at h = 64 and 256). From 512 on, the two blocks' 16 re/im
 * streams fall in one L1 set (4 KiB-multiple strides) and thrash, as radix-8's do.
 */
const PAIR_SPAN = 512;

/**
 * {@link pass4} on pairs of adjacent blocks of 4h entries (len a multiple of 8h): the same butterflies
 * in the same order of operations, so bit-identical results, with the twiddles of k shared by both.
 */
function pass4Pairs(re: Float64Array, im: Float64Array, o: number, len: number, h: number, t: Float64Array): void {
  const h2 = 2 * h;
  const h3 = 3 * h;
  const h4 = 4 * h;
  const h5 = 5 * h;
  const h6 = 6 * h;
  const h7 = 7 * h;
  for (let base = o, end = o + len; base < end; base += 8 * h) {
    for (let k = 0, i = base; k < h; k++, i++) {
      const tk = 6 * k;
      const c1r = t[tk + 2];
      const c1i = t[tk + 3];
      const c2r = t[tk];
      const c2i = t[tk + 1];
      const c3r = t[tk + 4];
      const c3i = t[tk + 5];
      // First block, entries i + qh.
      let xr = re[i + h];
      let xi = im[i + h];
      let r1 = xr * c1r - xi * c1i;
      let i1 = xr * c1i + xi * c1r;
      xr = re[i + h2];
      xi = im[i + h2];
      let r2 = xr * c2r - xi * c2i;
      let i2 = xr * c2i + xi * c2r;
      xr = re[i + h3];
      xi = im[i + h3];
      let r3 = xr * c3r - xi * c3i;
      let i3 = xr * c3i + xi * c3r;
      let r0 = re[i];
      let i0 = im[i];
      let ar0 = r0 + r1;
      let ai0 = i0 + i1;
      let ar1 = r0 - r1;
      let ai1 = i0 - i1;
      let ar2 = r2 + r3;
      let ai2 = i2 + i3;
      let ar3 = r2 - r3;
      let ai3 = i2 - i3;
      re[i] = ar0 + ar2;
      im[i] = ai0 + ai2;
      re[i + h2] = ar0 - ar2;
      im[i + h2] = ai0 - ai2;
      re[i + h] = ar1 + ai3;
      im[i + h] = ai1 - ar3;
      re[i + h3] = ar1 - ai3;
      im[i + h3] = ai1 + ar3;
      // Second block, entries i + 4h + qh.
      xr = re[i + h5];
      xi = im[i + h5];
      r1 = xr * c1r - xi * c1i;
      i1 = xr * c1i + xi * c1r;
      xr = re[i + h6];
      xi = im[i + h6];
      r2 = xr * c2r - xi * c2i;
      i2 = xr * c2i + xi * c2r;
      xr = re[i + h7];
      xi = im[i + h7];
      r3 = xr * c3r - xi * c3i;
      i3 = xr * c3i + xi * c3r;
      r0 = re[i + h4];
      i0 = im[i + h4];
      ar0 = r0 + r1;
      ai0 = i0 + i1;
      ar1 = r0 - r1;
      ai1 = i0 - i1;
      ar2 = r2 + r3;
      ai2 = i2 + i3;
      ar3 = r2 - r3;
      ai3 = i2 - i3;
      re[i + h4] = ar0 + ar2;
      im[i + h4] = ai0 + ai2;
      re[i + h6] = ar0 - ar2;
      im[i + h6] = ai0 - ai2;
      re[i + h5] = ar1 + ai3;
      im[i + h5] = ai1 - ar3;
      re[i + h7] = ar1 - ai3;
      im[i + h7] = ai1 + ar3;
    }
  }
}

/**
 * {@link pass4} for h ≥ 4 with the butterflies of k and h − k done together from the twiddles of k:
 * W^{h−k} = −i·conj(W^k), W^{2(h−k)} = −conj(W^{2k}), W^{3(h−k)} = i·conj(W^{3k}) (W = e^{−2πi/(4h)}),
 * exact in the tables (unitRoot is exactly symmetric), so the products below, with the signs moved
 * onto exact negations, are bit-identical to the table's. Halves the twiddle loads without a second
 * block's streams (which thrash at these spans, see {@link PAIR_SPAN}): the mirrored butterfly runs
 * down from the block's middle, its 8 streams in other L1 sets than the ascending ones.
 */
function pass4Mirrored(re: Float64Array, im: Float64Array, o: number, len: number, h: number, t: Float64Array): void {
  const h2 = 2 * h;
  const h3 = 3 * h;
  const half = h >>> 1;
  for (let base = o, end = o + len; base < end; base += 4 * h) {
    butterfly4(re, im, base, h, t, 0);
    butterfly4(re, im, base + half, h, t, 6 * half);
    for (let k = 1, i = base + 1, j = base + h - 1; k < half; k++, i++, j--) {
      const tk = 6 * k;
      const c1 = t[tk];
      const s1 = t[tk + 1];
      const c2 = t[tk + 2];
      const s2 = t[tk + 3];
      const c3 = t[tk + 4];
      const s3 = t[tk + 5];
      // k: slots 1, 2, 3 times W^{2k} = (c2, s2), W^k = (c1, s1), W^{3k} = (c3, s3).
      let xr = re[i + h];
      let xi = im[i + h];
      let r1 = xr * c2 - xi * s2;
      let i1 = xr * s2 + xi * c2;
      xr = re[i + h2];
      xi = im[i + h2];
      let r2 = xr * c1 - xi * s1;
      let i2 = xr * s1 + xi * c1;
      xr = re[i + h3];
      xi = im[i + h3];
      let r3 = xr * c3 - xi * s3;
      let i3 = xr * s3 + xi * c3;
      let r0 = re[i];
      let i0 = im[i];
      let ar0 = r0 + r1;
      let ai0 = i0 + i1;
      let ar1 = r0 - r1;
      let ai1 = i0 - i1;
      let ar2 = r2 + r3;
      let ai2 = i2 + i3;
      let ar3 = r2 - r3;
      let ai3 = i2 - i3;
      re[i] = ar0 + ar2;
      im[i] = ai0 + ai2;
      re[i + h2] = ar0 - ar2;
      im[i + h2] = ai0 - ai2;
      re[i + h] = ar1 + ai3;
      im[i + h] = ai1 - ar3;
      re[i + h3] = ar1 - ai3;
      im[i + h3] = ai1 + ar3;
      // h − k: times W^{2(h−k)} = (−c2, s2), W^{h−k} = (−s1, −c1), W^{3(h−k)} = (s3, c3).
      xr = re[j + h];
      xi = im[j + h];
      r1 = -(xr * c2) - xi * s2;
      i1 = xr * s2 - xi * c2;
      xr = re[j + h2];
      xi = im[j + h2];
      r2 = xi * c1 - xr * s1;
      i2 = -(xr * c1) - xi * s1;
      xr = re[j + h3];
      xi = im[j + h3];
      r3 = xr * s3 - xi * c3;
      i3 = xr * c3 + xi * s3;
      r0 = re[j];
      i0 = im[j];
      ar0 = r0 + r1;
      ai0 = i0 + i1;
      ar1 = r0 - r1;
      ai1 = i0 - i1;
      ar2 = r2 + r3;
      ai2 = i2 + i3;
      ar3 = r2 - r3;
      ai3 = i2 - i3;
      re[j] = ar0 + ar2;
      im[j] = ai0 + ai2;
      re[j + h2] = ar0 - ar2;
      im[j + h2] = ai0 - ai2;
      re[j + h] = ar1 + ai3;
      im[j + h] = ai1 - ar3;
      re[j + h3] = ar1 - ai3;
      im[j + h3] = ai1 + ar3;
    }
  }
}

/** One radix-4 butterfly of {@link pass4} at entry i with the twiddles at t[tk, tk + 6). */
function butterfly4(re: Float64Array, im: Float64Array, i: number, h: number, t: Float64Array, tk: number): void {
  const h2 = 2 * h;
  const h3 = 3 * h;
  let xr = re[i + h];
  let xi = im[i + h];
  let cr = t[tk + 2];
  let ci = t[tk + 3];
  const r1 = xr * cr - xi * ci;
  const i1 = xr * ci + xi * cr;
  xr = re[i + h2];
  xi = im[i + h2];
  cr = t[tk];
  ci = t[tk + 1];
  const r2 = xr * cr - xi * ci;
  const i2 = xr * ci + xi * cr;
  xr = re[i + h3];
  xi = im[i + h3];
  cr = t[tk + 4];
  ci = t[tk + 5];
  const r3 = xr * cr - xi * ci;
  const i3 = xr * ci + xi * cr;
  const r0 = re[i];
  const i0 = im[i];
  const ar0 = r0 + r1;
  const ai0 = i0 + i1;
  const ar1 = r0 - r1;
  const ai1 = i0 - i1;
  const ar2 = r2 + r3;
  const ai2 = i2 + i3;
  const ar3 = r2 - r3;
  const ai3 = i2 - i3;
  re[i] = ar0 + ar2;
  im[i] = ai0 + ai2;
  re[i + h2] = ar0 - ar2;
  im[i + h2] = ai0 - ai2;
  re[i + h] = ar1 + ai3;
  im[i + h] = ai1 - ar3;
  re[i + h3] = ar1 - ai3;
  im[i + h3] = ai1 + ar3;
}

/** Radix-2 pass of span h with the twiddles of {@link radix2Twiddles}(h). */
export function pass2(re: Float64Array, im: Float64Array, o: number, len: number, h: number, t: Float64Array): void {
  for (let base = o, end = o + len; base < end; base += 2 * h) {
    for (let k = 0, i = base; k < h; k++, i++) {
      const cr = t[2 * k];
      const ci = t[2 * k + 1];
      const xr = re[i + h];
      const xi = im[i + h];
      const tr = xr * cr - xi * ci;
      const ti = xr * ci + xi * cr;
      const ar = re[i];
      const ai = im[i];
      re[i] = ar + tr;
      im[i] = ai + ti;
      re[i + h] = ar - tr;
      im[i + h] = ai - ti;
    }
  }
}
