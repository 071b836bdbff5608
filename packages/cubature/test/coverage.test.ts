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
 * Seeded statistical tier: for each criterion and each problem with an exact value inside the cone of the
 * G criteria (scripts/battery.ts), 50 seeds; the error must be within the tolerance in ≥ 95% of runs
 * (48 of 50), and no converged run may have an error above 3× the tolerance. The observed rates and n
 * are printed by scripts/coverage.ts.
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
    "%s: ≥ 48 of 50 seeds within tolerance, none converged beyond 3×",
    (_p, f, qmcTol, mcTol) => {
      const tol = name === "cubMcClt" ? mcTol : qmcTol;
      let within = 0;
      for (let seed = 1; seed <= 50; seed++) {
        const r = run(f, tol, 1000 + seed);
        const err = Math.abs(r.estimate - f.exactValue!);
        if (err <= tol) within++;
        expect(r.converged).toBe(true);
        expect(err).toBeLessThan(3 * tol);
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

describe("the G criteria on an integrand unbounded at a corner, with the settings the docs recommend", () => {
  // B_3(−1) is outside the cone of the G criteria. With the defaults (QMCPy's rule, nInit 2^10) the
  // lattice criterion is within tolerance in 42/50 seeds, worst 3.2× (package README). The docs send
  // such integrands to a periodization whose weight vanishes at the corner, or to the conservative rule.
  const f = boxIntegral(3, -1);
  it.each([
    ["cubQmcLatticeG, conservative", (seed: number) => cubQmcLatticeG(f, { absTol: 1e-3, seed, conservative: true }), 1.5],
    [
      "cubQmcLatticeG, periodization 'c1sin'",
      (seed: number) => cubQmcLatticeG(f, { absTol: 1e-3, seed, periodization: "c1sin" }),
      1.5,
    ],
    ["cubQmcNetG, periodization 'c1sin'", (seed: number) => cubQmcNetG(f, { absTol: 1e-3, seed, periodization: "c1sin" }), 1.5],
  ] as const)(
    "%s, absTol 1e-3: ≥ 48 of 50 seeds within tolerance, none beyond 1.5×",
    (_, run, worst) => {
      let within = 0;
      for (let seed = 1; seed <= 50; seed++) {
        const r = run(1000 + seed);
        const err = Math.abs(r.estimate - f.exactValue!);
        if (err <= 1e-3) within++;
        expect(r.converged).toBe(true);
        expect(err).toBeLessThan(worst * 1e-3);
      }
      expect(within).toBeGreaterThanOrEqual(48);
    },
    60_000,
  );
});
