import { RandomStream } from "@qmckit/core";

/** Standard normal deviates by Box–Muller (test-side randomness, seeded). */
export function gaussians(seed: number, n: number): Float64Array {
  const rng = new RandomStream(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const u = 1 - rng.nextFloat64();
    const v = rng.nextFloat64();
    const r = Math.sqrt(-2 * Math.log(u));
    out[i] = r * Math.cos(2 * Math.PI * v);
    if (i + 1 < n) out[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  return out;
}

/** `count` uniformly random unit vectors of dimension d, float32, row-major. */
export function unitVectors(seed: number, count: number, d: number): Float32Array {
  const g = gaussians(seed, count * d);
  const out = new Float32Array(count * d);
  for (let i = 0; i < count; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += g[i * d + j] ** 2;
    const inv = 1 / Math.sqrt(s);
    for (let j = 0; j < d; j++) out[i * d + j] = g[i * d + j] * inv;
  }
  return out;
}

/** Mean over rows of ‖a_i − b_i‖² with its standard error. */
export function meanSquaredError(a: ArrayLike<number>, b: ArrayLike<number>, d: number): { mean: number; se: number } {
  const n = a.length / d;
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    let e = 0;
    for (let j = 0; j < d; j++) e += (a[i * d + j] - b[i * d + j]) ** 2;
    s += e;
    s2 += e * e;
  }
  const mean = s / n;
  return { mean, se: Math.sqrt(Math.max(0, s2 / n - mean * mean) / n) };
}

export function norm(x: ArrayLike<number>, offset = 0, d = x.length): number {
  let s = 0;
  for (let j = 0; j < d; j++) s += x[offset + j] ** 2;
  return Math.sqrt(s);
}
