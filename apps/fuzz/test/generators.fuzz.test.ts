import type { Sequence } from "@qmckit/core";
import { IidUniform } from "@qmckit/cubature";
import { DigitalNet, NET_ORDERS, NET_RANDOMIZATIONS } from "@qmckit/digital-net";
import { HALTON_RANDOMIZATIONS, Halton } from "@qmckit/halton";
import { LATTICE_ORDERS, LATTICE_RANDOMIZATIONS, Lattice } from "@qmckit/lattice";
import fc from "fast-check";
import { describe } from "vitest";
import { checkPoints } from "../src/checkPoints.js";
import { fuzz, mostly, optionsOf, weird } from "../src/harness.js";

type Make = (dimension: unknown, options: unknown) => Sequence;

const generators: [string, Make, Record<string, fc.Arbitrary<unknown>>][] = [
  [
    "Lattice",
    (d, o) => new Lattice(d as number, o as never),
    { randomize: fc.constantFrom(...LATTICE_RANDOMIZATIONS), order: fc.constantFrom(...LATTICE_ORDERS) },
  ],
  [
    "DigitalNet",
    (d, o) => new DigitalNet(d as number, o as never),
    {
      randomize: fc.constantFrom(...NET_RANDOMIZATIONS),
      order: fc.constantFrom(...NET_ORDERS),
      bits: fc.integer({ min: 1, max: 64 }),
      alpha: fc.integer({ min: 1, max: 3 }),
    },
  ],
  ["Halton", (d, o) => new Halton(d as number, o as never), { randomize: fc.constantFrom(...HALTON_RANDOMIZATIONS) }],
  ["IidUniform", (d, o) => new IidUniform(d as number, o as never), {}],
];

/** A window: mostly small and valid, sometimes reversed, fractional, huge or of the wrong kind. */
const windowArb = fc.oneof(
  {
    arbitrary: fc.tuple(fc.integer({ min: 0, max: 64 }), fc.integer({ min: 0, max: 300 })).map(([a, l]) => [a, a + l]),
    weight: 6,
  },
  { arbitrary: fc.tuple(mostly(fc.integer({ min: 0, max: 2 ** 40 })), mostly(fc.integer({ min: 0, max: 2 ** 40 }))), weight: 2 },
  { arbitrary: fc.tuple(weird, fc.constant(undefined)), weight: 1 },
);

const dimensionArb = mostly(fc.integer({ min: 1, max: 12 }));

describe.each(generators)("%s", (name, make, modes) => {
  const options = optionsOf({
    ...modes,
    seed: fc.integer({ min: 0, max: 2 ** 53 - 1 }),
    replications: fc.integer({ min: 1, max: 3 }),
  });

  fuzz({
    name: `${name}#points`,
    params: ["dimension", "options", ...Object.keys(modes), "seed", "replications", "n", "start", "end", "window"],
    args: fc.tuple(dimensionArb, options, windowArb),
    run: ([d, o, [a, b]]) => {
      const g = make(d, o);
      return { g, ps: b === undefined ? g.points(a as number) : g.points(a as number, b as number) };
    },
    check: (v) => {
      const { g, ps } = v as { g: Sequence; ps: { n: number } };
      checkPoints(ps, { replications: g.replications, n: ps.n, dimension: g.dimension });
    },
  });

  fuzz({
    name: `${name}#spawn`,
    params: ["dimension", "options", ...Object.keys(modes), "seed", "replications", "k"],
    args: fc.tuple(dimensionArb, options, mostly(fc.integer({ min: 0, max: 4 }))),
    run: ([d, o, k]) => make(d, o).spawn(k as number),
    runs: 30,
  });
});
