import type { Sequence } from "@qmckit/core";
import { validateChoice, validateInteger, validateOptions, validateReplications, validateSeed } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { Halton } from "@qmckit/halton";
import { Lattice } from "@qmckit/lattice";
import { IidUniform } from "./IidUniform.js";

/** The generators a criterion can name in a serializable way. */
export type SequenceKind = "lattice" | "digital-net" | "halton" | "iid";

/**
 * A complete, serializable description of a point sequence: enough to rebuild identical points on any
 * thread or machine (`createSequence(spec).points(start, end)`).
 */
export interface SequenceSpec {
  kind: SequenceKind;
  dimension: number;
  seed: number;
  replications: number;
  /** The generator's `randomize` option (e.g. `'shift'`, `'lms-ds'`); default the generator's. */
  randomize?: string;
  /** The generator's `order` option; the G criteria need `'natural'`. */
  order?: string;
}

const KINDS: SequenceKind[] = ["lattice", "digital-net", "halton", "iid"];

/**
 * Builds the {@link Sequence} a {@link SequenceSpec} describes: `new Lattice`, `new DigitalNet`,
 * `new Halton` (from their packages) or {@link IidUniform}, with the spec's dimension, seed,
 * replications, randomize and order.
 *
 * @throws TypeError / RangeError naming the bad field, or the generator's own error.
 *
 * @example
 * ```ts
 * const net = createSequence({ kind: "digital-net", dimension: 3, seed: 7, replications: 1, order: "natural" });
 * const ps = net.points(1024, 2048); // the same points on every machine
 * ```
 */
export function createSequence(spec: SequenceSpec): Sequence {
  const s = validateOptions("spec", spec, ["kind", "dimension", "seed", "replications", "randomize", "order"]);
  const kind = validateChoice("spec.kind", s.kind, KINDS);
  const dimension = validateInteger("spec.dimension", s.dimension, 1, 2 ** 16);
  const seed = validateSeed(s.seed, "spec.seed");
  const replications = validateReplications(s.replications);
  const options: Record<string, unknown> = { seed, replications };
  if (s.randomize !== undefined) options.randomize = s.randomize;
  if (s.order !== undefined) options.order = s.order;
  switch (kind) {
    case "lattice":
      return new Lattice(dimension, options as ConstructorParameters<typeof Lattice>[1]) as Sequence;
    case "digital-net":
      return new DigitalNet(dimension, options as ConstructorParameters<typeof DigitalNet>[1]) as Sequence;
    case "halton":
      return new Halton(dimension, options as ConstructorParameters<typeof Halton>[1]) as Sequence;
    case "iid":
      if (s.randomize !== undefined || s.order !== undefined)
        throw new TypeError("spec.randomize and spec.order do not apply to kind 'iid'");
      return new IidUniform(dimension, { seed, replications });
  }
}
