import { describe, expect, it } from "vitest";
import {
  asianOption,
  boxIntegral,
  type CubatureResult,
  cubMcClt,
  cubQmcLatticeG,
  cubQmcNetG,
  cubQmcRepStudentT,
  europeanOption,
  genz,
  type Integrand,
  keister,
} from "../src/index.js";

/**
 * Seeded statistical tier: for each criterion and each problem with an exact value, 50 seeds; the
 * error must be within the tolerance in ≥ 95% of runs (48 of 50), and no converged run may have an
 * error above 5× the tolerance. The observed rates and n are printed by scripts/coverage.ts.
 */
type Run = (f: Integrand<"scalar">, absTol: number, seed: number) => CubatureResult<"scalar">;

const criteria: [string, Run][] = [
  ["cubQmcNetG", (f, absTol, seed) => cubQmcNetG(f, { absTol, seed })],
  ["cubQmcLatticeG", (f, absTol, seed) => cubQmcLatticeG(f, { absTol, seed })],
  ["cubQmcRepStudentT", (f, absTol, seed) => cubQmcRepStudentT(f, { absTol, seed })],
  ["cubMcClt", (f, absTol, seed) => cubMcClt(f, { absTol, seed })],
];

const problems: [string, Integrand<"scalar">, number, number][] = [
  // name, integrand, absTol for the QMC criteria, absTol for IID Monte Carlo
  ["keister d=3", keister(3), 2e-3, 5e-2],
  ["genz oscillatory d=3", genz(3), 1e-3, 1e-2],
  ["geometric asian call d=4", asianOption({ dimension: 4, mean: "geometric" }), 5e-3, 1e-1],
  ["european put (Black–Scholes)", europeanOption({ callPut: "put" }), 5e-3, 1e-1],
  ["box integral d=3 s=1", boxIntegral(3, 1), 1e-3, 5e-3],
];

describe.each(criteria)("%s meets its tolerance on exact integrals", (name, run) => {
  it.each(problems)(
    "%s: ≥ 48 of 50 seeds within tolerance, none converged beyond 5×",
    (_p, f, qmcTol, mcTol) => {
      const tol = name === "cubMcClt" ? mcTol : qmcTol;
      let within = 0;
      for (let seed = 1; seed <= 50; seed++) {
        const r = run(f, tol, 1000 + seed);
        const err = Math.abs(r.estimate - f.exactValue!);
        if (err <= tol) within++;
        expect(r.converged).toBe(true);
        expect(err).toBeLessThan(5 * tol);
      }
      expect(within).toBeGreaterThanOrEqual(48);
    },
    30_000,
  );
});

describe("the lattice criterion on an isotropic integrand in d = 10", () => {
  // Keister d = 10 weighs all coordinate pairs alike. With the lattice package's first default vector
  // (Korobov weights 1/j², 2π² times larger than the shipped ones) this gave 42/50 (docs/DECISIONS.md).
  it("cubQmcLatticeG, Keister d = 10, absTol 0.16: ≥ 48 of 50 seeds within tolerance, none beyond 2×", () => {
    const f = keister(10);
    let within = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const r = cubQmcLatticeG(f, { absTol: 0.16, seed: 1000 + seed });
      const err = Math.abs(r.estimate - f.exactValue!);
      if (err <= 0.16) within++;
      expect(r.converged).toBe(true);
      expect(err).toBeLessThan(2 * 0.16);
    }
    expect(within).toBeGreaterThanOrEqual(48);
  }, 60_000);
});

describe("the lattice criterion on an integrand unbounded at a corner", () => {
  // B_3(−1) is outside the cone; with nInit = 2^10 the default gave 42/50 with errors up to 3.2× absTol
  // (docs/DECISIONS.md). The default nInit = 2^12 is what the docs credit with 48/50, worst 1.13×.
  it("cubQmcLatticeG, box integral d = 3, s = −1, absTol 1e-3: ≥ 48 of 50 seeds within tolerance, none beyond 1.5×", () => {
    const f = boxIntegral(3, -1);
    let within = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const r = cubQmcLatticeG(f, { absTol: 1e-3, seed: 1000 + seed });
      const err = Math.abs(r.estimate - f.exactValue!);
      if (err <= 1e-3) within++;
      expect(r.converged).toBe(true);
      expect(err).toBeLessThan(1.5e-3);
    }
    expect(within).toBeGreaterThanOrEqual(48);
  }, 60_000);
});
