import { RandomStream } from "@qmckit/core";

/** Test helpers: seeded inputs, naive O(n²) transforms, bit reversal, error norms, fixture parsing. */

/** Uniform values in [-1, 1) from a seeded stream. */
export function randomArray(n: number, seed: number): Float64Array {
  const rng = new RandomStream(seed);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = 2 * rng.nextFloat64() - 1;
  return x;
}

/** rev_m(i): i with its m low bits reversed. */
export function bitReverse(i: number, m: number): number {
  let r = 0;
  for (let b = 0; b < m; b++) r |= ((i >>> b) & 1) << (m - 1 - b);
  return r;
}

/** x permuted so that out[i] = x[rev(i)]. */
export function permuteBitReversed(x: Float64Array): Float64Array {
  const m = Math.log2(x.length);
  return x.map((_, i) => x[bitReverse(i, m)]);
}

/**
 * Naive DFT y_k = scale · Σ_j x_j e^{sign·2πi jk/n}, with the angle reduced exactly as (jk mod n)
 * so that the reference itself is accurate to a few ulps.
 */
export function naiveDft(re: Float64Array, im: Float64Array, sign: 1 | -1, scale = 1): { re: Float64Array; im: Float64Array } {
  const n = re.length;
  const yr = new Float64Array(n);
  const yi = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let sr = 0;
    let si = 0;
    for (let j = 0; j < n; j++) {
      const t = (sign * 2 * Math.PI * ((j * k) % n)) / n;
      const c = Math.cos(t);
      const s = Math.sin(t);
      sr += re[j] * c - im[j] * s;
      si += re[j] * s + im[j] * c;
    }
    yr[k] = scale * sr;
    yi[k] = scale * si;
  }
  return { re: yr, im: yi };
}

/** The dense Sylvester–Hadamard product n^{-1/2} H_n x, H_n[k][i] = (−1)^{popcount(i & k)}. */
export function denseHadamard(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const y = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += popcount(i & k) % 2 === 0 ? x[i] : -x[i];
    y[k] = s / Math.sqrt(n);
  }
  return y;
}

function popcount(v: number): number {
  let c = 0;
  for (; v; v &= v - 1) c++;
  return c;
}

/** max_i |a_i − b_i|. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length mismatch ${a.length} vs ${b.length}`);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** ‖x‖₂² (of re and im together when both are given). */
export function sumSquares(re: ArrayLike<number>, im?: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < re.length; i++) s += re[i] * re[i] + (im ? im[i] * im[i] : 0);
  return s;
}

/** Powers of two 1, 2, 4, …, max. */
export function powersOfTwo(max: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= max; n *= 2) out.push(n);
  return out;
}

/** Parses Python complex reprs such as "(0.85-0.35j)", "-0j", "(1-0j)", "(6.1e-17-1j)". */
export function parseComplex(s: string): [number, number] {
  const t = s.replace(/[()]/g, "");
  const num = "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?";
  const both = new RegExp(`^(${num})([+-](?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?)j$`).exec(t);
  if (both) return [Number(both[1]), Number(both[2])];
  const imOnly = new RegExp(`^(${num})j$`).exec(t);
  if (imOnly) return [0, Number(imOnly[1])];
  throw new Error(`cannot parse complex ${s}`);
}

/** Splits a list of Python complex reprs into re and im arrays. */
export function parseComplexArray(list: string[]): { re: Float64Array; im: Float64Array } {
  const re = new Float64Array(list.length);
  const im = new Float64Array(list.length);
  list.forEach((s, i) => {
    [re[i], im[i]] = parseComplex(s);
  });
  return { re, im };
}
