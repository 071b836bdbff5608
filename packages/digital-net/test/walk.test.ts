// Tier 3: identities of the integer construction — any window in either order equals the definition
// x_i = C · digits(i) (natural) / C · digits(gray(i)) (gray), and the fused float loops equal the three
// visible steps (walk → randomize → convert) bit for bit, for every window shape.
import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import {
  DigitalNet,
  digitalShift,
  drawNestedScramble,
  grayCode,
  integersToFloat,
  joeKuo,
  type NetMatrices,
  nestedUniformScramble,
  netWalk,
} from "../src/index.js";
import { floatWalkPlan } from "../src/internal/FloatWalkPlan.js";
import { nestedFloatWalk } from "../src/internal/nestedFloatWalk.js";
import { netFloatWalk } from "../src/internal/netFloatWalk.js";
import { firstMismatch } from "./helpers.js";

/** The definition: XOR of the columns selected by the binary digits of `digits`. */
function direct(m: NetMatrices, digits: number, j: number): [number, number] {
  let h = 0;
  let l = 0;
  for (let k = 0; k < m.columns; k++) {
    if (Math.floor(digits / 2 ** k) % 2 === 1) {
      h ^= m.hi[j * m.columns + k];
      l ^= m.lo[j * m.columns + k];
    }
  }
  return [h >>> 0, l >>> 0];
}

const WINDOWS: [number, number][] = [
  [0, 1],
  [0, 64],
  [1, 2],
  [3, 4],
  [5, 37],
  [6, 37],
  [7, 38],
  [255, 513],
  [1000, 1001],
  [2 ** 20 - 3, 2 ** 20 + 5],
  [2 ** 31 - 2, 2 ** 31 + 3],
  [2 ** 32 - 7, 2 ** 32],
  // Blocks of 8 rows across 2^31 and up to the capacity.
  [2 ** 31 - 21, 2 ** 31 + 43],
  [2 ** 32 - 40, 2 ** 32],
];

/** A random wide (64-row) matrix set: exercises the low words everywhere. */
function randomMatrices(d: number, seed: number): NetMatrices {
  const rng = new RandomStream(seed);
  return {
    dimension: d,
    columns: 32,
    rows: 64,
    hi: rng.fillUint32(new Uint32Array(d * 32)),
    lo: rng.fillUint32(new Uint32Array(d * 32)),
  };
}

describe("netWalk", () => {
  for (const order of ["natural", "gray"] as const) {
    it(`${order} order: every window equals the definition (Joe–Kuo and random 64-bit matrices)`, () => {
      for (const m of [joeKuo.matrices(9), randomMatrices(9, 5)]) {
        for (const [a, b] of WINDOWS) {
          const { hi, lo } = netWalk(m, a, b, order);
          for (let i = a; i < b; i++) {
            for (let j = 0; j < 9; j++) {
              const [h, l] = direct(m, order === "gray" ? grayCode(i) : i, j);
              const k = (i - a) * 9 + j;
              if (hi[k] !== h || lo[k] !== l) throw new Error(`${order} [${a},${b}) i=${i} j=${j}`);
            }
          }
        }
      }
      expect(grayCode(2 ** 32 - 1)).toBe(2 ** 31);
    });
  }

  it("gray position i holds the natural point gray(i)", () => {
    const m = joeKuo.matrices(4);
    const g = netWalk(m, 0, 1024, "gray").hi;
    const n = netWalk(m, 0, 1024, "natural").hi;
    for (let i = 0; i < 1024; i++) {
      expect(Array.from(g.subarray(i * 4, i * 4 + 4))).toEqual(Array.from(n.subarray(grayCode(i) * 4, grayCode(i) * 4 + 4)));
    }
  });
});

describe("fused float loops equal the three visible steps", () => {
  const shapes = [1, 3, 7, 8, 9, 17, 32];
  for (const order of ["natural", "gray"] as const) {
    it(`netFloatWalk = integersToFloat ∘ digitalShift ∘ netWalk (${order}, narrow and wide)`, () => {
      const rng = new RandomStream(11);
      for (const d of shapes) {
        for (const m of [joeKuo.matrices(d), randomMatrices(d, d)]) {
          const sh = rng.fillUint32(new Uint32Array(d));
          const sl = m.rows > 32 ? rng.fillUint32(new Uint32Array(d)) : new Uint32Array(d);
          const plan = floatWalkPlan(m, order, sh, sl);
          expect(plan.wide).toBe(m.rows > 32);
          for (const [a, b] of WINDOWS) {
            const { hi, lo } = netWalk(m, a, b, order);
            digitalShift(hi, lo, d, sh, sl);
            const want = integersToFloat(hi, lo);
            const got = netFloatWalk(plan, a, b, new Float64Array(3 + (b - a) * d), 3).subarray(3);
            expect(firstMismatch(got, want), `d=${d} [${a},${b})`).toBeUndefined();
          }
        }
      }
    });

    it(`nestedFloatWalk = integersToFloat ∘ nestedUniformScramble ∘ netWalk (${order})`, () => {
      for (const d of [1, 5, 13]) {
        const m = joeKuo.matrices(d);
        const nus = drawNestedScramble(new RandomStream(d), d);
        for (const bits of [1, 7, 32, 33, 53, 64]) {
          for (const [a, b] of WINDOWS.slice(0, 8)) {
            const base = netWalk(m, a, b, order).hi;
            const s = nestedUniformScramble(base, nus, bits);
            const want = integersToFloat(s.hi, s.lo);
            const got = nestedFloatWalk(m, nus, bits, order, a, b, new Float64Array((b - a) * d));
            expect(firstMismatch(got, want), `d=${d} bits=${bits} [${a},${b})`).toBeUndefined();
          }
        }
      }
    });
  }

  it("DigitalNet.points equals the float conversion of DigitalNet.integers in every mode", () => {
    for (const randomize of ["lms-ds", "lms", "ds", "nus", "none"] as const) {
      for (const alpha of [1, 2, 3]) {
        for (const bits of [20, 32, 53, 64]) {
          const net = new DigitalNet(4, { randomize, alpha, bits, seed: 9, replications: 2 });
          const ints = net.integers(13, 77);
          expect(
            firstMismatch(net.points(13, 77).data, integersToFloat(ints.hi, ints.lo)),
            `${randomize} α=${alpha} bits=${bits}`,
          ).toBeUndefined();
        }
      }
    }
  });
});
