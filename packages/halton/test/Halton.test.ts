import { mix32 as coreMix32 } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { Halton } from "../src/index.js";
import { mix32 } from "../src/internal/fillNested.js";

describe("Halton", () => {
  it("runs its documentation example", () => {
    const h = new Halton(8, { seed: 42 });
    const ps = h.points(1024);
    expect([ps.n, ps.dimension, h.randomize]).toEqual([1024, 8, "lms-perm"]);
    const next = h.points(1024, 2048);
    expect(next.n).toBe(1024);
    expect(new Halton(2, { randomize: "none" }).points(4).toRows()).toEqual([
      [0, 0],
      [0.5, 1 / 3],
      [0.25, 2 / 3],
      [0.75, 1 / 9],
    ]);
  });

  it("records its options and bases", () => {
    const h = new Halton(4, { randomize: "ds", seed: 3, replications: 2 });
    expect(h.options).toEqual({ randomize: "ds", replications: 2, seed: 3 });
    expect(h.bases).toEqual([2, 3, 5, 7]);
  });

  it("a coordinate's scramble depends neither on the dimension nor on the number of replications", () => {
    for (const randomize of ["lms-perm", "nus", "qrng"] as const) {
      const small = new Halton(3, { randomize, seed: 17 }).points(50, 90);
      const big = new Halton(7, { randomize, seed: 17, replications: 3 }).points(50, 90);
      for (let i = 0; i < 40; i++) for (let j = 0; j < 3; j++) expect(big.get(i, j, 0)).toBe(small.get(i, j));
    }
  });

  it("base-2 coordinates are exact 53-bit dyadics", () => {
    const data = new Halton(1, { seed: 4 }).points(1000).data;
    expect(data.every((x) => Number.isInteger(x * 2 ** 53))).toBe(true);
  });

  it("the hash of the nested scramble is @qmckit/core's mix32 (a local copy so that V8 inlines it)", () => {
    for (const x of [0, 1, 2 ** 31, 2 ** 32 - 1, 123456789, 0xdeadbeef]) expect(mix32(x)).toBe(coreMix32(x));
    for (let x = 0; x < 100000; x += 7) expect(mix32(x * 4099)).toBe(coreMix32(x * 4099));
  });
});

describe("Halton#fillReplication", () => {
  it("equals replication r of fill, for every r and a window not at 0", () => {
    const g = new Halton(5, { seed: 4, replications: 3 });
    const all = g.points(5, 37);
    for (let r = 0; r < 3; r++) {
      const one = g.fillReplication(new Float64Array(32 * 5), r, 5, 37);
      expect(one).toEqual(all.replication(r).data);
    }
  });
  it("names replication, the window or out when they are wrong", () => {
    const g = new Halton(5, { seed: 4, replications: 3 });
    expect(() => g.fillReplication(new Float64Array(5), 3, 0, 1)).toThrow(/^replication must be an integer in \[0, 2\]/);
    expect(() => g.fillReplication(new Float64Array(5), 0.5, 0, 1)).toThrow(/^replication must be an integer/);
    expect(() => g.fillReplication(new Float64Array(4), 0, 0, 1)).toThrow(/^out/);
    expect(() => g.fillReplication(new Float64Array(5), 0, 1, 0)).toThrow(/^end/);
  });
});

describe("Halton LMS: single points (direct digit sums) equal the same points of a large window (tables)", () => {
  for (const randomize of ["lms-perm", "lms-ds", "lms"] as const) {
    it(`${randomize}: bitwise equal in every base, at indices with many digits`, () => {
      const h = new Halton(200, { seed: 11, randomize, replications: 2 });
      const big = h.points(2 ** 16, 2 ** 16 + 4096);
      for (const i of [0, 1, 7, 1000, 4095]) {
        const one = h.points(2 ** 16 + i, 2 ** 16 + i + 1);
        for (let r = 0; r < 2; r++)
          expect(one.replication(r).data).toEqual(big.replication(r).data.subarray(i * 200, (i + 1) * 200));
      }
      const far = h.points(2 ** 32 - 3, 2 ** 32);
      for (let i = 0; i < 3; i++) {
        expect(h.points(2 ** 32 - 3 + i, 2 ** 32 - 2 + i).replication(1).data).toEqual(
          far.replication(1).data.subarray(i * 200, (i + 1) * 200),
        );
      }
    });
  }
});
