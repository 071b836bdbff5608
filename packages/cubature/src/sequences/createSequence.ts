import type { Sequence } from "@qmckit/core";
import { validateChoice, validateOptions, validateReplications, validateSeed } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { Halton } from "@qmckit/halton";
import { Lattice } from "@qmckit/lattice";
import { IidUniform } from "./IidUniform.js";

/**
 * The generators a criterion (and the `qmc` command) can name in a serializable way: `'lattice'`
 * (`Lattice` of `@qmckit/lattice`), `'net'` (`DigitalNet` of `@qmckit/digital-net`), `'halton'`
 * (`Halton` of `@qmckit/halton`), `'iid'` ({@link IidUniform}).
 */
export type SequenceKind = "lattice" | "net" | "halton" | "iid";

/**
 * Every valid {@link SequenceKind}, in the order messages list them.
 * @example
 * ```ts
 * SEQUENCE_KINDS.join(" | "); // "lattice | net | halton | iid"
 * ```
 */
export const SEQUENCE_KINDS: readonly SequenceKind[] = Object.freeze(["lattice", "net", "halton", "iid"] as SequenceKind[]);

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
  /** The generator's `order` option (lattice and net); the G criteria need `'natural'`. */
  order?: string;
  /** The net's interlacing factor `alpha` (kind `'net'` only); default 1. */
  alpha?: number;
}

/**
 * Builds the {@link Sequence} a {@link SequenceSpec} describes: `new Lattice`, `new DigitalNet`,
 * `new Halton` (from their packages) or {@link IidUniform}, with the spec's dimension, seed,
 * replications, randomize, order and alpha. The one factory of these kinds: the criteria, the worker
 * evaluator and the `qmc` command all build their generators with it.
 *
 * @throws TypeError / RangeError naming the bad field (a field the kind does not have is a TypeError),
 *   or the generator's own error.
 *
 * @example
 * ```ts
 * const net = createSequence({ kind: "net", dimension: 3, seed: 7, replications: 1, order: "natural" });
 * const ps = net.points(1024, 2048); // the same points on every machine
 * ```
 */
export function createSequence(spec: SequenceSpec): Sequence {
  const s = validateOptions("spec", spec, ["kind", "dimension", "seed", "replications", "randomize", "order", "alpha"]);
  const kind = validateChoice("spec.kind", s.kind, SEQUENCE_KINDS);
  // The generator checks the dimension itself, against its own range and with its own hint.
  const dimension = s.dimension as number;
  const seed = validateSeed(s.seed, "spec.seed");
  const replications = validateReplications(s.replications);
  for (const [field, kinds] of [
    ["randomize", ["lattice", "net", "halton"]],
    ["order", ["lattice", "net"]],
    ["alpha", ["net"]],
  ] as const) {
    if (s[field] !== undefined && !(kinds as readonly string[]).includes(kind)) {
      throw new TypeError(`spec.${field} applies only to kind ${kinds.map((k) => `'${k}'`).join(", ")}; got kind '${kind}'`);
    }
  }
  const options: Record<string, unknown> = { seed, replications };
  if (s.randomize !== undefined) options.randomize = s.randomize;
  if (s.order !== undefined) options.order = s.order;
  if (s.alpha !== undefined) options.alpha = s.alpha;
  switch (kind) {
    case "lattice":
      return new Lattice(dimension, options as ConstructorParameters<typeof Lattice>[1]) as Sequence;
    case "net":
      return new DigitalNet(dimension, options as ConstructorParameters<typeof DigitalNet>[1]) as Sequence;
    case "halton":
      return new Halton(dimension, options as ConstructorParameters<typeof Halton>[1]) as Sequence;
    case "iid":
      return new IidUniform(dimension, { seed, replications });
  }
}
