import { DigitalNet, joeKuo } from "@qmckit/digital-net";
import { Lattice } from "@qmckit/lattice";
import { describe, expect, it } from "vitest";
import {
  type DiscrepancyKernel,
  discrepancy,
  geometricDiscrepancy,
  kernelDiscrepancy,
  latticePAlpha,
  spectralTest,
  tValue,
  updateDiscrepancy,
} from "../src/index.js";
import { discrepancyPool } from "../src/parallel.js";
import { expectRelative } from "./helpers.js";

// The @example blocks of the exports and the README snippet, run.
describe("documented examples", () => {
  it("README: discrepancy, geometric, tValue and the pool on a Sobol' set", async () => {
    const ps = new DigitalNet(8, { seed: 1 }).points(256);
    const cd = discrepancy(ps);
    expect(cd).toBeGreaterThan(0);
    expect(discrepancy(ps, { method: "WD" })).toBeGreaterThan(0);
    expect(geometricDiscrepancy(ps, { method: "mst" })).toBeGreaterThan(0);
    expect(tValue(joeKuo.matrices(5), 16)).toBe(5);
    const pool = discrepancyPool({ threads: 2 });
    try {
      expect(await pool.discrepancy(ps)).toBe(cd);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("updateDiscrepancy: appending a point equals recomputing", () => {
    const pts = [
      [0.1, 0.7],
      [0.6, 0.2],
    ];
    const init = discrepancy(pts, { iterative: true });
    expectRelative(updateDiscrepancy([0.4, 0.4], pts, init), discrepancy([...pts, [0.4, 0.4]]), 1e-14, "");
  });

  it("kernelDiscrepancy: the Korobov kernel of DiscrepancyKernel's example, both forms", () => {
    const korobov = (d: number, gamma: number): DiscrepancyKernel => ({
      dimension: d,
      invariance: "shift",
      integral: () => 1,
      evaluate(x, z, out = new Float64Array(Math.max(x.length, z.length) / d)) {
        for (let r = 0; r < out.length; r++) {
          let p = 1;
          for (let k = 0; k < d; k++) {
            const xv = x.length === d ? x[k] : x[r * d + k];
            const zv = z.length === d ? z[k] : z[r * d + k];
            const t = xv - zv - Math.floor(xv - zv);
            p *= 1 + gamma * 2 * Math.PI ** 2 * (t * t - t + 1 / 6);
          }
          out[r] = p;
        }
        return out;
      },
    });
    const lattice = new Lattice(4, { seed: 3 }).points(256);
    const k = korobov(4, 0.25);
    expectRelative(kernelDiscrepancy(lattice, k, { form: "group" }), kernelDiscrepancy(lattice, k), 1e-12, "");
  });

  it("latticePAlpha and spectralTest of the Fibonacci lattice", () => {
    expect(latticePAlpha([1, 55], 89, { alpha: 4 })).toBeLessThan(latticePAlpha([1, 55], 89));
    expect(spectralTest([1, 55], 89).shortestVector.map(Math.abs)).toEqual([8, 5]);
  });
});
