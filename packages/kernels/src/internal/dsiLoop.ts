import { FACTORS, type Mode, VALUE } from "./siLoop.js";

/** Per-coordinate kinds of {@link dsiLoop}: closed forms 1…4, combined, adaptive. */
export const KIND_COMBINED = 5;
export const KIND_ADAPTIVE = 6;

const TWO_M32 = 2 ** -32;
const TWO_M64 = 2 ** -64;
/** 2^{−β}, β = 0…64. */
const POW2 = Float64Array.from({ length: 65 }, (_, b) => 2 ** -b);
/** K̃_p(0): 1, 3/2, 25/18, 407/294. */
export const DSI_AT_ZERO = [0, 1, 3 / 2, 25 / 18, 407 / 294];
/** BYTE8[b] = Σ_{i=0}^{7} bit_{7−i}(b)·8^{−i}: the α = 4 Walsh sum of one byte of digits. */
const BYTE8 = Float64Array.from({ length: 256 }, (_, b) => {
  let s = 0;
  for (let i = 0; i < 8; i++) if ((b >>> (7 - i)) & 1) s += 8 ** -i;
  return s;
});

/**
 * Σ_{a≥0} (−1)^{x_a} 8^{−a} over the binary digits x_0 x_1 … of x (x_0 the first after the point),
 * = 8/7 − 2 Σ_{x_a = 1} 8^{−a}; digits beyond the 32nd change it by < 2^{−92}, below double precision.
 * QMCPy stops at 2^{−3a} < 10^{−8} (a ≤ 8), which is up to ≈1e-9 off.
 */
function walshSum4(h: number): number {
  const s = BYTE8[h >>> 24] + BYTE8[(h >>> 16) & 255] * 2 ** -24 + BYTE8[(h >>> 8) & 255] * 2 ** -48 + BYTE8[h & 255] * 2 ** -72;
  return 8 / 7 - 2 * s;
}

/** K̃_p(x) for x ≠ 0 with β = −⌊log2 x⌋ (closed forms of the Walsh series; see the README). */
function closedForm(p: number, b: number, x: number, h: number): number {
  const t1 = POW2[b];
  switch (p) {
    case 1:
      return 1 - 3 * t1;
    case 2:
      return -b * x + 2.5 * (1 - t1) - 1;
    case 3:
      return b * x * x - 5 * (1 - t1) * x + (43 / 18) * (1 - t1 * t1) - 1;
    default: {
      const t2 = t1 * t1;
      return (
        ((-2 / 3) * b * x + 5 * (1 - t1)) * x * x -
        (43 / 9) * (1 - t2) * x +
        (701 / 294) * (1 - t2 * t1) +
        b * (walshSum4(h) / 48 - 1 / 42) -
        1
      );
    }
  }
}

/**
 * The digitally-shift-invariant kernel loop: per pair of rows the XOR δ = x ⊕ z of the 64-bit words
 * (hi, lo), then per coordinate K̃_j(δ) by its kind (`kinds[j]`: 1…4 closed form, combined with
 * `comb[j·4 + p − 1]`, adaptive with ν_j = `nu[j]` and table `adapt[j·65 + β]` = 2^{α_j(1−β)}), and
 * M ← M + γ_j K̃_j (1 + M) as in the shift-invariant loop.
 */
export function dsiLoop(
  kinds: Int32Array,
  comb: Float64Array,
  nu: Float64Array,
  adapt: Float64Array,
  weights: Float64Array,
  scale: number,
  d: number,
  XH: Uint32Array,
  XL: Uint32Array,
  xOff: number,
  xStep: number,
  ZH: Uint32Array,
  ZL: Uint32Array,
  zOff: number,
  zStep: number,
  count: number,
  out: Float64Array,
  outOff: number,
  mode: Mode,
): void {
  if (mode === FACTORS) {
    for (let i = 0; i < count; i++) {
      const xo = xOff + i * xStep;
      const zo = zOff + i * zStep;
      for (let j = 0; j < d; j++) {
        out[outOff + i * d + j] = factor(
          kinds[j],
          j,
          (XH[xo + j] ^ ZH[zo + j]) >>> 0,
          (XL[xo + j] ^ ZL[zo + j]) >>> 0,
          comb,
          nu,
          adapt,
        );
      }
    }
    return;
  }
  const mult = scale;
  const add = mode === VALUE ? scale : scale - 1;
  let allTwo = true;
  for (let j = 0; j < d; j++) if (kinds[j] !== 2) allTwo = false;
  if (allTwo) {
    // Hot path (α = 2 everywhere): K̃_2 = −βx + (5/2)(1 − 2^{−β}) − 1, 3/2 at 0, inlined; even and odd
    // coordinates in two products minus one joined at the end (M = Ma + Mb + Ma·Mb).
    for (let i = 0; i < count; i++) {
      const xo = xOff + i * xStep;
      const zo = zOff + i * zStep;
      let Ma = 0;
      let Mb = 0;
      for (let j = 0; j < d; j++) {
        const h = (XH[xo + j] ^ ZH[zo + j]) >>> 0;
        let v: number;
        if (h !== 0) {
          const b = Math.clz32(h) + 1;
          v = -b * (h * TWO_M32 + ((XL[xo + j] ^ ZL[zo + j]) >>> 0) * TWO_M64) + 1.5 - 2.5 * POW2[b];
        } else v = factor(2, j, 0, (XL[xo + j] ^ ZL[zo + j]) >>> 0, comb, nu, adapt);
        const t = weights[j] * v;
        if ((j & 1) === 0) Ma += t * (1 + Ma);
        else Mb += t * (1 + Mb);
      }
      out[outOff + i] = mult * (Ma + Mb + Ma * Mb) + add;
    }
    return;
  }
  for (let i = 0; i < count; i++) {
    const xo = xOff + i * xStep;
    const zo = zOff + i * zStep;
    let M = 0;
    for (let j = 0; j < d; j++) {
      const t =
        weights[j] * factor(kinds[j], j, (XH[xo + j] ^ ZH[zo + j]) >>> 0, (XL[xo + j] ^ ZL[zo + j]) >>> 0, comb, nu, adapt);
      M += t * (1 + M);
    }
    out[outOff + i] = mult * M + add;
  }
}

/** K̃_j(δ) for the XOR δ = (h, l) of coordinate j, by the coordinate's kind. */
function factor(
  kind: number,
  j: number,
  h: number,
  l: number,
  comb: Float64Array,
  nu: Float64Array,
  adapt: Float64Array,
): number {
  if (h === 0 && l === 0) {
    if (kind <= 4) return DSI_AT_ZERO[kind];
    if (kind === KIND_ADAPTIVE) return nu[j];
    let v = 0;
    for (let p = 1; p <= 4; p++) v += comb[j * 4 + p - 1] * DSI_AT_ZERO[p];
    return v;
  }
  const b = h !== 0 ? Math.clz32(h) + 1 : 33 + Math.clz32(l);
  const x = h * TWO_M32 + l * TWO_M64;
  if (kind <= 4) return closedForm(kind, b, x, h);
  if (kind === KIND_ADAPTIVE) return nu[j] - (nu[j] + 1) * adapt[j * 65 + b];
  let v = 0;
  for (let p = 1; p <= 4; p++) {
    const a = comb[j * 4 + p - 1];
    if (a !== 0) v += a * closedForm(p, b, x, h);
  }
  return v;
}
