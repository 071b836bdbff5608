/**
 * First passes of the signed float32 Walsh–Hadamard row kernel (fwhtSignedKernel32.ts): the radix-4, 8
 * and 16 butterflies of fwhtRowPasses32.ts with the ±1 signs sg[so + j] (and, in the `From` forms, the
 * float32 copy of r · src) folded into the loads, times s. Multiplying by ±1 is exact and float32
 * rounding is sign-symmetric, so each equals flipping (copying) first and running the plain pass.
 */

/** {@link signedFirst16} reading x = float32(src · r) from a float32 source row instead of the row itself. */
export function signedFirst16From(
  src: Float32Array,
  so: number,
  r: number,
  x: Float32Array,
  o: number,
  len: number,
  sg: Float64Array,
  s: number,
): void {
  for (let i = o, q = so, k = 0, end = o + len; i < end; i += 16, q += 16, k += 16) {
    const x0 = Math.fround(src[q] * r) * sg[k];
    const x1 = Math.fround(src[q + 1] * r) * sg[k + 1];
    const x2 = Math.fround(src[q + 2] * r) * sg[k + 2];
    const x3 = Math.fround(src[q + 3] * r) * sg[k + 3];
    const x4 = Math.fround(src[q + 4] * r) * sg[k + 4];
    const x5 = Math.fround(src[q + 5] * r) * sg[k + 5];
    const x6 = Math.fround(src[q + 6] * r) * sg[k + 6];
    const x7 = Math.fround(src[q + 7] * r) * sg[k + 7];
    const x8 = Math.fround(src[q + 8] * r) * sg[k + 8];
    const x9 = Math.fround(src[q + 9] * r) * sg[k + 9];
    const x10 = Math.fround(src[q + 10] * r) * sg[k + 10];
    const x11 = Math.fround(src[q + 11] * r) * sg[k + 11];
    const x12 = Math.fround(src[q + 12] * r) * sg[k + 12];
    const x13 = Math.fround(src[q + 13] * r) * sg[k + 13];
    const x14 = Math.fround(src[q + 14] * r) * sg[k + 14];
    const x15 = Math.fround(src[q + 15] * r) * sg[k + 15];
    const a0 = x0 + x1;
    const a1 = x0 - x1;
    const a2 = x2 + x3;
    const a3 = x2 - x3;
    const a4 = x4 + x5;
    const a5 = x4 - x5;
    const a6 = x6 + x7;
    const a7 = x6 - x7;
    const a8 = x8 + x9;
    const a9 = x8 - x9;
    const a10 = x10 + x11;
    const a11 = x10 - x11;
    const a12 = x12 + x13;
    const a13 = x12 - x13;
    const a14 = x14 + x15;
    const a15 = x14 - x15;
    const b0 = a0 + a2;
    const b1 = a1 + a3;
    const b2 = a0 - a2;
    const b3 = a1 - a3;
    const b4 = a4 + a6;
    const b5 = a5 + a7;
    const b6 = a4 - a6;
    const b7 = a5 - a7;
    const b8 = a8 + a10;
    const b9 = a9 + a11;
    const b10 = a8 - a10;
    const b11 = a9 - a11;
    const b12 = a12 + a14;
    const b13 = a13 + a15;
    const b14 = a12 - a14;
    const b15 = a13 - a15;
    const c0 = b0 + b4;
    const c1 = b1 + b5;
    const c2 = b2 + b6;
    const c3 = b3 + b7;
    const c4 = b0 - b4;
    const c5 = b1 - b5;
    const c6 = b2 - b6;
    const c7 = b3 - b7;
    const c8 = b8 + b12;
    const c9 = b9 + b13;
    const c10 = b10 + b14;
    const c11 = b11 + b15;
    const c12 = b8 - b12;
    const c13 = b9 - b13;
    const c14 = b10 - b14;
    const c15 = b11 - b15;
    x[i] = (c0 + c8) * s;
    x[i + 1] = (c1 + c9) * s;
    x[i + 2] = (c2 + c10) * s;
    x[i + 3] = (c3 + c11) * s;
    x[i + 4] = (c4 + c12) * s;
    x[i + 5] = (c5 + c13) * s;
    x[i + 6] = (c6 + c14) * s;
    x[i + 7] = (c7 + c15) * s;
    x[i + 8] = (c0 - c8) * s;
    x[i + 9] = (c1 - c9) * s;
    x[i + 10] = (c2 - c10) * s;
    x[i + 11] = (c3 - c11) * s;
    x[i + 12] = (c4 - c12) * s;
    x[i + 13] = (c5 - c13) * s;
    x[i + 14] = (c6 - c14) * s;
    x[i + 15] = (c7 - c15) * s;
  }
}

/** {@link signedFirst8} reading x = float32(src · r) from a float32 source row instead of the row itself. */
export function signedFirst8From(
  src: Float32Array,
  so: number,
  r: number,
  x: Float32Array,
  o: number,
  len: number,
  sg: Float64Array,
  s: number,
): void {
  for (let i = o, q = so, k = 0, end = o + len; i < end; i += 8, q += 8, k += 8) {
    const x0 = Math.fround(src[q] * r) * sg[k];
    const x1 = Math.fround(src[q + 1] * r) * sg[k + 1];
    const x2 = Math.fround(src[q + 2] * r) * sg[k + 2];
    const x3 = Math.fround(src[q + 3] * r) * sg[k + 3];
    const x4 = Math.fround(src[q + 4] * r) * sg[k + 4];
    const x5 = Math.fround(src[q + 5] * r) * sg[k + 5];
    const x6 = Math.fround(src[q + 6] * r) * sg[k + 6];
    const x7 = Math.fround(src[q + 7] * r) * sg[k + 7];
    const a0 = x0 + x1;
    const a1 = x0 - x1;
    const a2 = x2 + x3;
    const a3 = x2 - x3;
    const a4 = x4 + x5;
    const a5 = x4 - x5;
    const a6 = x6 + x7;
    const a7 = x6 - x7;
    const b0 = a0 + a2;
    const b1 = a1 + a3;
    const b2 = a0 - a2;
    const b3 = a1 - a3;
    const b4 = a4 + a6;
    const b5 = a5 + a7;
    const b6 = a4 - a6;
    const b7 = a5 - a7;
    x[i] = (b0 + b4) * s;
    x[i + 1] = (b1 + b5) * s;
    x[i + 2] = (b2 + b6) * s;
    x[i + 3] = (b3 + b7) * s;
    x[i + 4] = (b0 - b4) * s;
    x[i + 5] = (b1 - b5) * s;
    x[i + 6] = (b2 - b6) * s;
    x[i + 7] = (b3 - b7) * s;
  }
}

/** Radix-4 pass (two stages) on the 4-entry row at o, signs folded into the loads, times s. */
export function signedFirst4(x: Float32Array, o: number, sg: Float64Array, so: number, s: number): void {
  const a = x[o] * sg[so];
  const b = x[o + 1] * sg[so + 1];
  const c = x[o + 2] * sg[so + 2];
  const d = x[o + 3] * sg[so + 3];
  const p = a + b;
  const q = a - b;
  const u = c + d;
  const v = c - d;
  x[o] = (p + u) * s;
  x[o + 1] = (q + v) * s;
  x[o + 2] = (p - u) * s;
  x[o + 3] = (q - v) * s;
}

/** Radix-8 pass, span 1, on consecutive 8-entry groups, signs folded into the loads, times s. */
export function signedFirst8(x: Float32Array, o: number, len: number, sg: Float64Array, so: number, s: number): void {
  for (let i = o, k = so, end = o + len; i < end; i += 8, k += 8) {
    const a0 = x[i] * sg[k] + x[i + 1] * sg[k + 1];
    const a1 = x[i] * sg[k] - x[i + 1] * sg[k + 1];
    const a2 = x[i + 2] * sg[k + 2] + x[i + 3] * sg[k + 3];
    const a3 = x[i + 2] * sg[k + 2] - x[i + 3] * sg[k + 3];
    const a4 = x[i + 4] * sg[k + 4] + x[i + 5] * sg[k + 5];
    const a5 = x[i + 4] * sg[k + 4] - x[i + 5] * sg[k + 5];
    const a6 = x[i + 6] * sg[k + 6] + x[i + 7] * sg[k + 7];
    const a7 = x[i + 6] * sg[k + 6] - x[i + 7] * sg[k + 7];
    const b0 = a0 + a2;
    const b1 = a1 + a3;
    const b2 = a0 - a2;
    const b3 = a1 - a3;
    const b4 = a4 + a6;
    const b5 = a5 + a7;
    const b6 = a4 - a6;
    const b7 = a5 - a7;
    x[i] = (b0 + b4) * s;
    x[i + 1] = (b1 + b5) * s;
    x[i + 2] = (b2 + b6) * s;
    x[i + 3] = (b3 + b7) * s;
    x[i + 4] = (b0 - b4) * s;
    x[i + 5] = (b1 - b5) * s;
    x[i + 6] = (b2 - b6) * s;
    x[i + 7] = (b3 - b7) * s;
  }
}

/** Radix-16 pass (four stages) on consecutive 16-entry groups, signs folded into the loads, times s. */
export function signedFirst16(x: Float32Array, o: number, len: number, sg: Float64Array, so: number, s: number): void {
  for (let i = o, k = so, end = o + len; i < end; i += 16, k += 16) {
    const x0 = x[i] * sg[k];
    const x1 = x[i + 1] * sg[k + 1];
    const x2 = x[i + 2] * sg[k + 2];
    const x3 = x[i + 3] * sg[k + 3];
    const x4 = x[i + 4] * sg[k + 4];
    const x5 = x[i + 5] * sg[k + 5];
    const x6 = x[i + 6] * sg[k + 6];
    const x7 = x[i + 7] * sg[k + 7];
    const x8 = x[i + 8] * sg[k + 8];
    const x9 = x[i + 9] * sg[k + 9];
    const x10 = x[i + 10] * sg[k + 10];
    const x11 = x[i + 11] * sg[k + 11];
    const x12 = x[i + 12] * sg[k + 12];
    const x13 = x[i + 13] * sg[k + 13];
    const x14 = x[i + 14] * sg[k + 14];
    const x15 = x[i + 15] * sg[k + 15];
    const a0 = x0 + x1;
    const a1 = x0 - x1;
    const a2 = x2 + x3;
    const a3 = x2 - x3;
    const a4 = x4 + x5;
    const a5 = x4 - x5;
    const a6 = x6 + x7;
    const a7 = x6 - x7;
    const a8 = x8 + x9;
    const a9 = x8 - x9;
    const a10 = x10 + x11;
    const a11 = x10 - x11;
    const a12 = x12 + x13;
    const a13 = x12 - x13;
    const a14 = x14 + x15;
    const a15 = x14 - x15;
    const b0 = a0 + a2;
    const b1 = a1 + a3;
    const b2 = a0 - a2;
    const b3 = a1 - a3;
    const b4 = a4 + a6;
    const b5 = a5 + a7;
    const b6 = a4 - a6;
    const b7 = a5 - a7;
    const b8 = a8 + a10;
    const b9 = a9 + a11;
    const b10 = a8 - a10;
    const b11 = a9 - a11;
    const b12 = a12 + a14;
    const b13 = a13 + a15;
    const b14 = a12 - a14;
    const b15 = a13 - a15;
    const c0 = b0 + b4;
    const c1 = b1 + b5;
    const c2 = b2 + b6;
    const c3 = b3 + b7;
    const c4 = b0 - b4;
    const c5 = b1 - b5;
    const c6 = b2 - b6;
    const c7 = b3 - b7;
    const c8 = b8 + b12;
    const c9 = b9 + b13;
    const c10 = b10 + b14;
    const c11 = b11 + b15;
    const c12 = b8 - b12;
    const c13 = b9 - b13;
    const c14 = b10 - b14;
    const c15 = b11 - b15;
    x[i] = (c0 + c8) * s;
    x[i + 1] = (c1 + c9) * s;
    x[i + 2] = (c2 + c10) * s;
    x[i + 3] = (c3 + c11) * s;
    x[i + 4] = (c4 + c12) * s;
    x[i + 5] = (c5 + c13) * s;
    x[i + 6] = (c6 + c14) * s;
    x[i + 7] = (c7 + c15) * s;
    x[i + 8] = (c0 - c8) * s;
    x[i + 9] = (c1 - c9) * s;
    x[i + 10] = (c2 - c10) * s;
    x[i + 11] = (c3 - c11) * s;
    x[i + 12] = (c4 - c12) * s;
    x[i + 13] = (c5 - c13) * s;
    x[i + 14] = (c6 - c14) * s;
    x[i + 15] = (c7 - c15) * s;
  }
}
