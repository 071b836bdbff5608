/**
 * Coverage sweep: for each criterion and problem with an exact value, run `seeds` seeds and print the
 * share of runs whose error is within the tolerance, the worst error / tolerance among converged runs,
 * the median n and the median time.
 *
 * Usage: node --conditions=source --import tsx scripts/coverage.ts [seeds=50] [filter] [group]
 *   filter: a substring of "criterion | problem" (e.g. "cubQmcNetG | keister"); group: "inside", "outside"
 *   or "all" (default).
 *
 * The problems and their split into inside / outside the cone of the G criteria: scripts/battery.ts.
 */
import { type CubatureResult, cubMcClt, cubQmcLatticeG, cubQmcNetG, cubQmcRepStudentT, type Integrand } from "../src/index.js";
import { inside, outside, type Problem } from "./battery.js";

const seeds = Number(process.argv[2] ?? 50);
const filter = process.argv[3] ?? "";
const group = process.argv[4] ?? "all";

type Run = (f: Integrand<"scalar">, absTol: number, seed: number) => CubatureResult<"scalar">;
/** name, run, factor applied to the QMC tolerance (IID Monte Carlo gets 10× looser ones). */
const criteria: [string, Run, number][] = [
  ["cubQmcNetG", (f, absTol, seed) => cubQmcNetG(f, { absTol, seed }), 1],
  ["cubQmcLatticeG", (f, absTol, seed) => cubQmcLatticeG(f, { absTol, seed }), 1],
  ["cubQmcRepStudentT", (f, absTol, seed) => cubQmcRepStudentT(f, { absTol, seed }), 1],
  ["cubMcClt", (f, absTol, seed) => cubMcClt(f, { absTol, seed }), 10],
];
/** The settings the docs recommend outside the cone, run on the outside problems only. */
const recommended: [string, Run, number][] = [
  ["cubQmcNetG, conservative", (f, absTol, seed) => cubQmcNetG(f, { absTol, seed, conservative: true }), 1],
  ["cubQmcLatticeG, conservative", (f, absTol, seed) => cubQmcLatticeG(f, { absTol, seed, conservative: true }), 1],
  ["cubQmcNetG, periodization 'c1sin'", (f, absTol, seed) => cubQmcNetG(f, { absTol, seed, periodization: "c1sin" }), 1],
  ["cubQmcLatticeG, periodization 'c1sin'", (f, absTol, seed) => cubQmcLatticeG(f, { absTol, seed, periodization: "c1sin" }), 1],
];

const runs: [string, string, Run, number, Problem[]][] = [];
if (group !== "outside") for (const [c, r, m] of criteria) runs.push(["inside", c, r, m, inside]);
if (group !== "inside") {
  for (const [c, r, m] of criteria) runs.push(["outside", c, r, m, outside]);
  for (const [c, r, m] of recommended) runs.push(["outside", c, r, m, outside]);
}

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s[s.length >> 1];
};
console.log(`| cone | criterion | problem | absTol | within tol | converged | worst err/tol | median n | median ms |`);
console.log(`|---|---|---|---|---|---|---|---|---|`);
for (const [cone, cname, run, mcFactor, list] of runs) {
  for (const [pname, f, qmcTol] of list) {
    if (!`${cname} | ${pname}`.includes(filter)) continue;
    const tol = qmcTol * mcFactor;
    let within = 0;
    let conv = 0;
    let worst = 0;
    const ns: number[] = [];
    const ms: number[] = [];
    for (let s = 1; s <= seeds; s++) {
      const r = run(f, tol, 1000 + s);
      const e = Math.abs(r.estimate - f.exactValue!) / tol;
      if (e <= 1) within++;
      if (r.converged) {
        conv++;
        worst = Math.max(worst, e);
      }
      ns.push(r.n);
      ms.push(r.timeMs);
    }
    console.log(
      `| ${cone} | ${cname} | ${pname} | ${tol} | ${within}/${seeds} | ${conv}/${seeds} | ${worst.toFixed(2)} | ${median(ns)} | ${median(ms).toFixed(1)} |`,
    );
  }
}
