// GENERATED from fwhtRowPasses64.ts by scripts/generateFwhtKernel32.ts: edit that file, then rerun.
/**
 * Row passes of the float32 Walsh–Hadamard kernel (fwhtKernel32.ts): butterflies of radix 2, 4, 8
 * and 16 over contiguous entries, times a scale s (the 1/√n is folded into the first pass).
 */

/** Radix-16 pass (four stages) on consecutive 16-entry groups of x[o, o + len), times s. */
export function first16(x: Float32Array, o: number, len: number, s: number): void {
  for (let i = o, end = o + len; i < end; i += 16) {
    const a0 = x[i] + x[i + 1];
    const a1 = x[i] - x[i + 1];
    const a2 = x[i + 2] + x[i + 3];
    const a3 = x[i + 2] - x[i + 3];
    const a4 = x[i + 4] + x[i + 5];
    const a5 = x[i + 4] - x[i + 5];
    const a6 = x[i + 6] + x[i + 7];
    const a7 = x[i + 6] - x[i + 7];
    const a8 = x[i + 8] + x[i + 9];
    const a9 = x[i + 8] - x[i + 9];
    const a10 = x[i + 10] + x[i + 11];
    const a11 = x[i + 10] - x[i + 11];
    const a12 = x[i + 12] + x[i + 13];
    const a13 = x[i + 12] - x[i + 13];
    const a14 = x[i + 14] + x[i + 15];
    const a15 = x[i + 14] - x[i + 15];
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

/** Radix-2 pass, span h, over x[o, o + len), times s. */
export function pass2(x: Float32Array, o: number, len: number, h: number, s: number): void {
  for (let base = o, end = o + len; base < end; base += 2 * h) {
    for (let i = base, stop = base + h; i < stop; i++) {
      const a = x[i];
      const b = x[i + h];
      x[i] = (a + b) * s;
      x[i + h] = (a - b) * s;
    }
  }
}

/** Radix-4 pass (two stages), span h, over x[o, o + len), times s. */
export function pass4(x: Float32Array, o: number, len: number, h: number, s: number): void {
  const h2 = 2 * h;
  const h3 = 3 * h;
  for (let base = o, end = o + len; base < end; base += 4 * h) {
    for (let i = base, stop = base + h; i < stop; i++) {
      const a = x[i];
      const b = x[i + h];
      const c = x[i + h2];
      const d = x[i + h3];
      const p = a + b;
      const q = a - b;
      const u = c + d;
      const v = c - d;
      x[i] = (p + u) * s;
      x[i + h] = (q + v) * s;
      x[i + h2] = (p - u) * s;
      x[i + h3] = (q - v) * s;
    }
  }
}

/** Radix-8 pass (three stages), span h, over x[o, o + len), times s. */
export function pass8(x: Float32Array, o: number, len: number, h: number, s: number): void {
  const h2 = 2 * h;
  const h3 = 3 * h;
  const h4 = 4 * h;
  const h5 = 5 * h;
  const h6 = 6 * h;
  const h7 = 7 * h;
  for (let base = o, end = o + len; base < end; base += 8 * h) {
    for (let i = base, stop = base + h; i < stop; i++) {
      const x0 = x[i];
      const x1 = x[i + h];
      const x2 = x[i + h2];
      const x3 = x[i + h3];
      const x4 = x[i + h4];
      const x5 = x[i + h5];
      const x6 = x[i + h6];
      const x7 = x[i + h7];
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
      x[i + h] = (b1 + b5) * s;
      x[i + h2] = (b2 + b6) * s;
      x[i + h3] = (b3 + b7) * s;
      x[i + h4] = (b0 - b4) * s;
      x[i + h5] = (b1 - b5) * s;
      x[i + h6] = (b2 - b6) * s;
      x[i + h7] = (b3 - b7) * s;
    }
  }
}
