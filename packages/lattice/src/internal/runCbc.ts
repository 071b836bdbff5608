import type { CbcGroup } from "./cbcGroup.js";
import type { CbcState } from "./cbcState.js";
import { liftedConvolution } from "./liftedConvolution.js";

/**
 * Candidates whose criterion is within `TIE_TOLERANCE · S` of the best are ties, and the smallest
 * component among them is chosen, so that the choice never hinges on rounding (e.g. on which of two
 * mathematically equal errors rounds lower; this also makes z_1 = 1). S bounds the rounding of the
 * candidate-dependent part only: `S = Σ_β |base_β| + γ·ω(0)·Σ_k |q̃(k)|` (the block constants added to
 * every candidate, and the terms of the convolution, whose operand is the varying part q̃ of q = q₀ + q̃
 * only: the constant q₀ enters every candidate alike, through the kernel's sum), measured at 1e−17…1e−16 of S for FFT lengths
 * 2^8…2^16. The common part Σ_k E(k), which cancels down to e² from much larger terms, is the same
 * number for every candidate and adds no noise to the comparison. The window is 10⁴ ulps of S: far
 * above rounding, and far below the differences between candidates even for γ_j ~ 1e−8.
 */
export const TIE_TOLERANCE = 1e-12;

/**
 * Candidates allowed at each stage: at stage s only the candidate indices a ≡ residues[s] (mod step).
 * Used to extend an extensible sequence (z_j fixed modulo a smaller power of two). Power-of-two groups
 * only, with `step` a power of two dividing the candidate count.
 */
export interface CandidateRestriction {
  step: number;
  residues: ArrayLike<number>;
}

export interface CbcRun {
  generatingVector: Uint32Array;
  /** e after each stage at each level, shape [dimension][levels]. */
  errors: Float64Array;
}

/**
 * The component-by-component search over `group` (fast: one cyclic convolution per block and stage,
 * O(n log n) per stage). With several levels the criterion is the Cools–Kuo–Nuyens one: minimize over
 * candidates the largest ratio, over levels, of the level's error to the smallest error any candidate
 * reaches at that level in this stage. With `distinct`, candidates chosen at earlier stages are skipped.
 */
export function runCbc(
  group: CbcGroup,
  state: CbcState,
  gamma: Float64Array,
  distinct = false,
  restriction?: CandidateRestriction,
): CbcRun {
  const { blocks, levels, candidates } = group;
  const d = gamma.length;
  const nl = levels.length;
  const conv = blocks.map((b) => new Float64Array(b.length));
  const acc = blocks.map((b) => new Float64Array(b.length));
  const criterion = new Float64Array(candidates);
  // With `distinct`, a chosen candidate is excluded from later stages (criterion set to +∞).
  const used = new Uint8Array(candidates);
  const generatingVector = new Uint32Array(d);
  const errors = new Float64Array(d * nl);
  const inverseMin = new Float64Array(nl);
  const E = state.error;
  const omega0 = Math.abs(blocks[0].kernel[0]);
  // Σ_{β'≤β} |base_β'| and Σ_k |q(k)| over blocks 0 … β: the rounding scale S of each level.
  const absBase = new Float64Array(blocks.length);
  const absOperand = new Float64Array(blocks.length);

  const step = restriction?.step ?? 1;

  for (let s = 0; s < d; s++) {
    const g = gamma[s];
    // The allowed candidates are a = first, first + step, … (all of them without a restriction).
    const first = restriction === undefined ? 0 : restriction.residues[s] % step;
    const { constant, varying } = state.operand(s);
    // acc[β][a] = n_β·e²(a) restricted to blocks 0 … β: each block adds its current error sum plus
    // γ times its part of Σ_k q(k) ω({k z_a/n}).
    for (let beta = 0; beta < blocks.length; beta++) {
      const { offset, length: L, multiplicity: c, kernelSum, convolution } = blocks[beta];
      const T = conv[beta];
      // Only the entries a ≡ first (mod stride) of this block are needed (stride = L: all of them).
      const stride = Math.min(step, L);
      const start = first % stride;
      const x = varying.subarray(offset, offset + L);
      const K = L / stride;
      if (restriction !== undefined && group.powers !== undefined && K >= 2 && step >= 2 && K * K * K <= L) {
        // A few lifts of a longer block: from moments of the operand (see liftedConvolution).
        liftedConvolution(x, Math.log2(L) + 2, group.powers, start, step, group.alpha, T);
      } else if (K <= 2 * Math.log2(L)) {
        // A few entries: direct sums beat the FFTs (the case of extending a sequence by a few bits).
        const W = blocks[beta].kernel;
        for (let a = start; a < L; a += stride) T[a] = cyclicDot(W, x, a);
      } else {
        convolution.apply(x, T);
      }
      let errorSum = 0;
      let operandAbs = 0;
      for (let b = 0; b < L; b++) {
        errorSum += E[offset + b];
        // Only the varying part goes through the convolution; the constant part enters every candidate
        // alike through kernelSum (in base), so it adds no candidate-dependent rounding.
        operandAbs += Math.abs(varying[offset + b]);
      }
      const base = c * errorSum + g * c * constant * kernelSum;
      absBase[beta] = (beta === 0 ? 0 : absBase[beta - 1]) + Math.abs(base);
      absOperand[beta] = (beta === 0 ? 0 : absOperand[beta - 1]) + c * operandAbs;
      const out = acc[beta];
      if (beta === 0) {
        for (let a = start; a < L; a += stride) out[a] = base + g * c * T[a];
      } else if (stride === 1) {
        // The previous block's length divides L: walk it in runs instead of taking a % Lp.
        const prev = acc[beta - 1];
        const Lp = prev.length;
        for (let run = 0; run < L; run += Lp) {
          for (let a = 0; a < Lp; a++) out[run + a] = prev[a] + base + g * c * T[run + a];
        }
      } else {
        // Power-of-two lengths (restricted search): a mod Lp = a & (Lp − 1).
        const prev = acc[beta - 1];
        const maskPrev = prev.length - 1;
        for (let a = start; a < L; a += stride) out[a] = prev[a & maskPrev] + base + g * c * T[a];
      }
    }

    // Criterion and its rounding scale, both in units of N·e² (single level) or of the ratio.
    let scale: number;
    const roundingScale = (l: number) => {
      const last = levels[l].lastBlock;
      return absBase[last] + g * omega0 * absOperand[last];
    };
    if (nl === 1) {
      const values = acc[levels[0].lastBlock];
      for (let a = first; a < candidates; a += step) criterion[a] = values[a];
      scale = roundingScale(0);
    } else {
      scale = 0;
      for (let l = 0; l < nl; l++) {
        const values = acc[levels[l].lastBlock];
        const mask = values.length - 1; // level lengths are powers of two
        let min = Number.POSITIVE_INFINITY;
        for (let a = first; a < candidates; a += step) if (values[a & mask] < min) min = values[a & mask];
        // A level whose best e² rounds to ≤ 0 is below double precision (α ≥ 2, huge n): it cannot be
        // normalized and does not take part (its ratios count as 0).
        inverseMin[l] = min > 0 ? 1 / min : 0;
        if (min > 0) scale = Math.max(scale, roundingScale(l) / min);
      }
      criterion.fill(0);
      for (let l = 0; l < nl; l++) {
        const values = acc[levels[l].lastBlock];
        const mask = values.length - 1; // level lengths are powers of two
        const inverse = inverseMin[l];
        for (let a = first; a < candidates; a += step) {
          const ratio = values[a & mask] * inverse;
          if (ratio > criterion[a]) criterion[a] = ratio;
        }
      }
    }

    if (distinct) for (let a = first; a < candidates; a += step) if (used[a]) criterion[a] = Number.POSITIVE_INFINITY;
    let best = Number.POSITIVE_INFINITY;
    for (let a = first; a < candidates; a += step) if (criterion[a] < best) best = criterion[a];
    if (!(best < Number.POSITIVE_INFINITY)) {
      // Every allowed candidate is used (distinct) or its criterion is not a number: no honest choice.
      throw new RangeError(
        distinct
          ? `distinct: true leaves no unused candidate for component ${s + 1} (extend fixes its low bits to those of an earlier one); got ${d} components`
          : `weights give a criterion that is not finite at component ${s + 1}; use smaller weights`,
      );
    }
    const threshold = best + TIE_TOLERANCE * scale;
    let chosen = -1;
    let chosenValue = Number.POSITIVE_INFINITY;
    for (let a = first; a < candidates; a += step) {
      if (criterion[a] <= threshold && !(distinct && used[a])) {
        const z = group.candidateValue(a);
        if (z < chosenValue) {
          chosenValue = z;
          chosen = a;
        }
      }
    }
    generatingVector[s] = chosenValue;
    used[chosen] = 1;
    for (let l = 0; l < nl; l++) {
      const values = acc[levels[l].lastBlock];
      const e2 = values[chosen % values.length] / levels[l].points;
      errors[s * nl + l] = e2 > 0 ? Math.sqrt(e2) : 0;
    }
    state.update(s, g, chosen, blocks);
  }
  return { generatingVector, errors };
}

/** Σ_b x[b]·W[(a − b) mod L]: one entry of the cyclic convolution of x with W. */
function cyclicDot(W: Float64Array, x: Float64Array, a: number): number {
  const L = W.length;
  let sum = 0;
  for (let b = 0; b <= a; b++) sum += W[a - b] * x[b];
  for (let b = a + 1; b < L; b++) sum += W[a - b + L] * x[b];
  return sum;
}
