import { RandomStream } from "@qmckit/core";
import * as N from "@qmckit/digital-net";
import fc from "fast-check";
import { describe, it } from "vitest";
import { checkPoints } from "../src/checkPoints.js";
import { ensure, expectCovered, fuzz, mostly, optionsOf } from "../src/harness.js";

/**
 * The net kernels (netWalk, digitalShift, the scrambles, interlacing, conversions) are documented as
 * unchecked inner functions (CONVENTIONS 9: validate once at the boundary, DigitalNet's constructor and
 * window checks): they are fuzzed with well-formed arguments of random sizes and values, asserting
 * sound output and bounded time, not with wrong kinds. The validating entries (DigitalNet,
 * matricesFromColumns, grayCode's index) get wrong kinds as everywhere else.
 */
const dimArb = fc.integer({ min: 1, max: 6 });
const words = (length: number) => fc.uint32Array({ minLength: length, maxLength: length });
const pointsArb = fc
  .tuple(dimArb, fc.integer({ min: 0, max: 16 }))
  .chain(([d, n]) => fc.tuple(fc.constant(d), fc.constant(n), words(n * d), words(n * d)));

const recipes = [
  {
    name: "DigitalNet",
    params: [
      "dimension",
      "options",
      "randomize",
      "order",
      "alpha",
      "bits",
      "generatingMatrices",
      "seed",
      "replications",
      "n",
      "start",
      "end",
      "window",
      "replication",
      "out",
    ],
    args: fc.tuple(
      mostly(fc.integer({ min: 1, max: 8 })),
      optionsOf({
        randomize: fc.constantFrom(...N.NET_RANDOMIZATIONS),
        order: fc.constantFrom(...N.NET_ORDERS),
        alpha: fc.integer({ min: 1, max: 3 }),
        bits: fc.integer({ min: 1, max: 64 }),
        seed: fc.integer({ min: 0, max: 2 ** 53 - 1 }),
        replications: fc.integer({ min: 1, max: 3 }),
      }),
      fc.constantFrom("integers", "fillReplication"),
      mostly(fc.integer({ min: 0, max: 40 })),
      mostly(fc.integer({ min: 0, max: 3 })),
    ),
    run: ([d, o, method, a, r]: readonly unknown[]) => {
      const g = new N.DigitalNet(d as number, o as never);
      if (method === "integers") return N.integerValues(g.integers(a as number));
      const n = typeof a === "number" && Number.isInteger(a) && a >= 0 && a <= 40 ? a : 1;
      const out = g.fillReplication(new Float64Array(n * g.dimension), r as number, 0, n);
      checkPoints({ data: out, replications: 1, n, dimension: g.dimension }, { replications: 1, n, dimension: g.dimension });
      return out;
    },
  },
  {
    name: "integerValues",
    params: ["ints"],
    args: pointsArb,
    run: ([d, n, hi, lo]: readonly unknown[]) =>
      N.integerValues({
        hi: hi as Uint32Array,
        lo: lo as Uint32Array,
        bits: 64,
        replications: 1,
        n: n as number,
        dimension: d as number,
      }),
    check: (v: unknown, [, , hi]: readonly unknown[]) =>
      ensure((v as BigUint64Array).length === (hi as Uint32Array).length, () => "length"),
  },
  {
    name: "grayCode",
    params: ["i"],
    args: fc.tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 })),
    run: ([i]: readonly unknown[]) => N.grayCode(i as number),
    check: (v: unknown) => ensure(Number.isInteger(v) && (v as number) >= 0 && (v as number) < 2 ** 32, () => `gray code ${v}`),
  },
  {
    name: "digitalShift",
    params: [],
    args: pointsArb.chain(([d, n, hi, lo]) =>
      fc.tuple(fc.constant(d), fc.constant(n), fc.constant(hi), fc.constant(lo), words(d), words(d)),
    ),
    run: ([d, , hi, lo, sh, sl]: readonly unknown[]) =>
      N.digitalShift(hi as Uint32Array, lo as Uint32Array, d as number, sh as Uint32Array, sl as Uint32Array),
  },
  {
    name: "integersToFloat",
    params: [],
    args: pointsArb,
    run: ([, , hi, lo]: readonly unknown[]) => N.integersToFloat(hi as Uint32Array, lo as Uint32Array),
    check: (v: unknown) => {
      for (const x of v as Float64Array) ensure(x >= 0 && x < 1, () => `value ${x} outside [0, 1)`);
    },
  },
  {
    name: "interlacePoints",
    params: [],
    args: fc
      .tuple(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 64 }),
      )
      .chain(([d, alpha, n, bits]) =>
        fc.tuple(fc.constant(d), fc.constant(alpha), fc.constant(bits), words(n * d * alpha), words(n * d * alpha)),
      ),
    run: ([d, alpha, bits, hi, lo]: readonly unknown[]) =>
      N.interlacePoints(hi as Uint32Array, lo as Uint32Array, (d as number) * (alpha as number), alpha as number, bits as number),
  },
  {
    name: "netWalk",
    params: [],
    args: fc.tuple(
      dimArb,
      fc.integer({ min: 0, max: 2 ** 32 - 64 }),
      fc.integer({ min: 0, max: 40 }),
      fc.constantFrom(...N.NET_ORDERS),
    ),
    run: ([d, a, n, order]: readonly unknown[]) =>
      N.netWalk(N.joeKuo.matrices(d as number), a as number, (a as number) + (n as number), order as N.NetOrder),
  },
  {
    name: "drawLinearScramble",
    params: [],
    args: fc.tuple(fc.integer({ min: 0, max: 1000 }), dimArb, fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 64 })),
    run: ([s, d, p, b]: readonly unknown[]) =>
      N.drawLinearScramble(new RandomStream(s as number), d as number, p as number, b as number),
  },
  {
    name: "linearMatrixScramble",
    params: [],
    args: fc.tuple(fc.integer({ min: 0, max: 1000 }), dimArb, fc.integer({ min: 1, max: 64 })),
    run: ([s, d, bits]: readonly unknown[]) => {
      const m = N.joeKuo.matrices(d as number);
      const scramble = N.drawLinearScramble(new RandomStream(s as number), d as number, m.rows, bits as number);
      return N.linearMatrixScramble(m, scramble, bits as number);
    },
  },
  {
    name: "interlaceMatrices",
    params: [],
    args: fc.tuple(dimArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 64 })),
    run: ([d, alpha, bits]: readonly unknown[]) =>
      N.interlaceMatrices(N.joeKuo.matrices((d as number) * (alpha as number)), alpha as number, bits as number),
  },
  {
    name: "drawNestedScramble",
    params: [],
    args: fc.tuple(fc.integer({ min: 0, max: 1000 }), dimArb),
    run: ([s, d]: readonly unknown[]) => N.drawNestedScramble(new RandomStream(s as number), d as number),
  },
  {
    name: "nestedScrambleFromKeys",
    params: [],
    args: dimArb.chain((d) =>
      fc.tuple(
        fc.constant(d),
        fc.int32Array({ minLength: d * N.NESTED_KEYS_PER_COORDINATE, maxLength: d * N.NESTED_KEYS_PER_COORDINATE }),
      ),
    ),
    run: ([d, keys]: readonly unknown[]) => N.nestedScrambleFromKeys(keys as Int32Array, d as number),
  },
  {
    name: "nestedUniformScramble",
    params: [],
    args: fc
      .tuple(fc.integer({ min: 0, max: 1000 }), dimArb, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 64 }))
      .chain(([s, d, n, bits]) => fc.tuple(fc.constant(s), fc.constant(d), fc.constant(bits), words(n * d))),
    run: ([s, d, bits, pts]: readonly unknown[]) =>
      N.nestedUniformScramble(
        pts as Uint32Array,
        N.drawNestedScramble(new RandomStream(s as number), d as number),
        bits as number,
      ),
  },
  {
    name: "decodeDirectionNumbers",
    params: ["table", "count"],
    args: fc.tuple(
      mostly(
        fc.record({
          name: fc.string(),
          maxDimension: fc.integer({ min: 0, max: 64 }),
          data: fc.base64String({ maxLength: 200 }),
        }),
      ),
      mostly(fc.integer({ min: 0, max: 64 })),
    ),
    run: ([t, c]: readonly unknown[]) => N.decodeDirectionNumbers(t as never, c as number),
    check: (v: unknown, [, c]: readonly unknown[]) => {
      const params = v as N.SobolParameters[];
      ensure(params.length === c, () => `${params.length} records for count ${c}`);
      for (const p of params)
        ensure(p.s >= 0 && p.s < 32 && p.m.length === Math.max(0, p.s), () => `record ${JSON.stringify(p)}`);
    },
  },
  {
    name: "sobolGeneratingMatrices",
    params: ["table", "dimension", "count"],
    args: fc.tuple(
      mostly(
        fc.record({
          name: fc.string(),
          maxDimension: fc.integer({ min: 0, max: 64 }),
          data: fc.base64String({ maxLength: 200 }),
        }),
      ),
      mostly(fc.integer({ min: 1, max: 70 })),
    ),
    run: ([t, d]: readonly unknown[]) => N.sobolGeneratingMatrices(t as never).matrices(d as number),
    check: (v: unknown, [, d]: readonly unknown[]) =>
      ensure((v as N.NetMatrices).hi.length === (d as number) * 32, () => "hi length"),
  },
  {
    // The default table: matrices(d) of any d (issue 14 class: a huge d asked for gigabytes).
    name: "joeKuo",
    params: ["dimension"],
    args: fc.tuple(mostly(fc.integer({ min: 1, max: 1100 }))),
    run: ([d]: readonly unknown[]) => N.joeKuo.matrices(d as number),
    runs: 20,
  },
  {
    name: "matricesFromColumns",
    params: ["columns", "options", "precision", "name", "dimension"],
    args: fc.tuple(
      mostly(
        fc.array(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 2 ** 32 }), fc.bigInt({ min: 0n, max: 2n ** 33n })), { maxLength: 6 }),
          {
            maxLength: 4,
          },
        ),
      ),
      optionsOf({ precision: fc.integer({ min: 0, max: 40 }), name: fc.string() }),
      mostly(fc.integer({ min: 1, max: 5 })),
    ),
    run: ([c, o, d]: readonly unknown[]) =>
      (N.matricesFromColumns(c as never, o as never) as N.GeneratingMatrices).matrices(d as number),
  },
] as const;

describe("@qmckit/digital-net", () => {
  it("every export has a recipe", () => {
    expectCovered(
      N as unknown as Record<string, unknown>,
      recipes.map((r) => r.name),
      {
        NESTED_KEYS_PER_COORDINATE: "a constant",
        NET_ORDERS: "a constant list",
        NET_RANDOMIZATIONS: "a constant list",
      },
    );
  });
  for (const r of recipes) fuzz(r as never);
});
