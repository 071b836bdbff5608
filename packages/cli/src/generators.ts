import type { Sequence } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { Halton } from "@qmckit/halton";
import { Lattice } from "@qmckit/lattice";
import { UsageError } from "./UsageError.js";

/** The generators `qmc points` knows, by their command-line names. */
export const GENERATORS = ["lattice", "net", "halton"] as const;
export type GeneratorName = (typeof GENERATORS)[number];

/** Options of `qmc points` that reach the generator. */
export interface GeneratorArgs {
  randomize?: string;
  order?: string;
  alpha?: number;
  seed?: number;
  replications?: number;
}

/**
 * Builds the named generator. Options a generator does not have are usage errors; option values are
 * checked by the generator itself, whose RangeError/TypeError messages reach the user unchanged.
 */
export function createGenerator(name: GeneratorName, dimension: number, args: GeneratorArgs): Sequence {
  const { randomize, order, alpha, seed, replications } = args;
  const common = { seed, replications };
  const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  if (alpha !== undefined && name !== "net") throw new UsageError(`--alpha applies only to the net generator, not ${name}`);
  switch (name) {
    case "lattice":
      return new Lattice(dimension, clean({ ...common, randomize, order } as ConstructorParameters<typeof Lattice>[1] & object));
    case "net":
      return new DigitalNet(
        dimension,
        clean({ ...common, randomize, order, alpha } as ConstructorParameters<typeof DigitalNet>[1] & object),
      );
    case "halton":
      if (order !== undefined) throw new UsageError("--order applies only to the lattice and net generators, not halton");
      return new Halton(dimension, clean({ ...common, randomize } as ConstructorParameters<typeof Halton>[1] & object));
  }
}
