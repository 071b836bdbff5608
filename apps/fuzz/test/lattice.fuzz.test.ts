import * as L from "@qmckit/lattice";
import fc from "fast-check";
import { describe, it } from "vitest";
import { checkPoints } from "../src/checkPoints.js";
import { ensure, ensureFinite, expectCovered, fuzz, mostly, optionsOf, weird } from "../src/harness.js";

const nonNegative = (v: unknown) => ensure(typeof v === "number" && v >= 0 && Number.isFinite(v), () => `value ${v}`);

/** Weights: mostly sane, sometimes huge (issue 14: 1e200 gave ∞ errors and repeated components). */
const weightsArb = fc.oneof(
  fc.constantFrom(1, 0.5, 1e-3, 1e90, 1e200, 0),
  fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 0, maxLength: 8 }),
);
const smallN = fc.constantFrom(2, 3, 5, 7, 16, 31, 64, 101, 128, 1021, 1024);

const recipes = [
  {
    name: "cbc",
    params: ["options", "dimension", "n", "mMin", "distinct", "weights", "orderWeights", "alpha", "extend"],
    args: fc.tuple(
      optionsOf({
        dimension: fc.integer({ min: 1, max: 6 }),
        n: smallN,
        mMin: fc.integer({ min: 0, max: 10 }),
        distinct: fc.boolean(),
        weights: weightsArb,
        orderWeights: fc.array(fc.double({ min: 0, max: 4, noNaN: true }), { minLength: 0, maxLength: 8 }),
        alpha: fc.integer({ min: 1, max: 3 }),
        extend: fc.record({
          generatingVector: fc.array(fc.integer({ min: 0, max: 2 ** 10 }), { minLength: 0, maxLength: 8 }),
          mMax: fc.integer({ min: 0, max: 9 }),
        }),
      }),
    ),
    run: ([o]: readonly unknown[]) => L.cbc(o as never),
    check: (v: unknown, [o]: readonly unknown[]) => {
      const r = v as L.CbcResult;
      for (const e of r.worstCaseErrorByDimensionAndLevel) nonNegative(e);
      const z = Array.from(r.generatingVector);
      for (const x of z) ensure(Number.isInteger(x) && x >= 1 && x < r.n, () => `component ${x} for n = ${r.n}`);
      if ((o as { distinct?: unknown }).distinct === true)
        ensure(new Set(z).size === z.length, () => `repeated component in ${z}`);
    },
    maxMs: 5000,
  },
  {
    name: "worstCaseError",
    params: ["generatingVector", "n", "options", "weights", "orderWeights", "alpha"],
    args: fc.tuple(
      mostly(fc.array(fc.integer({ min: 0, max: 2 ** 20 }), { minLength: 0, maxLength: 6 })),
      // n up to 2^32 is valid and costs O(n·d) by design (a direct sum): bad values, but no huge valid n.
      fc.oneof(
        { arbitrary: smallN, weight: 3 },
        { arbitrary: fc.constantFrom<unknown>(0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "3", 2 ** 33, null), weight: 1 },
      ),
      optionsOf({ weights: weightsArb, alpha: fc.integer({ min: 1, max: 3 }) }),
    ),
    run: ([z, n, o]: readonly unknown[]) => L.worstCaseError(z as number[], n as number, o as never),
    check: nonNegative,
  },
  {
    name: "korobovKernel",
    params: ["x", "alpha"],
    args: fc.tuple(mostly(fc.double({ min: -10, max: 10, noNaN: true })), mostly(fc.integer({ min: 1, max: 3 }))),
    run: ([x, a]: readonly unknown[]) => L.korobovKernel(x as number, a as never),
    check: (v: unknown, [x]: readonly unknown[]) => {
      if (typeof x === "number" && Number.isFinite(x)) ensureFinite("value", v);
    },
  },
  {
    name: "defaultGeneratingVector",
    params: [],
    args: fc.tuple(fc.constant(0)),
    run: () => L.defaultGeneratingVector(),
    check: (v: unknown) => ensure((v as Uint32Array).length === L.DEFAULT_GENERATING_VECTOR_DIMENSION, () => "length"),
    runs: 3,
  },
  {
    name: "defaultGeneratingVectorMMax",
    params: ["dimension"],
    args: fc.tuple(mostly(fc.integer({ min: 1, max: 4000 }))),
    run: ([d]: readonly unknown[]) => L.defaultGeneratingVectorMMax(d as number),
  },
  {
    name: "defaultGeneratingVectorWeights",
    params: ["dimension"],
    args: fc.tuple(mostly(fc.integer({ min: 1, max: 4000 }))),
    run: ([d]: readonly unknown[]) => L.defaultGeneratingVectorWeights(d as number),
    check: (v: unknown) => ensureFinite("weights", v),
  },
  {
    name: "parseGeneratingVector",
    params: ["text", "options", "header", "line"],
    args: fc.tuple(
      fc.oneof(
        fc
          .array(
            fc.oneof(fc.integer({ min: -3, max: 2 ** 33 }).map(String), fc.constantFrom("# c", "", "x", "1e3", "3.5", " 7 ")),
            {
              maxLength: 8,
            },
          )
          .map((lines) => lines.join("\n")),
        fc.string(),
        weird,
      ),
      optionsOf({ header: fc.constantFrom("auto", "none", "skip", true, false) }),
    ),
    run: ([t, o]: readonly unknown[]) => (L.parseGeneratingVector as (...a: unknown[]) => unknown)(t, o),
  },
  {
    name: "Lattice",
    params: [
      "dimension",
      "options",
      "randomize",
      "order",
      "seed",
      "replications",
      "generatingVector",
      "mMax",
      "n",
      "start",
      "end",
      "window",
      "replication",
      "out",
      "k",
    ],
    args: fc.tuple(
      mostly(fc.integer({ min: 1, max: 8 })),
      optionsOf({
        randomize: fc.constantFrom(...L.LATTICE_RANDOMIZATIONS),
        order: fc.constantFrom(...L.LATTICE_ORDERS),
        seed: fc.integer({ min: 0, max: 2 ** 53 - 1 }),
        replications: fc.integer({ min: 1, max: 3 }),
        generatingVector: fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 0, maxLength: 10 }),
        mMax: fc.integer({ min: 0, max: 32 }),
      }),
      fc.constantFrom("integers", "fillReplication", "shifts", "spawn"),
      mostly(fc.integer({ min: 0, max: 40 })),
      mostly(fc.integer({ min: 0, max: 3 })),
    ),
    run: ([d, o, method, a, r]: readonly unknown[]) => {
      const g = new L.Lattice(d as number, o as never);
      if (method === "integers") return g.integers(a as number);
      if (method === "shifts") return g.shifts;
      if (method === "spawn") return g.spawn(r as number);
      const n = typeof a === "number" && Number.isInteger(a) && a >= 0 && a <= 64 ? a : 1;
      const ps = g.fillReplication(new Float64Array(n * g.dimension), r as number, 0, n);
      checkPoints({ data: ps, replications: 1, n, dimension: g.dimension }, { replications: 1, n, dimension: g.dimension });
      return ps;
    },
  },
] as const;

describe("@qmckit/lattice", () => {
  it("every export has a recipe", () => {
    expectCovered(
      L as unknown as Record<string, unknown>,
      recipes.map((r) => r.name),
      {
        DEFAULT_GENERATING_VECTOR_DIMENSION: "a constant",
        DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION: "a constant",
        DEFAULT_GENERATING_VECTOR_M_MAX: "a constant",
        LATTICE_ORDERS: "a constant list",
        LATTICE_RANDOMIZATIONS: "a constant list",
      },
    );
  });
  for (const r of recipes) fuzz(r as never);
});
