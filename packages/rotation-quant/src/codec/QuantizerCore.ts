import type { ScaledCodebook } from "../codebook/scaleCodebook.js";
import type { ThresholdGrid } from "../internal/codec/ThresholdGrid.js";
import type { Rotation } from "../rotation/Rotation.js";

/** How the per-vector scale is chosen: see {@link RotationQuantizerOptions.scale}. */
export type ScaleMode = "unbiased" | "norm";

/** The validated state the codec kernels share (internal). */
export interface QuantizerCore {
  readonly dimension: number;
  readonly bits: number;
  readonly scale: ScaleMode;
  readonly bytesPerVector: number;
  readonly fingerprint: number;
  readonly rotationPlan: Rotation;
  readonly scaledCodebook: ScaledCodebook;
  readonly grid: ThresholdGrid;
}

/** Rows per block in encode/decode: about 128 KiB of float32 work, resident in L2. */
export function blockRows(d: number): number {
  return Math.max(1, Math.floor(32768 / d));
}
