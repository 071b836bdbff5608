import * as C from "@qmckit/core";
import * as S from "@qmckit/core/special";
import fc from "fast-check";
import { describe, it } from "vitest";
import { ensure, expectCovered, fuzz, mostly, weird } from "../src/harness.js";

const shapeArb = fc.record({
  maxPoints: fc.constantFrom(2 ** 10, 2 ** 32),
  replications: fc.integer({ min: 1, max: 4 }),
  dimension: fc.integer({ min: 1, max: 1000 }),
});
const count = mostly(fc.integer({ min: 0, max: 2 ** 12 }));
const name = fc.constantFrom("x", "dimension");

const recipes = [
  {
    name: "PointSet",
    params: ["data", "replications", "n", "dimension"],
    args: fc.tuple(mostly(fc.float64Array({ maxLength: 12 })), count, count, count),
    run: ([d, r, n, k]: readonly unknown[]) => new C.PointSet(d as Float64Array, r as number, n as number, k as number).toRows(),
  },
  {
    name: "RandomStream",
    params: ["seed", "bound", "k"],
    args: fc.tuple(
      mostly(fc.integer({ min: 0, max: 2 ** 53 - 1 })),
      mostly(fc.integer({ min: 1, max: 2 ** 32 })),
      mostly(fc.integer({ min: 0, max: 8 })),
    ),
    run: ([s, b, k]: readonly unknown[]) => {
      const r = new C.RandomStream(s as number);
      const u = r.nextFloat64();
      ensure(u >= 0 && u < 1, () => `nextFloat64 gave ${u}`);
      const v = r.nextBelow(b as number);
      ensure(Number.isInteger(v) && v >= 0 && v < (b as number), () => `nextBelow gave ${v}`);
      return r.spawn(k as number);
    },
  },
  {
    name: "drawSeed",
    params: [],
    args: fc.tuple(fc.constant(0)),
    run: () => C.drawSeed(),
    check: (v: unknown) => ensure(Number.isSafeInteger(v), () => `seed ${v}`),
  },
  {
    name: "mix32",
    params: ["x"],
    args: fc.tuple(mostly(fc.integer({ min: 0, max: 2 ** 32 - 1 }))),
    run: ([x]: readonly unknown[]) => C.mix32(x as number),
    check: (v: unknown) => ensure(Number.isInteger(v) && (v as number) >= 0 && (v as number) < 2 ** 32, () => `mix32 gave ${v}`),
  },
  { name: "mix64", params: ["z"], args: fc.tuple(mostly(fc.bigInt())), run: ([z]: readonly unknown[]) => C.mix64(z as bigint) },
  {
    name: "splitMix64",
    params: ["state", "count"],
    args: fc.tuple(mostly(fc.bigInt()), count),
    run: ([s, k]: readonly unknown[]) => C.splitMix64(s as bigint, k as number),
  },
  {
    name: "spawnSeeds",
    params: ["seed", "k"],
    args: fc.tuple(mostly(fc.integer({ min: 0, max: 2 ** 53 - 1 })), count),
    run: ([s, k]: readonly unknown[]) => C.spawnSeeds(s as number, k as number),
  },
  {
    name: "resolveCall",
    params: ["n", "start", "end", "window"],
    args: fc.tuple(shapeArb, count, fc.oneof(fc.constant(undefined), count)),
    run: ([g, a, b]: readonly unknown[]) => C.resolveCall(g as C.GeneratorShape, a, b),
  },
  {
    name: "generatePoints",
    params: ["n", "start", "end", "window"],
    args: fc.tuple(shapeArb, count, fc.oneof(fc.constant(undefined), count)),
    run: ([g, a, b]: readonly unknown[]) => C.generatePoints(g as C.GeneratorShape, a, b, (out) => out.fill(0.5)),
  },
  {
    name: "generateInto",
    params: ["out", "n", "start", "end", "window"],
    args: fc.tuple(shapeArb, mostly(fc.float64Array({ maxLength: 16 })), count, count),
    run: ([g, o, a, b]: readonly unknown[]) =>
      C.generateInto(g as C.GeneratorShape, o as Float64Array, a as number, b as number, () => {}),
  },
  {
    name: "generateReplicationInto",
    params: ["out", "replication", "n", "start", "end", "window"],
    args: fc.tuple(shapeArb, mostly(fc.float64Array({ maxLength: 16 })), count, count, count),
    run: ([g, o, r, a, b]: readonly unknown[]) =>
      C.generateReplicationInto(g as C.GeneratorShape, o as Float64Array, r as number, a as number, b as number, (out) =>
        out.fill(0.5),
      ),
  },
  {
    name: "allocateCall",
    params: ["n", "start", "end", "window"],
    args: fc.tuple(shapeArb, count, count),
    run: ([g, a, b]: readonly unknown[]) => C.allocateCall(Float64Array, C.resolveCall(g as C.GeneratorShape, a, b)),
  },
  {
    name: "allocateArray",
    params: ["x"],
    args: fc.tuple(fc.constantFrom(0, 8, 2 ** 40, 2 ** 29)),
    run: ([n]: readonly unknown[]) => C.allocateArray(Float64Array, n as number, "x"),
  },
  {
    name: "crc32",
    params: ["bytes"],
    args: fc.tuple(mostly(fc.uint8Array({ maxLength: 64 }))),
    run: ([b]: readonly unknown[]) => C.crc32(b as Uint8Array),
    check: (v: unknown) => ensure(Number.isInteger(v) && (v as number) >= 0 && (v as number) < 2 ** 32, () => `crc32 gave ${v}`),
  },
  {
    name: "checkMemory",
    params: ["x"],
    args: fc.tuple(mostly(fc.integer({ min: 0, max: 2 ** 40 }))),
    run: ([b]: readonly unknown[]) => C.checkMemory("x", b as number),
  },
  {
    name: "formatValue",
    params: [],
    args: fc.tuple(fc.anything()),
    run: ([v]: readonly unknown[]) => C.formatValue(v),
    check: (v: unknown) => ensure(typeof v === "string", () => "not a string"),
  },
  {
    name: "validateChoice",
    params: ["x", "dimension"],
    args: fc.tuple(name, weird),
    run: ([n, v]: readonly unknown[]) => C.validateChoice(n as string, v, ["a", "b"]),
  },
  {
    name: "validateFloatArray",
    params: ["x", "dimension"],
    args: fc.tuple(name, weird),
    run: ([n, v]: readonly unknown[]) => C.validateFloatArray(n as string, v),
  },
  {
    name: "validateInteger",
    params: ["x", "dimension"],
    args: fc.tuple(name, weird),
    run: ([n, v]: readonly unknown[]) => C.validateInteger(n as string, v, 0, 10),
  },
  {
    name: "validateOptions",
    params: ["x", "dimension"],
    args: fc.tuple(name, weird),
    run: ([n, v]: readonly unknown[]) => C.validateOptions(n as string, v as object, ["a"]),
  },
  {
    name: "validatePowerOfTwo",
    params: ["x", "dimension"],
    args: fc.tuple(name, weird),
    run: ([n, v]: readonly unknown[]) => C.validatePowerOfTwo(n as string, v as number),
  },
  {
    name: "validateReplications",
    params: ["replications"],
    args: fc.tuple(weird),
    run: ([v]: readonly unknown[]) => C.validateReplications(v),
  },
  { name: "validateSeed", params: ["seed"], args: fc.tuple(weird), run: ([v]: readonly unknown[]) => C.validateSeed(v) },
] as const;

describe("@qmckit/core", () => {
  it("every export has a recipe", () => {
    expectCovered(
      C as unknown as Record<string, unknown>,
      recipes.map((r) => r.name),
      {
        GOLDEN_GAMMA: "a constant",
        MAX_COORDINATES_PER_CALL: "a constant",
        MAX_REPLICATIONS: "a constant",
        MAX_SEED: "a constant",
        MEMORY_BUDGET_BYTES: "a constant",
      },
    );
  });
  for (const r of recipes) fuzz(r as never);
});

// Scalar special functions return NaN outside their domain (CONVENTIONS 9: hot inner functions are
// unchecked), so only their errors are fuzzed here: a wrong kind must not escape as an engine error.
const special: [string, number, (...a: never[]) => number][] = [
  ["erf", 1, S.erf],
  ["erfc", 1, S.erfc],
  ["logGamma", 1, S.logGamma],
  ["normalCdf", 1, S.normalCdf],
  ["normalQuantile", 1, S.normalQuantile],
  ["studentTQuantile", 2, S.studentTQuantile],
  ["betaIncomplete", 3, S.betaIncomplete],
];

describe("@qmckit/core/special", () => {
  it("every export has a recipe", () => {
    expectCovered(
      S as unknown as Record<string, unknown>,
      special.map(([n]) => n),
      {},
    );
  });
  for (const [fn, arity, f] of special) {
    fuzz({
      name: fn,
      params: ["x", "y", "p", "a", "b", "dof"],
      args: fc.array(mostly(fc.double({ min: -50, max: 50, noNaN: true })), { minLength: arity, maxLength: arity }),
      run: (args) => (f as (...a: unknown[]) => unknown)(...args),
      check: (v) => ensure(typeof v === "number", () => `${fn} returned ${typeof v}`),
    });
  }
});
