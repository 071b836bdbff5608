import { describe, expect, it } from "vitest";
import { firstPrimes, Halton, type HaltonRandomize } from "../src/index.js";
import { referenceCoordinate } from "./referenceHalton.js";

const FIXED_MAPS: HaltonRandomize[] = ["lms-perm", "lms-ds", "lms", "perm", "ds", "qrng"];
const DIGITWISE: HaltonRandomize[] = [...FIXED_MAPS, "nus"];
const ULP2 = 2 ** -52;

describe("Halton scrambles against a plain per-point restatement", () => {
  for (const randomize of FIXED_MAPS) {
    it(`'${randomize}': every coordinate is Σ π_t((S·a)_t) b^−t−1 within 2 ulp, in several windows`, () => {
      const d = 40;
      const h = new Halton(d, { randomize, seed: 2024, replications: 2 });
      const windows: [number, number][] = [
        [0, 700],
        [59000, 59300],
        [2 ** 31 - 100, 2 ** 31 + 100],
        [2 ** 32 - 64, 2 ** 32],
      ];
      for (const [a, e] of windows) {
        const ps = h.points(a, e);
        for (let r = 0; r < 2; r++) {
          for (let j = 0; j < d; j += j < 8 ? 1 : 7) {
            const s = h.digitScramble(j, r);
            let worst = 0;
            for (let i = a; i < e; i += 3) worst = Math.max(worst, Math.abs(ps.get(i - a, j, r) - referenceCoordinate(s, i)));
            expect(worst, `b=${s.base} r=${r} [${a},${e})`).toBeLessThanOrEqual(ULP2);
          }
        }
      }
    });
  }

  it("'qrng' uses the digit map a ↦ f_j·a + s_t mod b (generalized Halton) and a linear scramble nowhere", () => {
    const h = new Halton(5, { randomize: "qrng", seed: 1 });
    expect([0, 1, 2, 3, 4].map((j) => h.digitScramble(j).multiplier)).toEqual([1, 1, 3, 3, 4]);
    expect(h.digitScramble(2).matrix).toBeNull();
  });

  it("LMS matrices are lower triangular with a nonzero diagonal; permutations are permutations", () => {
    const h = new Halton(6, { randomize: "lms-perm", seed: 9 });
    for (let j = 0; j < 6; j++) {
      const s = h.digitScramble(j);
      const { base: b, digits: K, indexDigits: m } = s;
      for (let t = 0; t < K; t++) {
        for (let k = 0; k < m; k++) {
          const v = s.matrix![t * m + k];
          expect(v < b).toBe(true);
          if (k > t) expect(v).toBe(0);
          if (k === t) expect(v).toBeGreaterThan(0);
        }
        const row = Array.from(s.permutations!.subarray(t * b, (t + 1) * b)).sort((x, y) => x - y);
        expect(row).toEqual(Array.from({ length: b }, (_, v) => v));
      }
    }
  });
});

describe("Halton stratification: the first b^k points hit each interval [c b^−k, (c+1) b^−k) once", () => {
  const bases = firstPrimes(12);
  for (const randomize of [...DIGITWISE, "none"] as HaltonRandomize[]) {
    it(`'${randomize}' keeps it in bases 2, 3, 5, 7, 13, 37 for several k, and in later blocks`, () => {
      const h = new Halton(12, { randomize, seed: 77, replications: 2 });
      for (const j of [0, 1, 2, 3, 5, 11]) {
        const b = bases[j];
        for (let k = 1; b ** k <= 4096; k++) {
          const size = b ** k;
          for (const block of [0, 3]) {
            const ps = h.points(block * size, (block + 1) * size);
            for (let r = 0; r < 2; r++) {
              const seen = new Uint8Array(size);
              // Unscrambled points sit on the left ends c·b^−k, where x·b^k may round just below c.
              const nudge = randomize === "none" ? 1e-9 : 0;
              for (let i = 0; i < size; i++) seen[Math.floor(ps.get(i, j, r) * size + nudge)]++;
              expect(
                seen.every((c) => c === 1),
                `b=${b} k=${k} block=${block} r=${r}`,
              ).toBe(true);
            }
          }
        }
      }
    });
  }

  it("'nus' is nested: indices equal mod b^k share their first k digits, and no others do", () => {
    const h = new Halton(3, { randomize: "nus", seed: 5 });
    const ps = h.points(0, 3 ** 7);
    for (const k of [1, 2, 4]) {
      const size = 3 ** k;
      const cellOf = new Map<number, number>();
      for (let i = 0; i < ps.n; i++) {
        const cell = Math.floor(ps.get(i, 1) * size);
        const residue = i % size;
        if (!cellOf.has(residue)) cellOf.set(residue, cell);
        expect(cellOf.get(residue)).toBe(cell);
      }
      expect(new Set(cellOf.values()).size).toBe(size);
    }
  });
});
