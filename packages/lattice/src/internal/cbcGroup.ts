import { korobovKernelUnchecked } from "../korobovKernel.js";
import { CyclicConvolution } from "./CyclicConvolution.js";
import { mulMod, primitiveRoot } from "./primes.js";

/**
 * One block of the index set Z_n of a CBC search, in the Nuyens–Cools reordering.
 *
 * The residues k of a block are grouped into `length` classes of `multiplicity` elements each
 * (k and −k share a class: the Korobov kernel is even, so they always carry the same value). Class b
 * holds `±h·c^{−b}` and candidate a is `z = ±c^a` for a cyclic generator c of the (quotient) unit
 * group, so `ω({k z / n}) = kernel[(a − b) mod length]`: the search over all candidates is one cyclic
 * convolution per block.
 */
export interface CbcBlock {
  /** First class of this block in the flat class arrays. */
  offset: number;
  length: number;
  multiplicity: number;
  /** kernel[t] = ω_α(value of the class at offset t from the generator), length `length`. */
  kernel: Float64Array;
  /** Σ_t kernel[t]. */
  kernelSum: number;
  /** The FFT plan of the kernel (made on first access). */
  readonly convolution: CyclicConvolution;
}

/** A lattice size at which errors are evaluated: the blocks 0 … lastBlock make up its 2^m (or n) points. */
export interface CbcLevel {
  points: number;
  lastBlock: number;
}

/**
 * The reordered index set of a CBC search. Block lengths form a divisibility chain ending with the
 * candidate count, and candidate a meets block β at class index `a mod length_β`.
 */
export interface CbcGroup {
  n: number;
  classes: number;
  blocks: CbcBlock[];
  /** Levels in increasing size; the last one is n. */
  levels: CbcLevel[];
  /** Number of candidates (the last block's length). */
  candidates: number;
  /** The generating-vector component of candidate a, the smaller of ±c^a mod n. */
  candidateValue(a: number): number;
  /** Smoothness α of the kernel. */
  alpha: number;
  /** Power-of-two groups: 5^i mod 2^32, i < candidates (candidate a is ±powers[a] mod n). */
  powers?: Uint32Array;
}

function makeBlock(offset: number, multiplicity: number, kernel: Float64Array): CbcBlock {
  let kernelSum = 0;
  for (const v of kernel) kernelSum += v;
  // The FFT plan is made on first use: a restricted search (extend) never needs those of its long blocks.
  let plan: CyclicConvolution | undefined;
  return {
    offset,
    length: kernel.length,
    multiplicity,
    kernel,
    kernelSum,
    get convolution() {
      plan ??= new CyclicConvolution(kernel);
      return plan;
    },
  };
}

/**
 * Z_n for a prime n: {0} and the (n − 1)/2 classes ±g^{−b} of units, g the smallest primitive root
 * (Nuyens & Cools 2006).
 */
export function primeGroup(n: number, alpha: number): CbcGroup {
  const g = primitiveRoot(n);
  const L = n === 2 ? 1 : (n - 1) / 2;
  const kernel = new Float64Array(L);
  const powers = new Float64Array(L);
  let p = 1;
  for (let t = 0; t < L; t++) {
    powers[t] = p;
    kernel[t] = korobovKernelUnchecked(p / n, alpha);
    p = mulMod(p, g, n);
  }
  const blocks = [makeBlock(0, 1, Float64Array.of(korobovKernelUnchecked(0, alpha))), makeBlock(1, n === 2 ? 1 : 2, kernel)];
  return {
    n,
    classes: 1 + L,
    blocks,
    levels: [{ points: n, lastBlock: 1 }],
    candidates: L,
    alpha,
    candidateValue: (a) => Math.min(powers[a], n - powers[a]),
  };
}

/**
 * Z_{2^M} split by the 2-adic valuation of k (the non-prime variant of Nuyens & Cools): block r holds
 * k = 2^{M−r}·k′ with k′ odd mod 2^r, i.e. the points of the 2^r-point sub-lattice that are not in the
 * 2^{r−1}-point one. The odd residues mod 2^r are ±5^b (5 has order 2^{r−2}), so block r has
 * 2^{r−2} classes of two (r ≥ 2; blocks 0 and 1 are {0} and {2^{M−1}}). Level m (2^m points, the
 * embedded rules of an extensible sequence) is made of blocks 0 … m.
 */
export function powerOfTwoGroup(M: number, alpha: number, mMin: number): CbcGroup {
  const n = 2 ** M;
  const top = M <= 2 ? 1 : 2 ** (M - 2);
  const powers = new Uint32Array(top);
  let p = 1;
  for (let t = 0; t < top; t++) {
    powers[t] = p;
    p = Math.imul(p, 5) >>> 0;
  }
  const blocks: CbcBlock[] = [];
  let offset = 0;
  for (let r = 0; r <= M; r++) {
    const L = r <= 2 ? 1 : 2 ** (r - 2);
    const kernel = new Float64Array(L);
    // frac(5^t / 2^r) from the low r bits of 5^t, left-aligned on 32 bits (r = 0 gives 0).
    for (let t = 0; t < L; t++)
      kernel[t] = korobovKernelUnchecked(r === 0 ? 0 : ((powers[t] << (32 - r)) >>> 0) / 2 ** 32, alpha);
    blocks.push(makeBlock(offset, r <= 1 ? 1 : 2, kernel));
    offset += L;
  }
  const levels: CbcLevel[] = [];
  for (let m = mMin; m <= M; m++) levels.push({ points: 2 ** m, lastBlock: m });
  return {
    n,
    classes: offset,
    blocks,
    levels,
    candidates: top,
    alpha,
    powers,
    candidateValue: (a) => {
      const z = n === 2 ? 1 : powers[a] % n;
      return Math.min(z, n - z);
    },
  };
}

/** 5^{−1} mod 2^32. */
const INVERSE_OF_5 = 0xcccccccd;

/**
 * The candidate index of the odd z in a power-of-two group, known modulo 2^m only: the t in
 * [0, 2^{m−2}) with 5^t ≡ ±z (mod 2^m) (t = 0 for m ≤ 2, where every odd z is ±1). Bit i of t is
 * found from 5^{2^i} ≡ 1 + 2^{i+2} (mod 2^{i+3}). Arithmetic mod 2^32 (Math.imul) is exact mod 2^m.
 */
export function candidateLog(z: number, m: number): number {
  if (m <= 2) return 0;
  const mask = m >= 32 ? 0xffffffff : 2 ** m - 1;
  // ±z ≡ 1 (mod 4).
  let y = (z & 3) === 1 ? z >>> 0 : -z >>> 0;
  let t = 0;
  let inversePower = INVERSE_OF_5; // 5^{−2^i}
  for (let i = 0; i < m - 2; i++) {
    if (((y & mask) >>> 0) % 2 ** (i + 3) !== 1) {
      t += 2 ** i;
      y = Math.imul(y, inversePower) >>> 0;
    }
    inversePower = Math.imul(inversePower, inversePower) >>> 0;
  }
  return t;
}
