import type { Sequence } from "@qmckit/core";
import type { WindowEvaluator } from "../evaluation/WindowTask.js";
import type { OutputShape } from "../integrand.js";
import type { Periodization } from "../periodize.js";
import type { SequenceKind } from "../sequences/createSequence.js";
import type { CubatureResult } from "./CubatureResult.js";

/** A snapshot handed to `onProgress` after each window. */
export interface CubatureProgress {
  /** Points (per output, counting replications) consumed so far. */
  readonly n: Float64Array;
  readonly estimate: Float64Array;
  readonly errorBound: Float64Array;
  readonly converged: readonly boolean[];
  /** Milliseconds since the call started. */
  readonly timeMs: number;
}

/** Which generator a criterion draws its points from: a kind with options, or a live {@link Sequence}. */
export type GeneratorOption = { kind?: SequenceKind; randomize?: string; order?: string } | Sequence;

/** Options shared by every stopping criterion. */
export interface CubatureOptions<S extends OutputShape = OutputShape> {
  /** Absolute error tolerance ≥ 0; default 1e-2. */
  absTol?: number;
  /** Relative error tolerance in [0, 1); default 0. */
  relTol?: number;
  /**
   * `'either'` (default): stop when the error is within max(absTol, relTol·|μ|); `'both'`: within
   * min(absTol, relTol·|μ|).
   */
  errorCriterion?: "either" | "both";
  /** Points of the first window (per replication); a power of two for the QMC criteria. */
  nInit?: number;
  /** Most points (per replication) the criterion may use; reaching it returns `converged: false`. */
  nMax?: number;
  /** Seed of the randomization; drawn from a cryptographic source and reported when omitted. */
  seed?: number;
  /** The point generator (kind/randomize/order, or a Sequence instance); default per criterion. */
  generator?: GeneratorOption;
  /** Periodizing transform of the unit cube; default `'baker'` for lattices, `'none'` otherwise. */
  periodization?: Periodization;
  /** Called after each window with the running state. */
  onProgress?: (progress: CubatureProgress) => void;
  /** Aborts between windows: the call throws `signal.reason`. An `AbortSignal`. */
  signal?: AbortSignalLike;
  /** A previous result of the same criterion and integrand to continue (e.g. with a tighter tolerance). */
  resume?: CubatureResult<S>;
}

/** Options of the asynchronous forms: a caller-chosen {@link WindowEvaluator} (default inline). */
export interface AsyncCubatureOptions<S extends OutputShape = OutputShape> extends CubatureOptions<S> {
  evaluate?: WindowEvaluator;
}

/**
 * What a criterion uses of an `AbortSignal`: declared here, so that our types need neither the DOM
 * library nor `@types/node`; every `AbortSignal` (browser or Node) is one.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
}
