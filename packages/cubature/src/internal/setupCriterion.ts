import {
  drawSeed,
  formatValue,
  type Sequence,
  validateChoice,
  validateInteger,
  validateOptions,
  validateSeed,
} from "@qmckit/core";
import type { CubatureOptions } from "../criteria/CubatureOptions.js";
import type { CriterionName, CubatureResult } from "../criteria/CubatureResult.js";
import type { Integrand, OutputShape } from "../integrand.js";
import { PERIODIZATIONS, type Periodization } from "../periodize.js";
import { createSequence, type SequenceKind, type SequenceSpec } from "../sequences/createSequence.js";
import { parseTolerance, type Tolerance } from "./tolerance.js";

const COMMON_KEYS = [
  "absTol",
  "relTol",
  "errorCriterion",
  "nInit",
  "nMax",
  "seed",
  "generator",
  "periodization",
  "onProgress",
  "signal",
  "resume",
  "evaluate",
];

/** What every criterion needs before its loop starts. */
export interface CriterionSetup {
  tolerance: Tolerance;
  nInit: number;
  nMax: number;
  seed: number;
  generator: SequenceSpec | Sequence;
  periodization: Periodization;
  /** The previous state's data when resuming. */
  resumeData: unknown;
  options: Record<string, unknown>;
}

/** Defaults and constraints of one criterion. */
export interface CriterionDefaults {
  name: CriterionName;
  extraKeys: readonly string[];
  kind: SequenceKind;
  kinds: readonly SequenceKind[];
  randomize?: string;
  order?: string;
  replications: number;
  nInit: number;
  nMax: number;
  powerOfTwo: boolean;
  minNInit: number;
  /**
   * Levels (windows) a criterion needs before it can stop: 2 for the G criteria, whose
   * level-consistency rule compares consecutive levels. The default nInit is lowered so that they fit
   * under nMax.
   */
  minLevels: number;
  periodization: Periodization;
}

/** Validates the options shared by the criteria and resolves the generator and the resume state. */
export function setupCriterion(
  f: Integrand<OutputShape>,
  options: CubatureOptions | undefined,
  defaults: CriterionDefaults,
  replications: number,
): CriterionSetup {
  if (f === null || typeof f !== "object" || typeof f.evaluate !== "function")
    throw new TypeError(`integrand must be an Integrand (see integrand()); got ${formatValue(f)}`);
  const o = validateOptions("options", options, [...COMMON_KEYS, ...defaults.extraKeys]) as Record<string, unknown>;
  const tolerance = parseTolerance(o.absTol, o.relTol, o.errorCriterion);
  if (o.onProgress !== undefined && typeof o.onProgress !== "function")
    throw new TypeError(`onProgress must be a function; got ${formatValue(o.onProgress)}`);
  if (o.signal !== undefined && typeof (o.signal as { throwIfAborted?: unknown } | null)?.throwIfAborted !== "function")
    throw new TypeError(`signal must be an AbortSignal; got ${formatValue(o.signal)}`);
  if (o.nMax !== undefined) validateInteger("nMax", o.nMax, 1, 2 ** 48);
  const resume = o.resume as CubatureResult<OutputShape> | undefined;
  if (resume !== undefined) {
    const st = resume?.state;
    if (st === undefined || st.criterion !== defaults.name)
      throw new TypeError(
        `resume must be a result of ${defaults.name}; got ${st === undefined ? formatValue(resume) : `a result of ${st.criterion}`}`,
      );
    if (st.dimension !== f.dimension || st.outputs !== f.outputs)
      throw new RangeError(
        `resume must come from an integrand of dimension ${f.dimension} with ${f.outputs} output(s); got dimension ${st.dimension}, ${st.outputs} output(s)`,
      );
    if (o.seed !== undefined && o.seed !== resume.seed)
      throw new RangeError(`seed must equal the resumed result's seed ${resume.seed} (or be omitted); got ${o.seed}`);
    const { nMax, nInit } = sampleSizes(o, defaults, st.generator);
    return {
      tolerance,
      nInit,
      nMax,
      seed: resume.seed,
      generator: st.generator,
      periodization: st.periodization,
      resumeData: st.data,
      options: o,
    };
  }
  const periodization = validateChoice("periodization", o.periodization ?? defaults.periodization, PERIODIZATIONS);
  const g = o.generator as Record<string, unknown> | Sequence | undefined;
  let generator: SequenceSpec | Sequence;
  let seed: number;
  if (g !== undefined && typeof (g as Sequence).fill === "function") {
    const seq = g as Sequence;
    if (seq.dimension !== f.dimension)
      throw new RangeError(`generator.dimension must equal the integrand's dimension = ${f.dimension}; got ${seq.dimension}`);
    if (seq.replications !== replications)
      throw new RangeError(`generator.replications must be ${replications} for ${defaults.name}; got ${seq.replications}`);
    if (o.seed !== undefined)
      throw new TypeError("seed must be omitted when generator is a Sequence instance (it has its own seed)");
    generator = seq;
    seed = seq.seed;
  } else {
    const go = validateOptions("generator", g as { kind?: string; randomize?: string; order?: string } | undefined, [
      "kind",
      "randomize",
      "order",
    ]);
    const kind = validateChoice("generator.kind", go.kind ?? defaults.kind, defaults.kinds);
    seed = o.seed === undefined ? drawSeed() : validateSeed(o.seed);
    const spec: SequenceSpec = { kind, dimension: f.dimension, seed, replications };
    const randomize = go.randomize ?? (kind === defaults.kind ? defaults.randomize : undefined);
    const order = go.order ?? (kind === defaults.kind || kind !== "iid" ? defaults.order : undefined);
    if (randomize !== undefined) spec.randomize = randomize;
    if (order !== undefined && kind !== "iid" && kind !== "halton") spec.order = order;
    generator = spec;
  }
  const { nMax, nInit } = sampleSizes(o, defaults, generator);
  return { tolerance, nInit, nMax, seed, generator, periodization, resumeData: undefined, options: o };
}

/**
 * nMax and nInit against the generator's capacity: the default nMax is lowered to the generator's
 * `maxPoints` (e.g. 2^24 for the default lattice), while an explicit nMax beyond it is an error —
 * never silently clamped. The default nInit is lowered (not below minNInit) so that `minLevels`
 * doubling levels fit under nMax; an explicit nInit is taken as given.
 */
function sampleSizes(
  o: Record<string, unknown>,
  defaults: CriterionDefaults,
  generator: SequenceSpec | Sequence,
): { nMax: number; nInit: number } {
  const capacity =
    typeof (generator as Sequence).fill === "function"
      ? (generator as Sequence).maxPoints
      : createSequence(generator as SequenceSpec).maxPoints;
  const nMax =
    o.nMax === undefined
      ? Math.min(defaults.nMax, capacity)
      : validateInteger("nMax", o.nMax, 1, capacity, `the generator holds at most maxPoints = ${capacity} points`);
  const room = defaults.minLevels > 1 ? 2 ** Math.floor(Math.log2(nMax / 2 ** (defaults.minLevels - 1))) : nMax;
  const nInit = validateInteger(
    "nInit",
    o.nInit ?? Math.max(defaults.minNInit, Math.min(defaults.nInit, room)),
    defaults.minNInit,
    nMax,
    `nInit ≤ nMax = ${nMax}`,
  );
  if (defaults.powerOfTwo && (nInit & (nInit - 1)) !== 0)
    throw new RangeError(`nInit must be a power of two ≥ ${defaults.minNInit}; got ${nInit}`);
  return { nMax, nInit };
}
