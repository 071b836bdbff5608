// The @example blocks of the TSDoc, run as written (with their stated results asserted).
import { describe, expect, it } from "vitest";
import {
  type CbcExtend,
  type CbcOptions,
  cbc,
  DEFAULT_GENERATING_VECTOR_DIMENSION,
  DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION,
  DEFAULT_GENERATING_VECTOR_M_MAX,
  defaultGeneratingVector,
  defaultGeneratingVectorMMax,
  korobovKernel,
  LATTICE_ORDERS,
  LATTICE_RANDOMIZATIONS,
  Lattice,
  parseGeneratingVector,
  worstCaseError,
} from "../src/index.js";

describe("TSDoc examples", () => {
  it("korobovKernel", () => {
    expect(korobovKernel(0)).toBeCloseTo(Math.PI ** 2 / 3, 14);
    expect(korobovKernel(0.5, 2)).toBeCloseTo((-7 / 8) * (Math.PI ** 4 / 45), 13);
  });

  it("worstCaseError", () => {
    const a = worstCaseError([1, 5], 13);
    const b = worstCaseError([1, 5], 13, { weights: 1, alpha: 2 });
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
  });

  it("LATTICE_RANDOMIZATIONS, LATTICE_ORDERS, ResolvedLatticeOptions", () => {
    expect(LATTICE_RANDOMIZATIONS.includes("shift")).toBe(true);
    for (const order of LATTICE_ORDERS) expect(new Lattice(2, { order, seed: 1 }).points(8).n).toBe(8);
    expect(new Lattice(2, { seed: 1 }).options.order).toBe("natural");
  });

  it("Lattice", () => {
    const lattice = new Lattice(4, { seed: 7 });
    const ps = lattice.points(1024);
    const next = lattice.points(1024, 2048);
    expect([ps.n, ps.dimension, next.n]).toEqual([1024, 4, 1024]);
    const plain = new Lattice(2, { randomize: "none", generatingVector: [1, 5], mMax: 3 });
    expect(plain.points(4).toRows()).toEqual([
      [0, 0],
      [0.5, 0.5],
      [0.25, 0.25],
      [0.75, 0.75],
    ]);
  });

  it("cbc", () => {
    const rule = cbc({ dimension: 10, n: 1021 });
    expect(rule.generatingVector.length).toBe(10);
    expect(rule.generatingVector[0]).toBe(1);
    expect(rule.worstCaseError).toBeGreaterThan(0);
    expect(rule.worstCaseErrorByDimension[4]).toBeLessThan(rule.worstCaseError);
    const seq = cbc({ dimension: 10, n: 2 ** 16, mMin: 8, alpha: 2 });
    expect(seq.levels).toEqual([256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536]);
  });

  it("parseGeneratingVector", () => {
    const text = "# lattice\n3 # dimensions\n1024 # 2^10\n1\n433\n229\n";
    const { generatingVector, mMax } = parseGeneratingVector(text);
    expect(Array.from(generatingVector)).toEqual([1, 433, 229]);
    expect(mMax).toBe(10);
    const lattice = new Lattice(3, { generatingVector, mMax: mMax ?? 10 });
    expect(lattice.maxPoints).toBe(1024);
  });

  it("defaultGeneratingVector", () => {
    const g = defaultGeneratingVector();
    expect(g[0]).toBe(1);
  });
});

describe("TSDoc examples of types and constants", () => {
  it("CbcResult", () => {
    const r = cbc({ dimension: 4, n: 256, mMin: 6 });
    expect(r.levels).toEqual([64, 128, 256]);
    expect(r.worstCaseErrorByLevel[2]).toBe(r.worstCaseError);
    expect(r.worstCaseErrorByLevel[1]).toBe(r.worstCaseErrorByDimensionAndLevel[3 * 3 + 1]);
    expect(r.worstCaseErrorByDimension[1]).toBe(r.worstCaseErrorByDimensionAndLevel[1 * 3 + 2]);
    expect(r.worstCaseErrorByDimensionAndLevel[1 * 3 + 0]).toBeGreaterThan(r.worstCaseErrorByDimension[1]);
  });

  it("ParsedGeneratingVector and ParseGeneratingVectorOptions", () => {
    const { generatingVector, n, mMax, declaredDimension } = parseGeneratingVector("2\n16\n1\n5\n");
    expect([Array.from(generatingVector), n, mMax, declaredDimension]).toEqual([[1, 5], 16, 4, 2]);
    expect(Array.from(parseGeneratingVector("1\n5\n9\n", { header: false }).generatingVector)).toEqual([1, 5, 9]);
  });

  it("DEFAULT_GENERATING_VECTOR_M_MAX, _EXTENDED_DIMENSION, _DIMENSION and defaultGeneratingVectorMMax", () => {
    expect(new Lattice(8).maxPoints === 2 ** DEFAULT_GENERATING_VECTOR_M_MAX).toBe(true);
    expect(new Lattice(DEFAULT_GENERATING_VECTOR_DIMENSION).dimension).toBe(3600);
    expect(new Lattice(DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION).maxPoints).toBe(2 ** 24);
    expect(new Lattice(DEFAULT_GENERATING_VECTOR_EXTENDED_DIMENSION + 1).maxPoints).toBe(2 ** 20);
    expect(defaultGeneratingVectorMMax(32)).toBe(24);
    expect(defaultGeneratingVectorMMax(3600)).toBe(20);
  });

  it("CbcOptions and CbcExtend", () => {
    const longer: CbcOptions = { dimension: 3, n: 2 ** 6, extend: { generatingVector: [1, 5, 7], mMax: 3 } };
    const r = cbc(longer);
    expect(Array.from(r.generatingVector, (z) => z % 8)).toEqual([1, 5, 7]);
    const extend: CbcExtend = { generatingVector: defaultGeneratingVector(), mMax: 20 };
    expect(extend.generatingVector.length).toBe(3600);
  });

  it("LatticeOptions", () => {
    const lattice = new Lattice(3, { order: "gray", replications: 8, seed: 2024 });
    expect(lattice.points(4).replications).toBe(8);
  });
});
