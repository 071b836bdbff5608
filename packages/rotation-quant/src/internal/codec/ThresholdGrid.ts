/**
 * An O(1) search structure over sorted thresholds: a uniform grid fine enough that each cell holds at
 * most one threshold, so the code of y is `base[cell(y)] + (y > cellThreshold[cell(y)])`: two table reads
 * and one compare. Internal to the encoder.
 */
export interface ThresholdGrid {
  readonly lo: number;
  readonly invStep: number;
  readonly lastCell: number;
  /** Per cell, the number of thresholds in earlier cells. */
  readonly base: Uint8Array;
  /** Per cell, the threshold inside it, or +∞ when there is none. */
  readonly cellThreshold: Float32Array;
}

/**
 * Builds the grid for ascending float32 thresholds.
 *
 * @remarks
 * cell(y) = clamp(⌊(y − lo)·invStep⌋, 0, lastCell) is monotone in y, and `base` counts thresholds with
 * a smaller cell *by the same formula*, so the result is exact (the number of thresholds strictly below
 * y) whatever the rounding. The grid has about 16 cells per level (at least 256, at most 8192), and is
 * refined until no cell holds two thresholds: most cells then hold none, their compare is against +∞
 * and always false, so the branch is predictable (the compare alone, 50/50 for a coarse grid, measured
 * at more than half of the quantization time through mispredictions).
 */
export function buildThresholdGrid(thresholds: Float32Array): ThresholdGrid {
  const n = thresholds.length;
  const lo = thresholds[0];
  const span = thresholds[n - 1] - lo;
  const target = Math.min(8192, Math.max(256, 16 * (n + 1)));
  let invStep = span > 0 ? target / span : 1;
  for (;;) {
    const lastCell = Math.floor(span * invStep);
    const cellOf = (y: number) => {
      const k = Math.floor((y - lo) * invStep);
      return Math.max(0, Math.min(lastCell, k));
    };
    const base = new Uint8Array(lastCell + 1);
    const cellThreshold = new Float32Array(lastCell + 1).fill(Number.POSITIVE_INFINITY);
    let ok = true;
    let t = 0;
    for (let k = 0; k <= lastCell; k++) {
      base[k] = t;
      let inCell = 0;
      while (t < n && cellOf(thresholds[t]) === k) {
        cellThreshold[k] = thresholds[t];
        t++;
        inCell++;
      }
      if (inCell > 1) ok = false;
    }
    if (ok && t === n) return { lo, invStep, lastCell, base, cellThreshold };
    invStep *= 2;
  }
}
