// Properties of the DigitalNet class beyond the shared contract: options, bit widths, prefix stability
// in dimension and replications, spawn, user matrices, the integer form.
import { spawnSeeds } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import {
  DigitalNet,
  integersToFloat,
  integerValues,
  joeKuo,
  matricesFromColumns,
  NET_ORDERS,
  NET_RANDOMIZATIONS,
} from "../src/index.js";
import { firstMismatch, word } from "./helpers.js";

describe("DigitalNet", () => {
  it("defaults: lms-ds, natural, alpha 1, 53 bits, Joe–Kuo, one replication, maxPoints 2^32", () => {
    const net = new DigitalNet(4, { seed: 1 });
    expect(net.options).toEqual({
      randomize: "lms-ds",
      order: "natural",
      alpha: 1,
      bits: 53,
      generatingMatrices: joeKuo,
      replications: 1,
      seed: 1,
    });
    expect([net.dimension, net.replications, net.seed, net.maxPoints]).toEqual([4, 1, 1, 2 ** 32]);
    expect([net.randomize, net.order]).toEqual(["lms-ds", "natural"]);
  });

  it("options are frozen and rebuild the same net; randomize and order mirror them", () => {
    const net = new DigitalNet(3, { randomize: "nus", order: "gray", alpha: 2, bits: 40, replications: 2, seed: 6 });
    expect(Object.isFrozen(net.options)).toBe(true);
    expect([net.randomize, net.order]).toEqual(["nus", "gray"]);
    expect(firstMismatch(new DigitalNet(3, net.options).points(50).data, net.points(50).data)).toBeUndefined();
    expect(NET_RANDOMIZATIONS).toEqual(["lms-ds", "lms", "ds", "nus", "none"]);
    expect(NET_ORDERS).toEqual(["natural", "gray"]);
    expect(Object.isFrozen(NET_RANDOMIZATIONS) && Object.isFrozen(NET_ORDERS)).toBe(true);
  });

  for (const randomize of NET_RANDOMIZATIONS) {
    it(`${randomize}: a net with fewer bits is the truncation of the same net with 64 bits (alpha 1 and 3)`, () => {
      for (const alpha of [1, 3]) {
        const wide = new DigitalNet(3, { randomize, alpha, bits: 64, seed: 5 }).integers(100, 164);
        for (const bits of [1, 13, 32, 40, 53]) {
          const narrow = new DigitalNet(3, { randomize, alpha, bits, seed: 5 }).integers(100, 164);
          const mask = ((1n << BigInt(bits)) - 1n) << BigInt(64 - bits);
          for (let i = 0; i < wide.hi.length; i++) {
            expect(word(narrow.hi[i], narrow.lo[i])).toBe(word(wide.hi[i], wide.lo[i]) & mask);
          }
          expect(narrow.bits).toBe(bits);
        }
      }
    });

    it(`${randomize}: the first coordinates and first replications do not depend on dimension or R`, () => {
      const small = new DigitalNet(3, { randomize, seed: 8 }).points(40);
      const big = new DigitalNet(7, { randomize, seed: 8, replications: 3 }).points(40);
      const cut = Float64Array.from({ length: 120 }, (_, k) => big.data[Math.floor(k / 3) * 7 + (k % 3)]);
      expect(firstMismatch(cut, small.data)).toBeUndefined();
    });
  }

  it("points never reach 1.0, even with 64 bits and the all-ones word", () => {
    expect(integersToFloat(new Uint32Array([0xffffffff]), new Uint32Array([0xffffffff]))[0]).toBe(1 - 2 ** -53);
    const ps = new DigitalNet(8, { bits: 64, randomize: "ds", seed: 3, replications: 8 }).points(4096);
    expect(ps.data.reduce((a, b) => Math.max(a, b), 0)).toBeLessThan(1);
  });

  it("spawn(k): children keep every option and take the seeds spawnSeeds(seed, k)", () => {
    const net = new DigitalNet(3, { randomize: "nus", order: "gray", alpha: 2, bits: 40, replications: 2, seed: 10 });
    const kids = net.spawn(3);
    expect(kids.map((k) => k.seed)).toEqual(spawnSeeds(10, 3));
    for (const k of kids) {
      expect(k.options).toEqual({ ...net.options, seed: k.seed });
      const twin = new DigitalNet(3, { randomize: "nus", order: "gray", alpha: 2, bits: 40, replications: 2, seed: k.seed });
      expect(firstMismatch(k.points(30).data, twin.points(30).data)).toBeUndefined();
    }
  });

  it("'lms' keeps the origin as the first point; 'ds' and 'none' keep the unscrambled digits", () => {
    expect(Array.from(new DigitalNet(5, { randomize: "lms", seed: 2 }).points(1).data)).toEqual([0, 0, 0, 0, 0]);
    const ds = new DigitalNet(2, { randomize: "ds", seed: 2, bits: 32 }).integers(8);
    const none = new DigitalNet(2, { randomize: "none", bits: 32 }).integers(8);
    for (let i = 2; i < 16; i++) expect((ds.hi[i] ^ ds.hi[i % 2]) >>> 0).toBe(none.hi[i]);
  });

  it("user-supplied matrices: MSB = first digit, capacity 2^m, and the same points as the table they copy", () => {
    const jk = joeKuo.matrices(3);
    const cols = [0, 1, 2].map((j) => Array.from(jk.hi.subarray(j * 32, j * 32 + 10), (w) => w / 2 ** 22));
    const user = matricesFromColumns(cols, { precision: 10, name: "sobol-10" });
    const net = new DigitalNet(3, { generatingMatrices: user, randomize: "none" });
    expect(net.maxPoints).toBe(1024);
    expect(
      firstMismatch(net.points(1024).data, new DigitalNet(3, { randomize: "none", bits: 10 }).points(1024).data),
    ).toBeUndefined();
    expect(() => net.points(1025)).toThrow(/maxPoints = 1024/);
    const big = matricesFromColumns([[2n ** 31n, 2n ** 30n]], { precision: 32 });
    expect(new DigitalNet(1, { generatingMatrices: big, randomize: "none" }).points(4).toRows()).toEqual([
      [0],
      [0.5],
      [0.25],
      [0.75],
    ]);
  });

  it("integers(): layout [R][n][d] and integerValues gives x · 2^bits", () => {
    const net = new DigitalNet(2, { seed: 6, replications: 2, bits: 20 });
    const ints = net.integers(3, 10);
    expect([ints.replications, ints.n, ints.dimension, ints.bits, ints.hi.length]).toEqual([2, 7, 2, 20, 28]);
    const vals = integerValues(ints);
    const pts = net.points(3, 10).data;
    for (let i = 0; i < 28; i++) expect(Number(vals[i])).toBe(pts[i] * 2 ** 20);
  });
});

describe("DigitalNet#fillReplication", () => {
  it("equals replication r of fill, for every r and a window not at 0", () => {
    const g = new DigitalNet(5, { seed: 4, replications: 3 });
    const all = g.points(5, 37);
    for (let r = 0; r < 3; r++) {
      const one = g.fillReplication(new Float64Array(32 * 5), r, 5, 37);
      expect(one).toEqual(all.replication(r).data);
    }
  });
  it("names replication, the window or out when they are wrong", () => {
    const g = new DigitalNet(5, { seed: 4, replications: 3 });
    expect(() => g.fillReplication(new Float64Array(5), 3, 0, 1)).toThrow(/^replication must be an integer in \[0, 2\]/);
    expect(() => g.fillReplication(new Float64Array(5), 0.5, 0, 1)).toThrow(/^replication must be an integer/);
    expect(() => g.fillReplication(new Float64Array(4), 0, 0, 1)).toThrow(/^out/);
    expect(() => g.fillReplication(new Float64Array(5), 0, 1, 0)).toThrow(/^end/);
  });
});
