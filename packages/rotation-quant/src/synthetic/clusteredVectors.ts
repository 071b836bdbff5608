import { drawSeed, RandomStream, validateInteger, validateOptions, validateSeed } from "@qmckit/core";

/** Options of {@link clusteredVectors}. */
export interface ClusteredVectorsOptions {
  /** Number of vectors, an integer in [0, 2^24]. */
  count: number;
  /** Dimension, an integer in [2, 2^16]. */
  dimension: number;
  /** Seed; drawn with `drawSeed()` when omitted (the mixture and the samples both derive from it). */
  seed?: number;
  /** Number of clusters, default 50. */
  clusters?: number;
  /** Directions of each cluster's anisotropic (power-law) spread, default 16. */
  rank?: number;
}

/**
 * A seeded synthetic stand-in for embedding vectors: an anisotropic Gaussian mixture around a common
 * mean, for recall tests and demos (no embedding data set ships on npm; see the reference notes §9 G4).
 *
 * @param options - `count`, `dimension`, `seed`, `clusters` (default 50), `rank` (default 16).
 * @returns `count × dimension` float32 values, row-major.
 * @throws TypeError / RangeError naming a bad option.
 *
 * @remarks
 * From `new RandomStream(seed)` (child streams 0 for the mixture and 1 for the samples; standard normals by
 * Box–Muller over `nextFloat64`): a common mean μ with ‖μ‖ = 0.9, cluster centres μ + N(0, 1.21/d · I),
 * and per cluster `rank` random unit directions a_r with a power-law spectrum λ_r = 0.02 (r + 1)^−1.
 * Each vector picks a cluster uniformly (`nextBelow`) and is centre + N(0, 0.5/d · I) + Σ_r √λ_r g_r a_r.
 * At d = 384 the mean pairwise cosine is about 0.33, as in the synthetic set of the reference notes
 * (§4.1), and the neighbourhoods are as crowded: plain TurboQuant_mse reaches recall@10 ≈ 0.47 / 0.55 /
 * 0.65 / 0.79 at 1..4 bits on 10,000 vectors (the notes' 20,000-vector set: 0.39 / 0.41 / 0.55 / 0.73).
 * Uses `Math.log`/`Math.cos`, so values can differ in the last bit between engines.
 *
 * @example
 * ```ts
 * const data = clusteredVectors({ count: 10000, dimension: 384, seed: 1 });
 * ```
 */
export function clusteredVectors(options: ClusteredVectorsOptions): Float32Array {
  const o = validateOptions("options", options, ["count", "dimension", "seed", "clusters", "rank"]);
  const count = validateInteger("count", o.count, 0, 2 ** 24);
  const d = validateInteger("dimension", o.dimension, 2, 2 ** 16);
  const seed = o.seed === undefined ? drawSeed() : validateSeed(o.seed);
  const clusters = o.clusters === undefined ? 50 : validateInteger("clusters", o.clusters, 1, 4096);
  const rank = o.rank === undefined ? 16 : validateInteger("rank", o.rank, 0, d);
  const [structure, samples] = new RandomStream(seed).spawn(2);
  const normal = gaussianSource(structure);
  const mean = new Float64Array(d);
  let mm = 0;
  for (let j = 0; j < d; j++) {
    mean[j] = normal();
    mm += mean[j] * mean[j];
  }
  for (let j = 0; j < d; j++) mean[j] *= 0.9 / Math.sqrt(mm);
  const centres = new Float64Array(clusters * d);
  const directions = new Float64Array(clusters * rank * d);
  for (let c = 0; c < clusters; c++) {
    for (let j = 0; j < d; j++) centres[c * d + j] = mean[j] + (1.1 * normal()) / Math.sqrt(d);
    for (let r = 0; r < rank; r++) {
      const o2 = (c * rank + r) * d;
      let nn = 0;
      for (let j = 0; j < d; j++) {
        directions[o2 + j] = normal();
        nn += directions[o2 + j] ** 2;
      }
      const s = Math.sqrt(0.02 / (r + 1) / nn);
      for (let j = 0; j < d; j++) directions[o2 + j] *= s;
    }
  }
  const draw = gaussianSource(samples);
  const out = new Float32Array(count * d);
  const row = new Float64Array(d);
  const noise = Math.sqrt(0.5 / d);
  for (let i = 0; i < count; i++) {
    const c = samples.nextBelow(clusters);
    for (let j = 0; j < d; j++) row[j] = centres[c * d + j] + noise * draw();
    for (let r = 0; r < rank; r++) {
      const g = draw();
      const o2 = (c * rank + r) * d;
      for (let j = 0; j < d; j++) row[j] += g * directions[o2 + j];
    }
    for (let j = 0; j < d; j++) out[i * d + j] = row[j];
  }
  return out;
}

/** Standard normal deviates by the Box–Muller transform, both outputs used. */
function gaussianSource(stream: RandomStream): () => number {
  let spare = Number.NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = Number.NaN;
      return s;
    }
    const u = 1 - stream.nextFloat64(); // (0, 1]
    const v = stream.nextFloat64();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}
