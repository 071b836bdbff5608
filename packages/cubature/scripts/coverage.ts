/**
 * Coverage sweep: for each criterion and problem with an exact value, run `seeds` seeds and print the
 * share of runs whose error is within the tolerance, the worst error / tolerance among converged runs,
 * and the median n. Usage: npx tsx scripts/coverage.ts [seeds=50] [filter]
 */
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
  type Periodization,
} from "../src/index.js";

const seeds = Number(process.argv[2] ?? 50);
const filter = process.argv[3] ?? "";
// Experiments: COVERAGE_PERIODIZATION=c1sin runs cubQmcLatticeG with that periodization instead of its default.
// (The tables in README.md use the defaults.)
// COVERAGE_LATTICE_NINIT=4096 likewise changes its nInit.
const latticeOptions = {
  ...(process.env.COVERAGE_PERIODIZATION ? { periodization: process.env.COVERAGE_PERIODIZATION as Periodization } : {}),
  ...(process.env.COVERAGE_LATTICE_NINIT ? { nInit: Number(process.env.COVERAGE_LATTICE_NINIT) } : {}),
};
type Run = (f: Integrand<"scalar">, absTol: number, seed: number) => CubatureResult<"scalar">;
const criteria: [string, Run, number][] = [
  ["cubQmcNetG", (f, absTol, seed) => cubQmcNetG(f, { absTol, seed }), 1],
  ["cubQmcLatticeG", (f, absTol, seed) => cubQmcLatticeG(f, { absTol, seed, ...latticeOptions }), 1],
  ["cubQmcRepStudentT", (f, absTol, seed) => cubQmcRepStudentT(f, { absTol, seed }), 1],
  ["cubMcClt", (f, absTol, seed) => cubMcClt(f, { absTol, seed }), 10],
];
const problems: [string, Integrand<"scalar">, number][] = [];
for (let d = 1; d <= 10; d++) problems.push([`keister d=${d}`, keister(d), d <= 5 ? 1e-3 : 1e-2 * 2 ** (d - 6)]);
for (const family of ["oscillatory", "product-peak", "corner-peak", "gaussian", "continuous", "discontinuous"] as const)
  problems.push([`genz ${family} d=3`, genz(3, { family }), family === "product-peak" ? 1e-2 : 1e-3]);
problems.push(["geometric asian call d=8", asianOption({ dimension: 8, mean: "geometric" }), 5e-3]);
problems.push(["geometric asian put d=8", asianOption({ dimension: 8, mean: "geometric", callPut: "put" }), 5e-3]);
problems.push(["european call (Black–Scholes)", europeanOption(), 5e-3]);
problems.push(["box integral d=3 s=-1", boxIntegral(3, -1), 1e-3]);
problems.push(["box integral d=3 s=1", boxIntegral(3, 1), 1e-3]);

// The configuration the docs prescribe for an integrand singular at a corner of the cube (outside the
// cone of the G criteria): a periodization whose weight vanishes there. Printed after the defaults.
const extra: [string, Run, number][] = [
  ["cubQmcLatticeG, periodization 'c1sin'", (f, absTol, seed) => cubQmcLatticeG(f, { absTol, seed, periodization: "c1sin" }), 1],
];
const extraProblems = problems.filter(([name]) => name === "box integral d=3 s=-1");

console.log(`| criterion | problem | absTol | within tol | converged | worst err/tol | median n |`);
console.log(`|---|---|---|---|---|---|---|`);
for (const [cname, run, mcFactor, list] of [
  ...criteria.map(([c, r, m]) => [c, r, m, problems] as const),
  ...extra.map(([c, r, m]) => [c, r, m, extraProblems] as const),
]) {
  for (const [pname, f, qmcTol] of list) {
    if (!`${cname} ${pname}`.includes(filter)) continue;
    const tol = qmcTol * mcFactor;
    let within = 0;
    let conv = 0;
    let worst = 0;
    const ns: number[] = [];
    for (let s = 1; s <= seeds; s++) {
      const r = run(f, tol, 1000 + s);
      const e = Math.abs(r.estimate - f.exactValue!) / tol;
      if (e <= 1) within++;
      if (r.converged) {
        conv++;
        worst = Math.max(worst, e);
      }
      ns.push(r.n);
    }
    ns.sort((a, b) => a - b);
    console.log(
      `| ${cname} | ${pname} | ${tol} | ${within}/${seeds} | ${conv}/${seeds} | ${worst.toFixed(2)} | ${ns[ns.length >> 1]} |`,
    );
  }
}
