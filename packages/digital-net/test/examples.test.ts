// The @example blocks of the TSDoc, run as written (values exact).
import { mix32, RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { JOE_KUO_1024 } from "../src/data/joeKuo1024.js";
import {
  DigitalNet,
  decodeDirectionNumbers,
  digitalShift,
  drawLinearScramble,
  drawNestedScramble,
  grayCode,
  integersToFloat,
  integerValues,
  interlaceMatrices,
  interlacePoints,
  joeKuo,
  type LinearScramble,
  linearMatrixScramble,
  matricesFromColumns,
  NET_ORDERS,
  NET_RANDOMIZATIONS,
  type NetMatrices,
  nestedScrambleFromKeys,
  nestedUniformScramble,
  netWalk,
  sobolGeneratingMatrices,
} from "../src/index.js";
import { floatWalkPlan } from "../src/internal/FloatWalkPlan.js";
import { hash32 } from "../src/internal/hash32.js";
import { nestedFloatWalk } from "../src/internal/nestedFloatWalk.js";
import { netFloatWalk } from "../src/internal/netFloatWalk.js";
import { sobolMatrices } from "../src/internal/sobolMatrices.js";
import { joeKuoFull } from "../src/joe-kuo-full.js";

describe("TSDoc examples", () => {
  it("NET_RANDOMIZATIONS, NET_ORDERS, ResolvedDigitalNetOptions", () => {
    for (const randomize of NET_RANDOMIZATIONS) expect(new DigitalNet(2, { randomize, seed: 1 }).points(8).n).toBe(8);
    expect(NET_ORDERS.includes("gray")).toBe(true);
    expect(new DigitalNet(2, { seed: 1 }).options.bits).toBe(53);
  });

  it("DigitalNet", () => {
    const net = new DigitalNet(3, { seed: 7 });
    const ps = net.points(1024);
    const next = net.points(1024, 2048);
    expect([ps.n, next.n, ps.data.length]).toEqual([1024, 1024, 3072]);
    expect(new DigitalNet(2, { randomize: "none", order: "gray" }).points(4).toRows()).toEqual([
      [0, 0],
      [0.5, 0.5],
      [0.75, 0.25],
      [0.25, 0.75],
    ]);
    const ints = new DigitalNet(2, { seed: 1 }).integers(8);
    expect(ints.hi[2] / 2 ** 32).toBe(Math.floor(new DigitalNet(2, { seed: 1 }).points(8).data[2] * 2 ** 32) / 2 ** 32);
  });

  it("NetMatrices (van der Corput, 2 columns)", () => {
    const vdc: NetMatrices = {
      dimension: 1,
      columns: 2,
      rows: 2,
      hi: new Uint32Array([0x80000000, 0x40000000]),
      lo: new Uint32Array(2),
    };
    expect(Array.from(netWalk(vdc, 0, 4, "natural").hi, (w) => w / 2 ** 32)).toEqual([0, 0.5, 0.25, 0.75]);
  });

  it("tables: joeKuo, joeKuoFull, sobolMatrices, sobolGeneratingMatrices, decodeDirectionNumbers", () => {
    expect(joeKuo.matrices(3).hi[1 * 32 + 1]).toBe(3221225472);
    expect(decodeDirectionNumbers(JOE_KUO_1024, 3)[2]).toEqual({ s: 2, a: 1, m: [1, 3] });
    expect(decodeDirectionNumbers(JOE_KUO_1024, 4)[3]).toEqual({ s: 3, a: 1, m: [1, 3, 1] });
    expect(Array.from(sobolMatrices(JOE_KUO_1024, 2).hi.subarray(32, 36))).toEqual([
      2147483648, 3221225472, 2684354560, 4026531840,
    ]);
    expect(sobolGeneratingMatrices(JOE_KUO_1024).matrices(2).hi[0]).toBe(2147483648);
    expect(new DigitalNet(8, { generatingMatrices: joeKuo, seed: 1 }).points(5).data).toEqual(
      new DigitalNet(8, { seed: 1 }).points(5).data,
    );
    expect(new DigitalNet(5000, { generatingMatrices: joeKuoFull, seed: 7 }).points(2).n).toBe(2);
  });

  it("matricesFromColumns", () => {
    const m = matricesFromColumns(
      [
        [4, 2, 1],
        [4, 6, 5],
      ],
      { precision: 3 },
    );
    expect(new DigitalNet(2, { generatingMatrices: m, randomize: "none" }).points(4).toRows()).toEqual([
      [0, 0],
      [0.5, 0.5],
      [0.25, 0.75],
      [0.75, 0.25],
    ]);
  });

  it("linearMatrixScramble and drawLinearScramble", () => {
    const S: LinearScramble = {
      dimension: 1,
      precision: 2,
      hi: new Uint32Array([0xc0000000, 0x40000000]),
      lo: new Uint32Array(2),
    };
    const C = { dimension: 1, columns: 2, rows: 2, hi: new Uint32Array([0x80000000, 0x40000000]), lo: new Uint32Array(2) };
    expect(Array.from(linearMatrixScramble(C, S, 2).hi)).toEqual([0xc0000000, 0x40000000]);
    const drawn = drawLinearScramble(new RandomStream(1), 3, 32, 53);
    expect(drawn.hi[0] >>> 31).toBe(1);
  });

  it("digitalShift, interlaceMatrices, interlacePoints, grayCode, integersToFloat", () => {
    const hi = new Uint32Array([0, 0x80000000]);
    digitalShift(hi, new Uint32Array(2), 1, new Uint32Array([0x40000000]), new Uint32Array(1));
    expect(Array.from(hi)).toEqual([0x40000000, 0xc0000000]);
    const base = { dimension: 2, columns: 1, rows: 6, hi: new Uint32Array([52 << 26, 45 << 26]), lo: new Uint32Array(2) };
    expect(interlaceMatrices(base, 2, 12).hi[0] >>> 20).toBe(3697);
    expect(interlacePoints(new Uint32Array([0xc0000000, 0]), new Uint32Array(2), 1, 2, 4).hi[0] >>> 28).toBe(10);
    expect([grayCode(2), grayCode(2 ** 32 - 1)]).toEqual([3, 2147483648]);
    expect(integersToFloat(new Uint32Array([0xffffffff]), new Uint32Array([0xffffffff]))[0]).toBe(1 - 2 ** -53);
  });

  it("netWalk, floatWalkPlan, netFloatWalk, integerValues", () => {
    expect(Array.from(netWalk(joeKuo.matrices(2), 0, 4, "natural").hi, (w) => w / 2 ** 32)).toEqual([
      0, 0, 0.5, 0.5, 0.25, 0.75, 0.75, 0.25,
    ]);
    const d = 2;
    const plan = floatWalkPlan(joeKuo.matrices(d), "gray", new Uint32Array(d), new Uint32Array(d));
    expect(Array.from(netFloatWalk(plan, 0, 4, new Float64Array(4 * d)))).toEqual([0, 0, 0.5, 0.5, 0.75, 0.25, 0.25, 0.75]);
    const plan1 = floatWalkPlan(joeKuo.matrices(1), "natural", new Uint32Array([0x40000000]), new Uint32Array(1));
    expect(Array.from(netFloatWalk(plan1, 0, 4, new Float64Array(4)))).toEqual([0.25, 0.75, 0, 0.5]);
    const ints = new DigitalNet(2, { randomize: "none", bits: 32 }).integers(0, 2);
    expect(Array.from(integerValues(ints))).toEqual([0n, 0n, 2147483648n, 2147483648n]);
  });

  it("nested scrambling: drawNestedScramble, nestedScrambleFromKeys, nestedUniformScramble, nestedFloatWalk, hash32", () => {
    const nus = drawNestedScramble(new RandomStream(3), 1);
    const { hi } = nestedUniformScramble(new Uint32Array([0, 0x80000000]), nus, 32);
    expect((hi[0] ^ hi[1]) >>> 31).toBe(1);
    expect(nestedScrambleFromKeys(new Int32Array(9), 1).top.length).toBe(256);
    const nus2 = drawNestedScramble(new RandomStream(5), 2);
    const out = nestedFloatWalk(joeKuo.matrices(2), nus2, 53, "natural", 0, 4, new Float64Array(8));
    expect(out.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(hash32(1) >>> 0).toBe(mix32(1));
  });
});
