import { describe, expect, it } from "vitest";
import record from "../data/default-vector-errors.json" with { type: "json" };
import {
  cbc,
  DEFAULT_GENERATING_VECTOR_DIMENSION,
  DEFAULT_GENERATING_VECTOR_M_MAX,
  defaultGeneratingVector,
  defaultGeneratingVectorWeights,
  worstCaseError,
} from "../src/index.js";

/** The largest factor over the non-embedded CBC optimum that the README and TSDoc state. */
const STATED_FACTOR = 1.33;

describe("defaultGeneratingVector", () => {
  const g = defaultGeneratingVector();

  it("has 3600 distinct odd components below 2^19, starting with 1, for up to 2^20 points", () => {
    expect(DEFAULT_GENERATING_VECTOR_DIMENSION).toBe(3600);
    expect(DEFAULT_GENERATING_VECTOR_M_MAX).toBe(20);
    expect(g.length).toBe(3600);
    expect(g[0]).toBe(1);
    for (const z of g) expect(z % 2 === 1 && z < 2 ** 19).toBe(true);
    expect(new Set(g).size).toBe(3600);
  });

  it("its weights are γ_j = 1/(2π² j²), Kuo's Sobolev weights 1/j² in the Korobov normalisation", () => {
    // The Sobolev shift-averaged kernel term B_2(x) = x² − x + 1/6 is the Korobov α = 1 term 2π²B_2(x) / (2π²).
    const w = defaultGeneratingVectorWeights(3);
    expect(Array.from(w)).toEqual([1 / (2 * Math.PI ** 2), 1 / (8 * Math.PI ** 2), 1 / (18 * Math.PI ** 2)]);
    expect(() => defaultGeneratingVectorWeights(0)).toThrow(RangeError);
  });

  it("returns a fresh copy each time", () => {
    const a = defaultGeneratingVector();
    a[1] = 0;
    expect(defaultGeneratingVector()[1]).toBe(g[1]);
  });

  it("is what our cbc builds: the first 16 components are reproduced by the build script's call", () => {
    const weights = defaultGeneratingVectorWeights(16);
    const rebuilt = cbc({ dimension: 16, n: 2 ** 20, mMin: 10, distinct: true, weights });
    expect(Array.from(rebuilt.generatingVector)).toEqual(Array.from(g.subarray(0, 16)));
  });

  it("the record's errors are the worst-case errors of the shipped vector (recomputed for d ≤ 10, n ≤ 2^12)", () => {
    const rows = record.rows.filter((r) => r.dimension <= 10 && r.m <= 12);
    expect(rows.length).toBeGreaterThan(8);
    for (const r of rows) {
      const weights = defaultGeneratingVectorWeights(r.dimension);
      const e = worstCaseError(Array.from(g.subarray(0, r.dimension)), 2 ** r.m, { weights });
      expect(Math.abs(e - r.error) / r.error, `d=${r.dimension} m=${r.m}`).toBeLessThan(1e-9);
    }
  });

  it(`is within ${STATED_FACTOR}× the non-embedded CBC optimum at every level 2^10 … 2^20 and recorded dimension`, () => {
    expect(record.rows.length).toBe(11 * 12);
    for (const r of record.rows) {
      expect(r.ratio, `d=${r.dimension} m=${r.m}`).toBeLessThanOrEqual(STATED_FACTOR);
      expect(r.ratio).toBeGreaterThan(0.5);
    }
  });

  it(`and so it is when recomputed here: d = 20 at n = 2^10, 2^12, 2^14`, () => {
    for (const m of [10, 12, 14]) {
      const weights = defaultGeneratingVectorWeights(20);
      const optimum = cbc({ dimension: 20, n: 2 ** m, weights }).worstCaseError[19];
      const ours = worstCaseError(Array.from(g.subarray(0, 20)), 2 ** m, { weights });
      expect(ours / optimum, `m=${m}`).toBeLessThanOrEqual(STATED_FACTOR);
    }
  });
});
