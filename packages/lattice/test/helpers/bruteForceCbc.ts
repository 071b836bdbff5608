/**
 * A deliberately naive O(d·n²) component-by-component search, written from the definition of the
 * worst-case error and the textbook CBC update only (no reordering, no FFT), to check the fast `cbc`:
 *
 * e_m²(z) = −1 + (1/N) Σ_{k<N} Σ_u γ_u Π_{j∈u} ω({k z_j/N}), N = 2^m (or n), with γ_u = Γ_{|u|} Π γ_j,
 * so adding a component z with weight γ gives e²(z) = e²_prev + (γ/N) Σ_k q(k) ω({k z/N}) with
 * q = Σ_{ℓ≥1} Γ_ℓ p_{ℓ−1}, p_ℓ(k) = Σ_{|u|=ℓ} Π_{j∈u} γ_j ω({k z_j/N}) (product weights: q = Π(1 + γ_j ω)).
 * Ties (within 1e−12 of the rounding scale of the candidate-dependent part) go to the smallest z,
 * the rule `cbc` documents.
 */

/** ω_α(x) from the Bernoulli polynomials in their textbook monomial form. */
export function omega(x: number, alpha: number): number {
  if (alpha === 1) return 2 * Math.PI ** 2 * (x * x - x + 1 / 6);
  if (alpha === 2) return -((2 * Math.PI) ** 4 / 24) * (x ** 4 - 2 * x ** 3 + x * x - 1 / 30);
  return ((2 * Math.PI) ** 6 / 720) * (x ** 6 - 3 * x ** 5 + 2.5 * x ** 4 - 0.5 * x * x + 1 / 42);
}

export interface BruteForceOptions {
  dimension: number;
  n: number;
  gamma: number[];
  /** Γ_1 … Γ_d, or undefined for product weights. */
  orderGamma?: number[];
  alpha: number;
  /** Extensible: levels 2^mMin … n (n = 2^M). */
  mMin?: number;
  /** Skip components already chosen. */
  distinct?: boolean;
  /** Extension of a sequence: component j only among the z ≡ ±lowBits.z[j] (mod 2^lowBits.m). */
  lowBits?: { z: number[]; m: number };
}

export function bruteForceCbc(o: BruteForceOptions): { z: number[]; errors: number[][]; scales: number[][] } {
  const { dimension, n, gamma, orderGamma, alpha } = o;
  const M = Math.round(Math.log2(n));
  const levelSizes = o.mMin === undefined ? [n] : Array.from({ length: M - o.mMin + 1 }, (_, i) => 2 ** (o.mMin! + i));
  const powerOfTwo = (n & (n - 1)) === 0;
  const candidates: number[] = [];
  for (let z = 1; z <= Math.max(1, Math.floor(n / 2)); z++) if (!powerOfTwo || z % 2 === 1) candidates.push(z);
  const G = orderGamma === undefined ? null : [1, ...orderGamma];
  // p[level][ℓ][k]: Σ_{|u|=ℓ, u ⊆ chosen} Π γ_j ω_j(k); ℓ = 0 is 1.
  const p = levelSizes.map((N) => [new Float64Array(N).fill(1)]);
  const z: number[] = [];
  const errors: number[][] = [];
  const allScales: number[][] = [];

  /**
   * A = (1/N) Σ_k (|E(k)| + γ ω(0) |q(k)|): e² cancels down from terms of this size, so the errors
   * themselves are compared to a few ulps of A.
   */
  const roundingScale = (level: number, N: number, g: number): number => {
    const pl = p[level];
    let total = 0;
    for (let k = 0; k < N; k++) {
      let E = 0;
      let q = 0;
      if (G === null) {
        E = pl[0][k] - 1;
        q = pl[0][k];
      } else {
        for (let l = 1; l <= pl.length; l++) {
          E += G[l] * (pl[l]?.[k] ?? 0);
          q += G[l] * pl[l - 1][k];
        }
      }
      total += Math.abs(E) + g * omega(0, alpha) * Math.abs(q);
    }
    return total / N;
  };

  /** e² of the chosen components so far, at a level: (1/N) Σ_k E(k). */
  const currentSquaredError = (level: number, N: number): number => {
    const pl = p[level];
    let total = 0;
    for (let k = 0; k < N; k++) {
      if (G === null) total += pl[0][k] - 1;
      else for (let l = 1; l < pl.length; l++) total += G[l] * pl[l][k];
    }
    return total / N;
  };

  /** q(k) = Σ_{ℓ≥1} Γ_ℓ p_{ℓ−1}(k) (= Π(1 + γω) for product weights). */
  const operand = (level: number, k: number): number => {
    const pl = p[level];
    if (G === null) return pl[0][k];
    let q = 0;
    for (let l = 1; l <= pl.length; l++) q += G[l] * pl[l - 1][k];
    return q;
  };

  /**
   * The textbook CBC update: e²(z) = e²_prev + (γ/N) Σ_k q(k) ω({k z/N}), the sum taken with Neumaier
   * compensation so that candidates are compared to rounding of the candidate-dependent part only.
   */
  const squaredError = (level: number, N: number, cand: number, g: number, previous: number): number => {
    let sum = 0;
    let comp = 0;
    for (let k = 0; k < N; k++) {
      const term = operand(level, k) * omega(((k * cand) % N) / N, alpha);
      const t = sum + term;
      comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
    }
    return previous + (g * (sum + comp)) / N;
  };

  /** S = |e²_prev| + γ ω(0) (1/N) Σ_k |q(k)|: the rounding scale of the candidate-dependent part. */
  const tieScale = (level: number, N: number, g: number, previous: number): number => {
    let total = 0;
    for (let k = 0; k < N; k++) total += Math.abs(operand(level, k));
    return Math.abs(previous) + (g * Math.abs(omega(0, alpha)) * total) / N;
  };

  for (let s = 0; s < dimension; s++) {
    const g = gamma[s];
    const lowBits = o.lowBits;
    const allowed = (c: number): boolean => {
      if (lowBits === undefined) return true;
      const mod = 2 ** lowBits.m;
      const low = lowBits.z[s] % mod;
      return c % mod === low || (n - c) % mod === low;
    };
    const previous = levelSizes.map((N, level) => currentSquaredError(level, N));
    // Candidates outside the allowed set (with lowBits) are never evaluated: their row is +∞.
    const table = candidates.map((c) =>
      allowed(c)
        ? levelSizes.map((N, level) => squaredError(level, N, c, g, previous[level]))
        : levelSizes.map(() => Number.POSITIVE_INFINITY),
    );
    const scales = levelSizes.map((N, level) => roundingScale(level, N, g));
    const ties = levelSizes.map((N, level) => tieScale(level, N, g, previous[level]));
    let criterion: number[];
    let tie: number;
    if (levelSizes.length === 1) {
      criterion = table.map((row) => row[0]);
      tie = ties[0];
    } else {
      const rows = table.filter((_, i) => allowed(candidates[i]));
      const mins = levelSizes.map((_, level) => Math.min(...rows.map((row) => row[level])));
      criterion = table.map((row) => Math.max(...row.map((v, level) => v / mins[level])));
      tie = Math.max(...ties.map((a, level) => a / Math.abs(mins[level])));
    }
    if (o.distinct) criterion = criterion.map((c, i) => (z.includes(candidates[i]) ? Number.POSITIVE_INFINITY : c));
    criterion = criterion.map((c, i) => (allowed(candidates[i]) ? c : Number.POSITIVE_INFINITY));
    const best = Math.min(...criterion);
    // Ties: within 1e−12 of the rounding scale, as in the fast search; the smallest z wins.
    const index = criterion.findIndex((c) => c <= best + 1e-12 * tie);
    const chosen = candidates[index];
    z.push(chosen);
    errors.push(table[index].map(Math.sqrt));
    allScales.push(scales);
    levelSizes.forEach((N, level) => {
      const pl = p[level];
      if (G === null) {
        for (let k = 0; k < N; k++) pl[0][k] *= 1 + g * omega(((k * chosen) % N) / N, alpha);
      } else {
        pl.push(new Float64Array(N));
        for (let k = 0; k < N; k++) {
          const w = g * omega(((k * chosen) % N) / N, alpha);
          for (let l = pl.length - 1; l >= 1; l--) pl[l][k] += w * pl[l - 1][k];
        }
      }
    });
  }
  return { z, errors, scales: allScales };
}
