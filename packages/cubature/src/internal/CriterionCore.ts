import type { Sequence } from "@qmckit/core";
import type { CriterionName } from "../criteria/CubatureResult.js";
import type { Periodization } from "../periodize.js";
import type { SequenceSpec } from "../sequences/createSequence.js";
import type { Tolerance } from "./tolerance.js";

/** A window a criterion asks for. */
export interface WindowRequest {
  start: number;
  end: number;
  active: boolean[];
}

/**
 * A criterion as a resumable loop: `loop` yields windows and receives their values
 * (`[replication][i][output]`); `summary` reads the per-output state at any time.
 */
export interface CriterionCore {
  name: CriterionName;
  generator: SequenceSpec | Sequence;
  periodization: Periodization;
  dimension: number;
  outputs: number;
  replications: number;
  seed: number;
  tolerance: Tolerance;
  loop: Generator<WindowRequest, void, Float64Array>;
  /** Per output: mean μ̂, half-width hw (∞ before any data), evaluations n, cone flag. */
  /**
   * The per-output state. `stopped`, when present, is the criterion's own verdict per output (the G
   * criteria also require consistent levels); otherwise an output has converged when its bound meets
   * the tolerance.
   */
  summary(): { mu: Float64Array; hw: Float64Array; n: Float64Array; coneViolated?: boolean[]; stopped?: boolean[] };
  /** Continuation data (copied). */
  data(): unknown;
}
