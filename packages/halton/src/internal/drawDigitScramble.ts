import type { RandomStream } from "@qmckit/core";
import type { DigitScramble } from "../DigitScramble.js";
import { FAURE_LEMIEUX_MULTIPLIERS } from "../faureLemieuxMultipliers.js";
import type { HaltonRandomize } from "../HaltonRandomize.js";
import { indexDigits, precisionDigits } from "../precisionDigits.js";

/**
 * Draws the randomization of coordinate `j` (base `base`) from `stream`, in this order: the LMS matrix
 * (row by row, entries k ≤ t: the diagonal uniform in [1, b), the rest uniform in [0, b)), then the
 * digit maps (Fisher–Yates permutations per digit position, or K shift digits), then the nested keys.
 *
 * @param randomize - the randomization (validated by the caller).
 * @param base - the prime base b of the coordinate.
 * @param j - the coordinate index (selects the Faure–Lemieux multiplier for `'qrng'`; j < 360).
 * @param stream - the coordinate's own random stream.
 * @returns the scramble, with freshly allocated arrays.
 * @remarks Internal: unchecked. Bounded integers come from 32-bit draws by rejection (no modulo bias).
 * @example
 * ```ts
 * const s = drawDigitScramble("lms-ds", 3, 1, new RandomStream(7));
 * s.matrix!.length; // 34 · 21
 * ```
 */
export function drawDigitScramble(randomize: HaltonRandomize, base: number, j: number, stream: RandomStream): DigitScramble {
  const b = base;
  const K = precisionDigits(b);
  const m = indexDigits(b);
  const linear = randomize === "lms-perm" || randomize === "lms-ds" || randomize === "lms";
  let matrix: Uint16Array | null = null;
  if (linear) {
    matrix = new Uint16Array(K * m);
    for (let t = 0; t < K; t++) {
      for (let k = 0; k <= t && k < m; k++) matrix[t * m + k] = k === t ? 1 + below(stream, b - 1) : below(stream, b);
    }
  }
  let permutations: Uint16Array | null = null;
  const shifts = new Uint16Array(K);
  if (randomize === "lms-perm" || randomize === "perm") {
    permutations = new Uint16Array(K * b);
    for (let t = 0; t < K; t++) {
      const p = permutations.subarray(t * b, (t + 1) * b);
      for (let v = 0; v < b; v++) p[v] = v;
      for (let v = b - 1; v > 0; v--) {
        const w = below(stream, v + 1);
        const tmp = p[v];
        p[v] = p[w];
        p[w] = tmp;
      }
    }
  } else if (randomize === "lms-ds" || randomize === "ds" || randomize === "qrng") {
    for (let t = 0; t < K; t++) shifts[t] = below(stream, b);
  }
  let nested: DigitScramble["nested"] = null;
  if (randomize === "nus") {
    const multipliers = new Uint16Array(m);
    for (let t = 0; t < m; t++) multipliers[t] = 1 + below(stream, b - 1);
    const keys = stream.fillUint32(new Uint32Array(2 * m));
    const tailKeys = stream.fillUint32(new Uint32Array(2));
    nested = { multipliers, keys, tailKeys };
  }
  const multiplier = randomize === "qrng" ? FAURE_LEMIEUX_MULTIPLIERS[j] : 1;
  return { base: b, digits: K, indexDigits: m, matrix, permutations, multiplier, shifts, nested };
}

/** A uniform integer in [0, bound) for 1 ≤ bound ≤ 2^16, by rejection from 32-bit draws. */
function below(stream: RandomStream, bound: number): number {
  if (bound === 1) return 0;
  // Accept u < limit, the largest multiple of bound not above 2^32, so every residue is equally likely.
  // Remainders as u − ⌊u / bound⌋·bound: exact for u < 2^32 and bound ≤ 2^16 (the quotient's rounding
  // error is below 2^−21 while consecutive multiples differ by 1/bound ≥ 2^−16), and several times faster
  // than `%`, which V8 evaluates as a floating-point fmod once u ≥ 2^31.
  const limit = 4294967296 - (4294967296 - Math.floor(4294967296 / bound) * bound);
  for (;;) {
    const u = stream.nextUint32();
    if (u < limit) return u - Math.floor(u / bound) * bound;
  }
}

/**
 * Bytes the scrambles of one replication hold once drawn, for the bases given (an estimate from the
 * array sizes plus object overhead): the LMS matrix K × m, the digit permutations K × b, the shifts, the
 * nested keys (2-byte digits).
 *
 * @param bases - the prime bases of the coordinates.
 * @param randomize - the randomization.
 * @returns the bytes.
 * @example
 * ```ts
 * replicationBytes([2, 3], "lms-perm"); // a few kB
 * ```
 */
export function replicationBytes(bases: readonly number[], randomize: HaltonRandomize): number {
  const linear = randomize === "lms-perm" || randomize === "lms-ds" || randomize === "lms";
  const perm = randomize === "lms-perm" || randomize === "perm";
  let bytes = 64 + 8 * bases.length;
  // 'none': the replications share one deterministic scramble per coordinate.
  if (randomize === "none") return bytes;
  for (const b of bases) {
    const K = precisionDigits(b);
    const m = indexDigits(b);
    bytes += 320 + 2 * K + (linear ? 2 * K * m : 0) + (perm ? 2 * K * b : 0) + (randomize === "nus" ? 12 * m + 8 : 0);
  }
  return bytes;
}
