import { RandomStream } from "@qmckit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_GENERATING_VECTOR_DIMENSION,
  DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION,
  defaultGeneratingVector,
  LATTICE_ORDERS,
  LATTICE_RANDOMIZATIONS,
  Lattice,
  type LatticeOrder,
} from "../src/index.js";
import reference from "./fixtures/qmcpy-reference.json" with { type: "json" };

/** F. Kuo's vector (first ten components), used only to test the point formula against QMCPy. */
const kuo = reference.lattice_gv_first10;

/** Independent point formula in BigInt: x = ((rev_m(i)·g) mod 2^m)/2^m, gray/linear likewise. */
function exactPoint(order: LatticeOrder, i: number, g: number, m: number): number {
  const M = 1n << BigInt(m);
  if (order === "linear") return Number((BigInt(i) * BigInt(g)) % M) / 2 ** m;
  let k = BigInt(order === "gray" ? (i ^ Math.floor(i / 2)) >>> 0 : i);
  let rev = 0n;
  for (let b = 0; b < m; b++) {
    rev = (rev << 1n) | (k & 1n);
    k >>= 1n;
  }
  return Number((rev * BigInt(g)) % M) / 2 ** m;
}

describe("Lattice — exact points", () => {
  it("reproduces QMCPy's unrandomized points for Kuo's vector, natural order, i = 0 … 15 (d = 5, exact)", () => {
    const lattice = new Lattice(5, { generatingVector: kuo, mMax: 20, randomize: "none" });
    expect(lattice.points(8).toRows()).toEqual(reference.lattice_d5_natural_0_8);
    expect(lattice.points(8, 16).toRows()).toEqual(reference.lattice_d5_natural_8_16);
  });

  it("reproduces QMCPy's gray order, i = 0 … 7 (d = 5, exact)", () => {
    const lattice = new Lattice(5, { generatingVector: kuo, mMax: 20, randomize: "none", order: "gray" });
    expect(lattice.points(8).toRows()).toEqual(reference.lattice_d5_gray_0_8);
  });

  it("reproduces QMCPy's linear order for n = 8, i.e. N = 2^mMax = 8 (d = 5, exact)", () => {
    const lattice = new Lattice(5, { generatingVector: kuo, mMax: 3, randomize: "none", order: "linear" });
    expect(lattice.points(8).toRows()).toEqual(reference.lattice_d5_linear_0_8);
  });

  it("matches QMCPy's documented Lattice(2, randomize=False)(4) in every order", () => {
    const make = (order: LatticeOrder, mMax: number) =>
      new Lattice(2, { generatingVector: kuo, mMax, randomize: "none", order }).points(4).toRows();
    expect(make("natural", 20)).toEqual([
      [0, 0],
      [0.5, 0.5],
      [0.25, 0.75],
      [0.75, 0.25],
    ]);
    expect(make("gray", 20)).toEqual([
      [0, 0],
      [0.5, 0.5],
      [0.75, 0.25],
      [0.25, 0.75],
    ]);
    expect(make("linear", 2)).toEqual([
      [0, 0],
      [0.25, 0.75],
      [0.5, 0.5],
      [0.75, 0.25],
    ]);
  });

  it("any window in any order equals the BigInt formula, up to mMax = 32 and indices near 2^32", () => {
    const g = [1, 2654435769, 4294967295, 3, 1234567891, 7, 99991, 2 ** 31 + 1, 5];
    fc.assert(
      fc.property(
        fc.constantFrom<LatticeOrder>("natural", "gray", "linear"),
        fc.integer({ min: 1, max: 32 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 40 }),
        (order, m, where, count) => {
          const lattice = new Lattice(g.length, { generatingVector: g, mMax: m, randomize: "none", order });
          const start = Math.min(Math.floor(where * 2 ** m), 2 ** m - 1);
          const end = Math.min(start + count, 2 ** m);
          const ps = lattice.points(start, end);
          for (let i = start; i < end; i++) {
            for (let j = 0; j < g.length; j++) {
              if (ps.get(i - start, j) !== exactPoint(order, i, g[j], m)) return false;
            }
          }
          return true;
        },
      ),
      { seed: 20240611, numRuns: 300 },
    );
  });

  it("long windows through the tiled kernel (odd and even starts, widths around multiples of 8) equal the BigInt formula plus the shift", () => {
    // The fill kernel runs 32-row × 8-column register tiles with rows in (even, odd) pairs, a single
    // column loop for the last d mod 8 columns, and plain row steps for a leading odd / trailing row.
    const base = [1, 2654435769, 4294967295, 3, 1234567891, 7, 99991, 2 ** 31 + 1, 5, 11, 13, 2 ** 30 + 3];
    const vector = [...base, ...base.map((v) => (v * 3 + 2) >>> 0)];
    for (const order of ["natural", "gray", "linear"] as const) {
      for (const d of [1, 7, 8, 9, 16, 19]) {
        for (const [start, end] of [
          [0, 200],
          [1, 97],
          [5, 70],
          [30, 31],
          [64, 130],
          [1000, 1033],
          [2 ** 14 - 37, 2 ** 14 + 41],
        ]) {
          const lattice = new Lattice(d, { generatingVector: vector, mMax: 16, order, seed: d * 31 + start });
          const shifts = lattice.shifts;
          const ps = lattice.points(start, end);
          let mismatches = 0;
          for (let i = start; i < end; i++) {
            for (let j = 0; j < d; j++) {
              const s = exactPoint(order, i, vector[j], 16) + shifts[j]; // exact: multiples of 2^−52
              if (ps.get(i - start, j) !== (s >= 1 ? s - 1 : s)) mismatches++;
            }
          }
          expect(mismatches, `${order} d=${d} [${start}, ${end})`).toBe(0);
        }
      }
    }
  });

  it("integers(start, end) gives the numerators over 2^mMax of the unrandomized points", () => {
    for (const order of LATTICE_ORDERS) {
      const lattice = new Lattice(5, { generatingVector: kuo, mMax: 20, order, seed: 3, replications: 2 });
      const plain = new Lattice(5, { generatingVector: kuo, mMax: 20, order, randomize: "none" }).points(100, 164);
      const ints = lattice.integers(100, 164);
      expect([ints.bits, ints.n, ints.dimension, ints.values.length]).toEqual([20, 64, 5, 64 * 5]);
      ints.values.forEach((k, idx) => {
        expect(k / 2 ** 20).toBe(plain.data[idx]);
      });
      expect(lattice.integers(7).values).toEqual(lattice.integers(0, 7).values);
    }
  });

  it("the LatticeIntegers and integers() examples", () => {
    const ints = new Lattice(2, { generatingVector: [1, 5], mMax: 3, randomize: "none" }).integers(4);
    expect(Array.from(ints.values)).toEqual([0, 0, 4, 4, 2, 2, 6, 6]);
    expect(Array.from(new Lattice(2, { generatingVector: [1, 5], mMax: 3, seed: 1 }).integers(2, 4).values)).toEqual([
      2, 2, 6, 6,
    ]);
  });

  it("natural order: each dyadic block [k·2^m, (k+1)·2^m) of an odd component is the grid {i/2^m} shifted", () => {
    const g = defaultGeneratingVector();
    expect(g[0]).toBe(1);
    const lattice = new Lattice(8, { seed: 17 });
    const shifts = lattice.shifts;
    for (const [m, k] of [
      [4, 0],
      [7, 3],
      [10, 1],
    ]) {
      const ps = lattice.points(k * 2 ** m, (k + 1) * 2 ** m);
      for (let j = 0; j < 8; j++) {
        const cells = new Set<number>();
        for (let i = 0; i < 2 ** m; i++) {
          const unshifted = ps.get(i, j) - shifts[j];
          cells.add(Math.round((unshifted - Math.floor(unshifted)) * 2 ** m) % 2 ** m);
        }
        expect(cells.size).toBe(2 ** m);
      }
    }
  });
});

describe("Lattice — random shift", () => {
  it("the shifts are ⌊U·2^52⌋/2^52 for the nextFloat64() draws U of RandomStream(seed), replication-major", () => {
    const lattice = new Lattice(3, { seed: 42, replications: 2 });
    const rng = new RandomStream(42);
    const expected = Array.from({ length: 6 }, () => Math.floor(rng.nextFloat64() * 2 ** 52) / 2 ** 52);
    expect(Array.from(lattice.shifts)).toEqual(expected);
    expect(Array.from(new Lattice(3, { seed: 42, randomize: "none" }).shifts)).toEqual([0, 0, 0]);
  });

  it("shifted points are exactly {x + Δ} of the unrandomized points, in every order and replication", () => {
    for (const order of ["natural", "gray", "linear"] as const) {
      const shifted = new Lattice(4, { seed: 9, replications: 3, order });
      const plain = new Lattice(4, { order, randomize: "none" }).points(37, 300);
      const ps = shifted.points(37, 300);
      const shifts = shifted.shifts;
      for (let r = 0; r < 3; r++) {
        for (let i = 0; i < ps.n; i++) {
          for (let j = 0; j < 4; j++) {
            const s = plain.get(i, j) + shifts[r * 4 + j]; // exact: both are multiples of 2^−52 below 1
            expect(ps.get(i, j, r)).toBe(s >= 1 ? s - 1 : s);
          }
        }
      }
    }
  });

  it("never returns 1.0, even for the largest shifts and mMax = 32", () => {
    // Search seeds for shifts above 1 − 2^−20 on a 32-bit lattice; the sum then wraps at 1 exactly.
    const g = [1, 4294967295, 2863311531];
    let worst = 0;
    for (let seed = 0; seed < 400; seed++) {
      const ps = new Lattice(3, { generatingVector: g, mMax: 32, seed }).points(2 ** 32 - 64, 2 ** 32);
      for (const v of ps.data) worst = Math.max(worst, v);
    }
    expect(worst).toBeLessThan(1);
    expect(worst).toBeGreaterThan(1 - 2 ** -16);
  });

  it("the mean of f(x) = Π(1 + sin 2πx_j) over a shifted 2^10-point lattice is unbiased across seeds (±4σ)", () => {
    // E over the shift of the QMC mean is ∫f = 1; 64 seeds, tolerance 4 standard errors of the 64 means.
    const means: number[] = [];
    for (let seed = 0; seed < 64; seed++) {
      const ps = new Lattice(4, { seed }).points(1024);
      let sum = 0;
      for (let i = 0; i < 1024; i++) {
        let f = 1;
        for (let j = 0; j < 4; j++) f *= 1 + Math.sin(2 * Math.PI * ps.get(i, j));
        sum += f;
      }
      means.push(sum / 1024);
    }
    const mean = means.reduce((a, b) => a + b) / 64;
    const sd = Math.sqrt(means.reduce((a, b) => a + (b - mean) ** 2, 0) / 63);
    expect(Math.abs(mean - 1)).toBeLessThan(4 * (sd / 8) + 1e-12);
  });
});

describe("Lattice — the default vector to 2^24 points", () => {
  it("points(2^24 − 8, 2^24) for d = 1000: exactly ((φ₂(i)·2^24·g_j) mod 2^24)/2^24 (BigInt), shifted exactly", () => {
    const d = 1000;
    const g = defaultGeneratingVector();
    const plain = new Lattice(d, { randomize: "none" }).points(2 ** 24 - 8, 2 ** 24);
    const shifted = new Lattice(d, { seed: 11 });
    const ps = shifted.points(2 ** 24 - 8, 2 ** 24);
    const shifts = shifted.shifts;
    expect([plain.n, plain.dimension, ps.n]).toEqual([8, d, 8]);
    let mismatches = 0;
    for (let i = 2 ** 24 - 8; i < 2 ** 24; i++) {
      for (let j = 0; j < d; j++) {
        const x = exactPoint("natural", i, g[j], 24);
        const s = x + shifts[j]; // exact: multiples of 2^−52
        if (plain.get(i - 2 ** 24 + 8, j) !== x || ps.get(i - 2 ** 24 + 8, j) !== (s >= 1 ? s - 1 : s)) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
    // i = 2^24 − 1 has φ₂(i) = 1 − 2^−24: x = {−g/2^24}, i.e. 1 − g/2^24 for g < 2^24.
    expect(plain.get(7, 1)).toBe(1 - g[1] / 2 ** 24);
  });

  it("below 2^20 points the default lattice is the one built from the vector modulo 2^20 (unchanged points)", () => {
    const d = 64;
    const low = Array.from(defaultGeneratingVector().subarray(0, d), (z) => z % 2 ** 20);
    for (const order of ["natural", "gray"] as const) {
      for (const [start, end] of [
        [0, 4096],
        [2 ** 20 - 100, 2 ** 20],
      ]) {
        const ours = new Lattice(d, { order, seed: 5 }).points(start, end).data;
        const before = new Lattice(d, { order, seed: 5, generatingVector: low, mMax: 20 }).points(start, end).data;
        let mismatches = 0;
        for (let k = 0; k < ours.length; k++) if (ours[k] !== before[k]) mismatches++;
        expect([ours.length, mismatches], `${order} [${start}, ${end})`).toEqual([(end - start) * d, 0]);
      }
    }
  });
});

describe("Lattice — options and errors", () => {
  it("exposes its options, capacity and the vector in use", () => {
    const lattice = new Lattice(3, { seed: 1 });
    expect(lattice.randomize).toBe("shift");
    expect(lattice.order).toBe("natural");
    expect(lattice.mMax).toBe(24);
    expect(lattice.maxPoints).toBe(2 ** 24);
    expect(Array.from(lattice.generatingVector)).toEqual(Array.from(defaultGeneratingVector().subarray(0, 3)));
    lattice.generatingVector[0] = 99; // a copy: the lattice is unaffected
    expect(lattice.generatingVector[0]).toBe(1);
    const custom = new Lattice(2, { generatingVector: [1, 5, 9], mMax: 4, seed: 1 });
    expect(Array.from(custom.generatingVector)).toEqual([1, 5]);
    expect(custom.maxPoints).toBe(16);
    expect(new Lattice(2, { mMax: 12, seed: 1 }).maxPoints).toBe(4096);
  });

  it("rejects an unknown order or randomize, listing the valid ones", () => {
    expect(() => new Lattice(2, { order: "radical" as LatticeOrder })).toThrow(
      /^order must be one of 'natural', 'gray', 'linear'; got "radical"/,
    );
    expect(() => new Lattice(2, { randomize: "lms" as "none" })).toThrow(/^randomize must be one of 'shift', 'none'; got "lms"/);
  });

  it("rejects points beyond 2^mMax, naming maxPoints", () => {
    const lattice = new Lattice(2, { generatingVector: [1, 5], mMax: 4, seed: 1 });
    expect(() => lattice.points(17)).toThrow(
      /^n must be an integer in \[0, 16\]; got 17 \(the generator holds at most maxPoints = 16/,
    );
    expect(() => lattice.points(10, 17)).toThrow(/^end must be/);
    expect(() => new Lattice(2, { seed: 1 }).points(2 ** 24 + 1)).toThrow(RangeError);
    expect(() => new Lattice(2, { mMax: 25 })).toThrow(
      /^mMax must be an integer in \[0, 24\]; got 25 \(the default generating vector serves 2\^24 points in dimension 2/,
    );
    const wide = DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION + 1;
    if (wide <= 3600) {
      expect(new Lattice(wide, { seed: 1 }).maxPoints).toBe(2 ** 20);
      expect(() => new Lattice(wide, { mMax: 21 })).toThrow(
        new RegExp(
          `^mMax must be an integer in \\[0, 20\\]; got 21 \\(the default generating vector serves 2\\^20 points in dimension ${wide}, 2\\^24 up to dimension ${wide - 1};`,
        ),
      );
    }
  });

  it("rejects non-integer or out-of-range vector components, naming the component", () => {
    expect(() => new Lattice(2, { generatingVector: [1, 2.5], mMax: 4 })).toThrow(
      /^generatingVector\[1\] must be an integer in \[0, 4294967295\]; got 2.5/,
    );
    expect(() => new Lattice(2, { generatingVector: [1, -5], mMax: 4 })).toThrow(RangeError);
    expect(() => new Lattice(2, { generatingVector: [1, 2 ** 32], mMax: 4 })).toThrow(RangeError);
    expect(() => new Lattice(2, { generatingVector: [1, "5"] as unknown as number[], mMax: 4 })).toThrow(TypeError);
    expect(() => new Lattice(2, { generatingVector: 5 as unknown as number[], mMax: 4 })).toThrow(TypeError);
  });

  it("requires mMax with a vector, in [0, 32], and at most 24 with the default vector", () => {
    expect(() => new Lattice(2, { generatingVector: [1, 5] })).toThrow(/^mMax must be given with generatingVector/);
    expect(() => new Lattice(2, { generatingVector: [1, 5], mMax: 33 })).toThrow(/^mMax must be an integer in \[0, 32\]/);
    expect(new Lattice(2, { mMax: 21, seed: 1 }).maxPoints).toBe(2 ** 21);
    expect(() => new Lattice(2, { mMax: 25 })).toThrow(
      /^mMax must be an integer in \[0, 24\]; got 25 \(the default generating vector/,
    );
  });

  it("rejects a dimension beyond the vector, saying which vector", () => {
    expect(() => new Lattice(3, { generatingVector: [1, 5], mMax: 4 })).toThrow(
      /^dimension must be an integer in \[1, 2\]; got 3/,
    );
    expect(() => new Lattice(DEFAULT_GENERATING_VECTOR_DIMENSION + 1)).toThrow(/pass your own generatingVector/);
  });

  it("refuses a window of more than 2^31 − 1 coordinates before allocating it, also for integers()", () => {
    const wide = new Lattice(2100, { seed: 1 });
    expect(() => wide.points(2 ** 20)).toThrow(/^window \[0, 1048576\) must hold at most 2\^31 − 1 coordinates/);
    expect(() => wide.fill(new Float64Array(0), 0, 2 ** 20)).toThrow(/at most 2\^31 − 1 coordinates/);
    expect(() => wide.integers(2 ** 20)).toThrow(/^window \[0, 1048576\) must hold at most 2\^31 − 1 coordinates/);
    expect(wide.points(2 ** 10).n).toBe(1024);
  });

  it("integers() checks its window", () => {
    const lattice = new Lattice(2, { generatingVector: [1, 3], mMax: 4, seed: 1 });
    expect(() => lattice.integers(17)).toThrow(/^n must be an integer in \[0, 16\]/);
    expect(() => lattice.integers(3, 2)).toThrow(/^end must be/);
  });

  it("exposes readonly randomize and order, and frozen resolved options that rebuild the lattice", () => {
    const lattice = new Lattice(3, { order: "gray", seed: 8, replications: 2 });
    expect(lattice.randomize).toBe("shift");
    expect(lattice.order).toBe("gray");
    expect(lattice.options).toMatchObject({ randomize: "shift", order: "gray", mMax: lattice.mMax, replications: 2, seed: 8 });
    expect(lattice.options.generatingVector).toEqual(Array.from(lattice.generatingVector));
    expect(Object.isFrozen(lattice.options) && Object.isFrozen(lattice.options.generatingVector)).toBe(true);
    expect(new Lattice(3, lattice.options).points(40).data).toEqual(lattice.points(40).data);
    expect(LATTICE_RANDOMIZATIONS).toEqual(["shift", "none"]);
    expect(LATTICE_ORDERS).toEqual(["natural", "gray", "linear"]);
    expect(() => new Lattice(2, { order: "reverse" as "gray" })).toThrow(
      `order must be one of 'natural', 'gray', 'linear'; got "reverse"`,
    );
  });

  it("keeps its own copy of a user vector (also for spawned copies)", () => {
    const g = [1, 5, 9];
    const lattice = new Lattice(3, { generatingVector: g, mMax: 4, randomize: "none" });
    const before = lattice.points(16).data;
    g[1] = 7;
    expect(lattice.points(16).data).toEqual(before);
    expect(lattice.spawn(1)[0].points(16).data).toEqual(before);
  });

  it("a lattice with mMax = 0 has one point, the shift", () => {
    const lattice = new Lattice(2, { generatingVector: [1, 3], mMax: 0, seed: 5 });
    expect(Array.from(lattice.points(1).data)).toEqual(Array.from(lattice.shifts));
  });
});

describe("Lattice memory budget", () => {
  it("shifts are drawn on first use: 65536 replications × 3600 coordinates construct at once (was: 8 s, 1.8 GB)", () => {
    const lattice = new Lattice(3600, { replications: 65536, seed: 1 });
    expect(lattice.replications).toBe(65536);
    // The lazily drawn shifts are those of the stream, in order: replication r, coordinate j is draw r·d + j.
    const small = new Lattice(3, { replications: 2, seed: 9 });
    const rng = new RandomStream(9);
    const expected = Array.from({ length: 6 }, () => Math.floor(rng.nextFloat64() * 2 ** 52) / 2 ** 52);
    expect(Array.from(small.shifts)).toEqual(expected);
  });
  it("spawn checks the copies against the budget before building any, naming k", () => {
    expect(() => new Lattice(3600).spawn(2 ** 20)).toThrow(/^k 1048576 copies .* would need/);
    expect(new Lattice(3600, { seed: 1 }).spawn(3).length).toBe(3);
  });
});

describe("Lattice#fillReplication", () => {
  it("equals replication r of fill, for every r and a window not at 0", () => {
    const g = new Lattice(5, { seed: 4, replications: 3 });
    const all = g.points(5, 37);
    for (let r = 0; r < 3; r++) {
      const one = g.fillReplication(new Float64Array(32 * 5), r, 5, 37);
      expect(one).toEqual(all.replication(r).data);
    }
  });
  it("names replication, the window or out when they are wrong", () => {
    const g = new Lattice(5, { seed: 4, replications: 3 });
    expect(() => g.fillReplication(new Float64Array(5), 3, 0, 1)).toThrow(/^replication must be an integer in \[0, 2\]/);
    expect(() => g.fillReplication(new Float64Array(5), 0.5, 0, 1)).toThrow(/^replication must be an integer/);
    expect(() => g.fillReplication(new Float64Array(4), 0, 0, 1)).toThrow(/^out/);
    expect(() => g.fillReplication(new Float64Array(5), 0, 1, 0)).toThrow(/^end/);
  });
});
