// Tier 2: independent reference — scipy.stats.qmc.Sobol(d, scramble=False, bits=32), written by the
// committed generator test/fixtures/scipy_sobol.py into scipy-sobol.json. Exact integers, compared with ===.
import { describe, expect, it } from "vitest";
import { DigitalNet, joeKuo } from "../src/index.js";
import { joeKuoFull } from "../src/joe-kuo-full.js";
import { fixture } from "./helpers.js";

const scipy = fixture<{ gray_first256: Record<string, number[]>; columns: Record<string, number[]> }>("scipy-sobol.json");
const dims = Object.keys(scipy.gray_first256).map(Number);

describe("Gray order equals scipy's unscrambled Sobol' (first point included)", () => {
  it("first 256 points of dimensions 1–50 and 64 … 1024 (default table)", () => {
    const small = dims.filter((d) => d <= 1024);
    const net = new DigitalNet(1024, { randomize: "none", order: "gray", bits: 32 });
    const ints = net.integers(256);
    for (const d of small) {
      const got = Array.from({ length: 256 }, (_, i) => ints.hi[i * 1024 + d - 1]);
      expect(got, `dimension ${d}`).toEqual(scipy.gray_first256[d]);
    }
    expect(small.length).toBeGreaterThanOrEqual(59);
  });

  it("first 256 points of dimensions 1025 … 21201 (full table)", () => {
    const large = dims.filter((d) => d > 1024);
    const net = new DigitalNet(21201, { randomize: "none", order: "gray", bits: 32, generatingMatrices: joeKuoFull });
    const ints = net.integers(256);
    for (const d of large) {
      const got = Array.from({ length: 256 }, (_, i) => ints.hi[i * 21201 + d - 1]);
      expect(got, `dimension ${d}`).toEqual(scipy.gray_first256[d]);
    }
    expect(large).toEqual([1025, 2000, 5000, 10000, 21201]);
  });

  it("all 32 generating-matrix columns of selected dimensions (scipy's direction vectors)", () => {
    const full = joeKuoFull.matrices(21201);
    const small = joeKuo.matrices(1024);
    for (const [key, cols] of Object.entries(scipy.columns)) {
      const d = Number(key);
      const m = d <= 1024 ? small : full;
      expect(Array.from(m.hi.subarray((d - 1) * 32, d * 32)), `dimension ${d}`).toEqual(cols);
    }
  });

  it("the default table is the first 1,024 dimensions of the full one", () => {
    const a = joeKuo.matrices(1024);
    const b = joeKuoFull.matrices(1024);
    expect(a.hi).toEqual(b.hi);
  });
});
