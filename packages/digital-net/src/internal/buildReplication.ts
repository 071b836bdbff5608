import type { RandomStream } from "@qmckit/core";
import { drawLinearScramble } from "../drawLinearScramble.js";
import { interlaceMatrices } from "../interlaceMatrices.js";
import { linearMatrixScramble, rowMask } from "../linearMatrixScramble.js";
import type { NetMatrices } from "../NetMatrices.js";
import type { NetOrder } from "../NetOrder.js";
import type { NetRandomize } from "../NetRandomize.js";
import { NESTED_KEYS_PER_COORDINATE, type NestedScramble, nestedScrambleFromKeys } from "../nestedUniformScramble.js";
import { type FloatWalkPlan, floatWalkPlan } from "./FloatWalkPlan.js";

/** Everything one replication of a {@link DigitalNet} needs to produce its points. */
export interface Replication {
  /** Output matrices (scrambled and interlaced) for the walk; for `'nus'`, the base matrices. */
  readonly matrices: NetMatrices;
  readonly shiftHi: Uint32Array;
  readonly shiftLo: Uint32Array;
  /** `'nus'` only: the scramble of the α·d base coordinates. */
  readonly nested?: NestedScramble;
  /** Not for `'nus'`: the fused float walk. */
  readonly plan?: FloatWalkPlan;
}

/**
 * Draws the randomization of one replication and applies it to the base matrices (α·d coordinates).
 * Draw order, per output coordinate j: LMS columns of its α base coordinates, NUS keys of its α base
 * coordinates, then its shift (each only when the mode uses it) — so the randomization of the first
 * coordinates does not depend on the dimension.
 */
export function buildReplication(
  base: NetMatrices,
  alpha: number,
  bits: number,
  randomize: NetRandomize,
  order: NetOrder,
  rng: RandomStream | undefined,
): Replication {
  const d = base.dimension / alpha;
  const t = base.rows;
  const baseBits = Math.min(bits, Math.ceil(bits / alpha));
  const lms = randomize === "lms" || randomize === "lms-ds";
  const ds = randomize === "ds" || randomize === "lms-ds";
  const nus = randomize === "nus";
  const sHi = new Uint32Array(lms ? base.dimension * t : 0);
  const sLo = new Uint32Array(sHi.length);
  const keys = new Int32Array(nus ? base.dimension * NESTED_KEYS_PER_COORDINATE : 0);
  const shiftHi = new Uint32Array(d);
  const shiftLo = new Uint32Array(d);
  const [keepHi, keepLo] = rowMask(bits);
  if (rng !== undefined) {
    for (let j = 0; j < d; j++) {
      if (lms) {
        const s = drawLinearScramble(rng, alpha, t, baseBits);
        sHi.set(s.hi, j * alpha * t);
        sLo.set(s.lo, j * alpha * t);
      }
      if (nus) {
        for (let i = j * alpha * NESTED_KEYS_PER_COORDINATE; i < (j + 1) * alpha * NESTED_KEYS_PER_COORDINATE; i++) {
          keys[i] = rng.nextUint32();
        }
      }
      if (ds) {
        shiftHi[j] = rng.nextUint32() & keepHi;
        shiftLo[j] = rng.nextUint32() & keepLo;
      }
    }
  }
  if (nus) return { matrices: base, shiftHi, shiftLo, nested: nestedScrambleFromKeys(keys, base.dimension) };
  let m = lms ? linearMatrixScramble(base, { dimension: base.dimension, precision: t, hi: sHi, lo: sLo }, baseBits) : base;
  m = alpha > 1 ? interlaceMatrices(m, alpha, bits) : truncateRows(m, bits);
  return { matrices: m, shiftHi, shiftLo, plan: floatWalkPlan(m, order, shiftHi, shiftLo) };
}

/** The matrices with rows beyond `bits` cleared (a no-op when they already fit). */
function truncateRows(m: NetMatrices, bits: number): NetMatrices {
  if (m.rows <= bits) return m;
  const [mh, ml] = rowMask(bits);
  return { ...m, rows: bits, hi: m.hi.map((w) => w & mh), lo: m.lo.map((w) => w & ml) };
}

/** Bytes of the words of a set of matrices. */
export function matrixBytes(m: NetMatrices): number {
  return 4 * (m.hi.length + m.lo.length);
}

/**
 * Bytes one replication holds (an estimate from the sizes of its arrays, within ~20% of the measured heap):
 * the LMS scramble and scrambled matrices, the walk plan, the shifts; `'nus'` keeps keys and tables.
 */
export function replicationBytes(base: NetMatrices, randomize: NetRandomize): number {
  const W = matrixBytes(base);
  const lms = randomize === "lms" || randomize === "lms-ds";
  const scramble = lms ? 8 * base.dimension * base.rows : 0;
  return 256 + 16 * base.dimension + scramble + (lms ? 3 * W : randomize === "nus" ? 1.25 * W : W);
}
