import { fwhtKernel32 } from "./fwhtKernel32.js";
import { pass4, pass8 } from "./fwhtRowPasses32.js";
import { signedFirst4, signedFirst8, signedFirst8From, signedFirst16, signedFirst16From } from "./fwhtSignedPasses32.js";
import { invSqrt } from "./invSqrt.js";

/** log2 of the longest row transformed with the signs fused into its first pass: 2^12 float32 = 16 KiB, L1-resident. */
const LOG_ROW = 12;

/**
 * SCALES[m] = 2^{-m/2} as `invSqrt` rounds it, m ≤ {@link LOG_ROW}: a table lookup, because calling
 * `invSqrt` (a `**`) on every row measured 5 % slower at n = 1024 (2 rounds per vector).
 */
const SCALES = Float64Array.from({ length: LOG_ROW + 1 }, (_, m) => invSqrt(2 ** m));

/**
 * Unchecked: x[o, o + n) ← H D x[o, o + n), with D = diag(signs[0, n)) (entries ±1), H the orthonormal
 * FWHT and n = signs.length = 2^m ≥ 1. Bit-identical to flipping the signs and then running
 * `fwhtKernel32`: for n ≤ 2^12 the same passes as its row transform (radix 16 first when m ≡ 1 mod 3,
 * else radix 8; then radix 8; a final radix 4), the same double-precision butterflies in the same
 * order, the same float32 stores between passes and 1/√n folded into the first pass, with the signs
 * folded into that pass's loads (saving a read–modify–write sweep of the row). Longer rows are flipped,
 * then transformed by `fwhtKernel32`.
 */
export function fwhtSignedKernel32(x: Float32Array, o: number, signs: Float64Array): void {
  const n = signs.length;
  if (n === 1) {
    x[o] *= signs[0];
    return;
  }
  const m = 31 - Math.clz32(n);
  if (m > LOG_ROW) {
    for (let j = 0; j < n; j++) x[o + j] *= signs[j];
    fwhtKernel32(x, o, n);
    return;
  }
  const s = SCALES[m];
  if (m === 1) {
    const a = x[o] * signs[0];
    const b = x[o + 1] * signs[1];
    x[o] = (a + b) * s;
    x[o + 1] = (a - b) * s;
    return;
  }
  if (m === 2) {
    signedFirst4(x, o, signs, 0, s);
    return;
  }
  let h: number;
  if (m % 3 === 1) {
    signedFirst16(x, o, n, signs, 0, s);
    h = 16;
  } else {
    signedFirst8(x, o, n, signs, 0, s);
    h = 8;
  }
  for (; 8 * h <= n; h *= 8) pass8(x, o, n, h, 1);
  if (4 * h <= n) pass4(x, o, n, h, 1);
}

/**
 * Unchecked: dst[o, o + n) ← H D float32(r · src[so, so + n)), with D, H and n as in
 * {@link fwhtSignedKernel32}. Bit-identical to storing r · src into dst (float32 rounding) and then
 * calling {@link fwhtSignedKernel32}: rounding is sign-symmetric, so float32(r · src) · ±1 =
 * float32(±r · src), and for 8 ≤ n ≤ 2^12 the scaled copy is folded into the first pass's loads.
 * `src` and `dst` may be the same range; otherwise they must not overlap.
 */
export function fwhtSignedFromKernel32(
  src: Float32Array,
  so: number,
  r: number,
  signs: Float64Array,
  dst: Float32Array,
  o: number,
): void {
  const n = signs.length;
  const m = 31 - Math.clz32(n);
  if (m < 3 || m > LOG_ROW) {
    for (let j = 0; j < n; j++) dst[o + j] = src[so + j] * r;
    fwhtSignedKernel32(dst, o, signs);
    return;
  }
  const s = SCALES[m];
  let h: number;
  if (m % 3 === 1) {
    signedFirst16From(src, so, r, dst, o, n, signs, s);
    h = 16;
  } else {
    signedFirst8From(src, so, r, dst, o, n, signs, s);
    h = 8;
  }
  for (; 8 * h <= n; h *= 8) pass8(dst, o, n, h, 1);
  if (4 * h <= n) pass4(dst, o, n, h, 1);
}
