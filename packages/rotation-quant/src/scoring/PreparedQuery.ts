import type { Metric } from "./Metric.js";

/**
 * A query rotated once and turned into look-up tables, ready to score many encoded vectors without
 * decoding them. Built by {@link RotationQuantizer.prepareQuery}; valid only for that quantizer (and
 * identical ones), which the fingerprint enforces.
 */
export interface PreparedQuery {
  /** Fingerprint of the quantizer that prepared it. */
  readonly fingerprint: number;
  readonly metric: Metric;
  /** A copy of the original query q (for exact re-ranking). */
  readonly query: Float64Array;
  /** ‖q‖. */
  readonly norm: number;
  /** R q, the query in the rotated basis (length d). */
  readonly rotated: Float32Array;
  /**
   * `'byte'` (bits 1, 2, 4, 8): one 256-entry table per code byte, entry v = Σ over the codes packed in
   * byte value v of (R q)_j · c[code]; `'pair'` (bits 3): one 64-entry table per pair of coordinates
   * (a 6-bit field of the codes); `'coordinate'` (bits 5, 6, 7): one 2^bits-entry table per coordinate,
   * (R q)_j · c[k].
   */
  readonly layout: "byte" | "pair" | "coordinate";
  readonly table: Float32Array;
}
