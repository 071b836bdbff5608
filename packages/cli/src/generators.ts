import { drawSeed, MAX_REPLICATIONS, MAX_SEED, type Sequence } from "@qmckit/core";
import { createSequence, SEQUENCE_KINDS, type SequenceKind, type SequenceSpec } from "@qmckit/cubature";
import { DigitalNet, type DigitalNetOptions, joeKuo } from "@qmckit/digital-net";
import { UsageError } from "./UsageError.js";

/** The generators `qmc points` knows: the kinds of cubature's `createSequence`. */
export const GENERATORS: readonly SequenceKind[] = SEQUENCE_KINDS;
export type GeneratorName = SequenceKind;

/** The direction-number tables of `--table` (net only). */
export const NET_TABLES = Object.freeze(["default", "full"] as const);
export type NetTable = (typeof NET_TABLES)[number];

/** Options of `qmc points` that reach the generator. */
export interface GeneratorArgs {
  randomize?: string;
  order?: string;
  alpha?: number;
  seed?: number;
  replications?: number;
  table?: NetTable;
}

/** A generator built for the command line, with whether its seed was drawn (to be reported). */
export interface BuiltGenerator {
  generator: Sequence;
  seedDrawn: boolean;
}

/** Which options apply to which generators, for command-line messages. */
const APPLIES: Record<"randomize" | "order" | "alpha" | "table", readonly SequenceKind[]> = {
  randomize: ["lattice", "net", "halton"],
  order: ["lattice", "net"],
  alpha: ["net"],
  table: ["net"],
};

/** `a`, `a and b`, `a, b and c`. */
function list(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Rephrases a library error for the command line: a message that starts with an option name
 * (`dimension must be …`, `spec.order …`) is about the option `--dimension`, and advice addressed to
 * library users (pass your own generating vector) is dropped, since the command line cannot follow it.
 */
export function cliMessage(message: string): string {
  return message
    .replace(/^(?:spec\.)?(dimension|seed|replications|randomize|order|alpha|n|start) (must|has|applies)\b/, "--$1 $2")
    .replace(/; pass your own generatingVector for more/, "");
}

/**
 * Builds the named generator through cubature's {@link createSequence} (the one factory of the kinds
 * lattice, net, halton and iid), or, for `--table full`, a {@link DigitalNet} over the full Joe–Kuo
 * table loaded from `@qmckit/digital-net/joe-kuo-full` on demand. Options a generator does not have
 * are usage errors; option values are checked by the generator itself. Without `seed`, one is drawn
 * from a cryptographic source (and `seedDrawn` is true, so that the caller reports it).
 */
export async function createGenerator(name: GeneratorName, dimension: number, args: GeneratorArgs): Promise<BuiltGenerator> {
  for (const option of ["randomize", "order", "alpha", "table"] as const) {
    if (args[option] !== undefined && !APPLIES[option].includes(name)) {
      const kinds = APPLIES[option];
      throw new UsageError(`--${option} applies only to the ${list(kinds)} generator${kinds.length > 1 ? "s" : ""}, not ${name}`);
    }
  }
  const seedDrawn = args.seed === undefined;
  const seed = args.seed ?? drawSeed();
  const replications = args.replications ?? 1;
  if (name === "net") {
    const alpha = args.alpha ?? 1;
    const full = args.table === "full";
    const table = full
      ? ((await import("@qmckit/digital-net/joe-kuo-full")) as typeof import("@qmckit/digital-net/joe-kuo-full")).joeKuoFull
      : joeKuo;
    const maxDimension = Math.floor(table.maxDimension / alpha);
    if (
      Number.isInteger(alpha) &&
      alpha >= 1 &&
      Number.isInteger(dimension) &&
      (dimension < 1 || dimension > maxDimension) &&
      maxDimension >= 1
    ) {
      const withAlpha = alpha > 1 ? ` with --alpha ${alpha}` : "";
      // Advice only where it helps: a dimension beyond the default table.
      const how =
        dimension < 1
          ? ""
          : full
            ? ` (the full Joe–Kuo table has ${table.maxDimension} dimensions)`
            : " (--table full loads the full Joe–Kuo table, up to 21201 dimensions)";
      throw new RangeError(
        `--dimension must be an integer in [1, ${maxDimension}] for net${withAlpha} and --table ${full ? "full" : "default"}; got ${dimension}${how}`,
      );
    }
    if (full) {
      const options: DigitalNetOptions = { seed, replications, generatingMatrices: table };
      if (args.randomize !== undefined) options.randomize = args.randomize as DigitalNetOptions["randomize"];
      if (args.order !== undefined) options.order = args.order as DigitalNetOptions["order"];
      if (args.alpha !== undefined) options.alpha = args.alpha;
      return { generator: new DigitalNet(dimension, options), seedDrawn };
    }
  }
  const spec: SequenceSpec = { kind: name, dimension, seed, replications };
  if (args.randomize !== undefined) spec.randomize = args.randomize;
  if (args.order !== undefined) spec.order = args.order;
  if (args.alpha !== undefined) spec.alpha = args.alpha;
  return { generator: createSequence(spec), seedDrawn };
}

/** Ranges of the integer options that do not depend on the generator. */
export const OPTION_RANGES = {
  seed: [0, MAX_SEED],
  replications: [1, MAX_REPLICATIONS],
} as const;
