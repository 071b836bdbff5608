import type { NetMatrices } from "../NetMatrices.js";
import type { NetOrder } from "../NetOrder.js";
import { walkSteps } from "./walkStart.js";

/**
 * Precomputed tables for {@link netFloatWalk}: the walk's step words of one replication laid out for the
 * hot loop, with the digital shift that is folded into the first point.
 */
export interface FloatWalkPlan {
  readonly matrices: NetMatrices;
  readonly order: NetOrder;
  /** Whether the points have more than 32 bits (two words per coordinate). */
  readonly wide: boolean;
  /**
   * Step words, `[step k][coordinate j]`: when `wide`, pairs (hi, lo >>> 11) interleaved — only the
   * 53 bits the float keeps, since truncation commutes with XOR; otherwise hi only.
   */
  readonly steps: Int32Array;
  /** `steps` row k XOR row 0 (row 0 unused): the move between consecutive even positions. */
  readonly pairSteps: Int32Array;
  /**
   * Wide only (else empty): per coordinate j, 7 (hi, lo) pairs at `14·j + 2·(r − 1)` — the XOR that takes
   * the point at a position 8q to the point at 8q + r, r = 1 … 7 (the same for every q).
   */
  readonly octetOffsets: Int32Array;
  /**
   * Wide only (else empty): like `steps`, rows k ≥ 3 XOR offset 7 (rows 0 … 2 unused): the move from
   * position 8q to 8q + 8 when k = ctz(8q + 8).
   */
  readonly octetSteps: Int32Array;
  readonly shiftHi: Uint32Array;
  readonly shiftLo: Uint32Array;
}

/**
 * Builds the {@link FloatWalkPlan} of one replication.
 *
 * @param matrices - the (scrambled) generating matrices; `rows` decides the word width.
 * @param order - walk order.
 * @param shiftHi - digital shift, high words per coordinate (zeros for none).
 * @param shiftLo - digital shift, low words.
 * @returns the plan.
 *
 * @example
 * ```ts
 * const d = 2;
 * const plan = floatWalkPlan(joeKuo.matrices(d), "gray", new Uint32Array(d), new Uint32Array(d));
 * netFloatWalk(plan, 0, 4, new Float64Array(4 * d)); // [0, 0, 0.5, 0.5, 0.75, 0.25, 0.25, 0.75]
 * ```
 */
export function floatWalkPlan(matrices: NetMatrices, order: NetOrder, shiftHi: Uint32Array, shiftLo: Uint32Array): FloatWalkPlan {
  const { dimension: d, columns: m } = matrices;
  const wide = matrices.rows > 32 || shiftLo.some((w) => w !== 0);
  const { hi, lo } = walkSteps(matrices, order);
  const steps = new Int32Array(wide ? 2 * m * d : m * d);
  for (let i = 0; i < m * d; i++) {
    if (wide) {
      steps[2 * i] = hi[i];
      steps[2 * i + 1] = lo[i] >>> 11;
    } else {
      steps[i] = hi[i];
    }
  }
  const w = wide ? 2 : 1;
  const pairSteps = new Int32Array(steps.length);
  for (let i = w * d; i < steps.length; i++) pairSteps[i] = steps[i] ^ steps[i % (w * d)];
  // Octets exist only with at least 8 points (m ≥ 3).
  const octets = wide && m >= 3;
  const octetOffsets = new Int32Array(octets ? 14 * d : 0);
  const octetSteps = new Int32Array(octets ? steps.length : 0);
  if (octets) {
    for (let i = 0; i < 2 * d; i++) {
      // Offset r = XOR of the steps ctz(1) … ctz(r) taken from position 8q.
      let c = 0;
      for (let r = 1; r < 8; r++) {
        c ^= steps[(31 - Math.clz32(r & -r)) * 2 * d + i];
        octetOffsets[7 * (i & ~1) + 2 * (r - 1) + (i & 1)] = c;
      }
    }
    for (let i = 6 * d; i < steps.length; i++) {
      const j = i % (2 * d);
      octetSteps[i] = steps[i] ^ octetOffsets[7 * (j & ~1) + 12 + (j & 1)];
    }
  }
  return { matrices, order, wide, steps, pairSteps, octetOffsets, octetSteps, shiftHi, shiftLo };
}
