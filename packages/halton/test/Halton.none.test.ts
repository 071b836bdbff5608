import { describe, expect, it } from "vitest";
import { firstPrimes, Halton } from "../src/index.js";
import qmcpy from "./fixtures/qmcpyHalton.json" with { type: "json" };
import scipy from "./fixtures/scipyHalton.json" with { type: "json" };
import { radicalInverseFraction } from "./referenceHalton.js";

/** Largest absolute difference between our points and rows of a fixture (selected columns). */
function maxDiff(rows: number[][], got: Float64Array, d: number, columns: number[]): number {
  let worst = 0;
  rows.forEach((row, i) => {
    columns.forEach((j, c) => {
      worst = Math.max(worst, Math.abs(row[c] - got[i * d + j]));
    });
  });
  return worst;
}

describe("Halton 'none' (plain radical inverses)", () => {
  it("equals QMCPy's unrandomized points (d = 5, i < 16) within 1e-15; base 2 exactly", () => {
    const got = new Halton(5, { randomize: "none" }).points(16).data;
    const rows = [...qmcpy.halton_d5_0_8, ...qmcpy.halton_d5_8_16];
    expect(maxDiff(rows, got, 5, [0, 1, 2, 3, 4])).toBeLessThan(1e-15);
    rows.forEach((row, i) => {
      expect(got[i * 5]).toBe(row[0]);
    });
  });

  it("is correctly rounded: 3/5 is 0.6 (QMCPy: 0.6000000000000001) and 5/11 is the double nearest 5/11", () => {
    const ps = new Halton(5, { randomize: "none" }).points(8);
    expect(ps.get(3, 2)).toBe(3 / 5);
    expect(ps.get(5, 4)).toBe(5 / 11);
    expect(ps.toRows()[1]).toEqual([1 / 2, 1 / 3, 1 / 5, 1 / 7, 1 / 11]);
  });

  it("equals the correctly rounded fraction φ_b(i) for scattered indices up to 2^32 − 1 in every base", () => {
    const d = 1000;
    const h = new Halton(d, { randomize: "none" });
    const bases = firstPrimes(d);
    for (const i of [0, 1, 2, 1000, 65535, 123456789, 2 ** 31, 2 ** 32 - 2, 2 ** 32 - 1]) {
      const p = h.points(i, i + 1).data;
      for (let j = 0; j < d; j += 37) {
        const [num, den] = radicalInverseFraction(i, bases[j]);
        // num and den are below 2^53 here, so the quotient of the two doubles is correctly rounded.
        expect(p[j], `i=${i} b=${bases[j]}`).toBe(Number(num) / Number(den));
      }
    }
  });

  it("equals scipy's Halton(d, scramble=False) for d up to 1000, first points and a later window, within 1e-15", () => {
    for (const c of scipy.cases) {
      const h = new Halton(c.d, { randomize: "none" });
      expect(maxDiff(c.points, h.points(c.n).data, c.d, c.columns), `d=${c.d}`).toBeLessThan(1e-15);
      expect(maxDiff(c.later, h.points(c.start, c.start + c.later.length).data, c.d, c.columns)).toBeLessThan(1e-15);
    }
  });
});
