import { RandomStream } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { Lattice } from "@qmckit/lattice";
import { describe, expect, it } from "vitest";
import { digitalShiftInvariantKernel, FastGram, shiftInvariantKernel } from "../src/index.js";
import { DenseGram } from "./dense.js";
import { exact, expectAllClose, expectClose, qmcpy } from "./helpers.js";

interface GramCheck {
  column: number[];
  eigenvalues: number[];
  logdet: number;
  solve_1_to_8: number[];
}

const Y8 = Float64Array.from({ length: 8 }, (_, i) => i + 1);
/** QMCPy's default lattice vector starts (1, 182667) (qmcpy-kernels.json: lattice_gv_first10). */
const KUO = (qmcpy.lattice_gv_first10 as number[]).slice(0, 2);

function parseReal(v: string | number): number {
  return typeof v === "number" ? v : Number.parseFloat(v.replace(/^\(/, ""));
}

function latticeGram(seed?: number): FastGram {
  const generator = new Lattice(2, seed === undefined ? { randomize: "none", generatingVector: KUO, mMax: 20 } : { seed, generatingVector: KUO, mMax: 20 });
  return new FastGram({ generator, kernel: shiftInvariantKernel({ dimension: 2, alpha: 2, weights: 1 }), n: 8 });
}

function netGram(randomize: "none" | "ds" = "none"): FastGram {
  const generator = new DigitalNet(2, { randomize, bits: 32, seed: 11 });
  return new FastGram({ generator, kernel: digitalShiftInvariantKernel({ dimension: 2, alpha: 2, weights: 1, bits: 32 }), n: 8 });
}

describe("FastGram", () => {
  describe("reference checks (d = 2, n = 8, S = 1, γ = 1, α = 2)", () => {
    it("lattice / SI: column, eigenvalues, log-det and K⁻¹(1…8) equal the mpmath values to 1e-12", () => {
      const g = latticeGram();
      const ex = exact.si_gram_lattice_d2_n8 as GramCheck;
      expectAllClose(g.column(), ex.column, 1e-12, "column");
      expectAllClose(g.eigenvalues, ex.eigenvalues, 1e-12, "eigenvalues");
      expectClose(g.logDet(), ex.logdet, 1e-12, "logDet");
      expectAllClose(g.solve(Y8), ex.solve_1_to_8, 1e-12, "solve");
      expect(g.transform).toBe("fftbr");
      expect(g.clipped).toBe(0);
    });

    it("lattice / SI: QMCPy's values agree to 1e-11 (its monomial B_4 is ≈ 2.4e-12 relative off)", () => {
      const g = latticeGram();
      expectAllClose(g.column(), qmcpy.SI_gram_lattice_d2_n8_alpha2_ls1_col0 as number[], 1e-11, "column");
      expectAllClose(g.eigenvalues, (qmcpy["SI_gram_eigs_sqrt(n)*fftbr(col0)"] as string[]).map(parseReal), 1e-11, "eigenvalues");
      expectClose(g.logDet(), qmcpy.SI_gram_logdet_dense as number, 1e-11, "logDet");
      expectAllClose(g.solve(Y8), qmcpy["SI_gram_solve_y1..8"] as number[], 1e-11, "solve");
    });

    it("net / DSI: column, eigenvalues, log-det and solve equal the exact values and QMCPy's to 1e-12", () => {
      const g = netGram();
      const ex = exact.dsi_gram_sobol_d2_n8_t32 as GramCheck;
      expect(Array.from(g.column())).toEqual(ex.column); // dyadic: exact
      expectAllClose(g.eigenvalues, ex.eigenvalues, 1e-15, "eigenvalues");
      expectClose(g.logDet(), ex.logdet, 1e-12, "logDet");
      expectAllClose(g.solve(Y8), ex.solve_1_to_8, 1e-12, "solve");
      expectAllClose(g.column(), qmcpy.DSI_gram_sobol_d2_n8_t32_alpha2_ls1_col0 as number[], 0, "QMCPy column");
      expectAllClose(g.eigenvalues, qmcpy["DSI_gram_eigs_sqrt(n)*fwht(col0)"] as number[], 1e-12, "QMCPy eigenvalues");
      expectClose(g.logDet(), qmcpy.DSI_gram_logdet_dense as number, 1e-12, "QMCPy logDet");
      expectAllClose(g.solve(Y8), qmcpy["DSI_gram_solve_y1..8"] as number[], 1e-12, "QMCPy solve");
      expect(g.transform).toBe("fwht");
    });

    it("the eigenvalues do not depend on the random shift (lattice) or digital shift (net)", () => {
      expectAllClose(latticeGram(123).eigenvalues, latticeGram().eigenvalues, 1e-14, "shifted lattice");
      expectAllClose(netGram("ds").eigenvalues, netGram().eigenvalues, 1e-15, "shifted net");
    });
  });
});
