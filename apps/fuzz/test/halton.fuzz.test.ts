import * as H from "@qmckit/halton";
import fc from "fast-check";
import { describe, it } from "vitest";
import { checkPoints } from "../src/checkPoints.js";
import { ensure, expectCovered, fuzz, mostly, optionsOf } from "../src/harness.js";

const positiveInteger = (v: unknown) => ensure(Number.isInteger(v) && (v as number) >= 1, () => `value ${v}`);

const recipes = [
  {
    name: "firstPrimes",
    params: ["count"],
    args: fc.tuple(mostly(fc.integer({ min: 0, max: 1000 }))),
    run: ([c]: readonly unknown[]) => H.firstPrimes(c as number),
  },
  {
    name: "precisionDigits",
    params: ["base"],
    args: fc.tuple(mostly(fc.integer({ min: 2, max: 2 ** 16 }))),
    run: ([b]: readonly unknown[]) => H.precisionDigits(b as number),
    check: positiveInteger,
  },
  {
    name: "indexDigits",
    params: ["base"],
    args: fc.tuple(mostly(fc.integer({ min: 2, max: 2 ** 16 }))),
    run: ([b]: readonly unknown[]) => H.indexDigits(b as number),
    check: positiveInteger,
  },
  {
    // Methods beyond points/spawn (generators.fuzz.test.ts): one replication, the scramble, in any base.
    name: "Halton",
    params: [
      "dimension",
      "options",
      "randomize",
      "seed",
      "replications",
      "n",
      "start",
      "end",
      "window",
      "replication",
      "out",
      "j",
    ],
    args: fc.tuple(
      mostly(fc.integer({ min: 1, max: 40 })),
      optionsOf({
        randomize: fc.constantFrom(...H.HALTON_RANDOMIZATIONS),
        seed: fc.integer({ min: 0, max: 2 ** 53 - 1 }),
        replications: fc.integer({ min: 1, max: 3 }),
      }),
      fc.constantFrom("fillReplication", "digitScramble"),
      mostly(fc.integer({ min: 0, max: 40 })),
      mostly(fc.integer({ min: 0, max: 3 })),
      fc.integer({ min: 0, max: 2 ** 32 - 64 }),
    ),
    run: ([d, o, method, a, r, at]: readonly unknown[]) => {
      const g = new H.Halton(d as number, o as never);
      if (method === "digitScramble") return g.digitScramble(a as number, r as number);
      const n = typeof a === "number" && Number.isInteger(a) && a >= 0 && a <= 40 ? a : 1;
      const start = at as number;
      const out = g.fillReplication(new Float64Array(n * g.dimension), r as number, start, start + n);
      checkPoints({ data: out, replications: 1, n, dimension: g.dimension }, { replications: 1, n, dimension: g.dimension });
      return out;
    },
  },
] as const;

describe("@qmckit/halton", () => {
  it("every export has a recipe", () => {
    expectCovered(
      H as unknown as Record<string, unknown>,
      recipes.map((r) => r.name),
      {
        FAURE_LEMIEUX_MULTIPLIERS: "a constant table",
        HALTON_MAX_DIMENSION: "a constant",
        HALTON_RANDOMIZATIONS: "a constant list",
      },
    );
  });
  for (const r of recipes) fuzz(r as never);
});
