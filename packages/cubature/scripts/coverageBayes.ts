/**
 * Coverage sweep of the Bayesian criteria on the battery of the guaranteed ones (Keister d = 1…8, the
 * six Genz families in d = 3, geometric Asian call d = 8): for `seeds` seeds, the share of runs whose
 * error is within the tolerance, and the median n and time beside cubQmcLatticeG at the same tolerance.
 * Usage: npx tsx --conditions source scripts/coverageBayes.ts [seeds=50] [filter] [criteria=lattice,net]
 */
import {
  asianOption,
  type CubatureResult,
  cubBayesLatticeG,
  cubBayesNetG,
  cubQmcLatticeG,
  genz,
  type Integrand,
  keister,
} from "../src/index.js";

const seeds = Number(process.argv[2] ?? 50);
const filter = process.argv[3] ?? "";
const which = (process.argv[4] ?? "lattice,net").split(",");
type Run = (f: Integrand<"scalar">, absTol: number, seed: number) => CubatureResult<"scalar">;
const bayes: [string, Run][] = [];
// Experiments: BAYES_OPTIONS='{"periodization":"baker"}' passes extra options to the Bayesian criteria;
// REFERENCE_NINIT=1024 runs cubQmcLatticeG with that nInit (the tables in README.md say which was used).
const extra = JSON.parse(process.env.BAYES_OPTIONS ?? "{}") as Record<string, unknown>;
const refNInit = process.env.REFERENCE_NINIT ? { nInit: Number(process.env.REFERENCE_NINIT) } : {};
const withRef = process.env.REFERENCE !== "0";
if (which.includes("lattice"))
  bayes.push(["cubBayesLatticeG", (f, absTol, seed) => cubBayesLatticeG(f, { absTol, seed, ...extra })]);
if (which.includes("net")) bayes.push(["cubBayesNetG", (f, absTol, seed) => cubBayesNetG(f, { absTol, seed, ...extra })]);
const reference: Run = (f, absTol, seed) => cubQmcLatticeG(f, { absTol, seed, ...refNInit });

const problems: [string, Integrand<"scalar">, number][] = [];
for (let d = 1; d <= 8; d++) problems.push([`keister d=${d}`, keister(d), d <= 5 ? 1e-3 : 1e-2 * 2 ** (d - 6)]);
for (const family of ["oscillatory", "product-peak", "corner-peak", "gaussian", "continuous", "discontinuous"] as const)
  problems.push([`genz ${family} d=3`, genz(3, { family }), family === "product-peak" ? 1e-2 : 1e-3]);
problems.push(["geometric asian call d=8", asianOption({ dimension: 8, mean: "geometric" }), 5e-3]);

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

console.log(
  `| criterion | problem | absTol | within tol | converged | median n | median n cubQmcLatticeG | median ms | median ms cubQmcLatticeG | worst err/tol |`,
);
console.log(`|---|---|---|---|---|---|---|---|---|---|`);
for (const [cname, run] of bayes) {
  for (const [pname, f, tol] of problems) {
    if (!`${cname} ${pname}`.includes(filter)) continue;
    let within = 0;
    let conv = 0;
    const ns: number[] = [];
    const ms: number[] = [];
    const nsRef: number[] = [];
    const msRef: number[] = [];
    const errs: number[] = [];
    for (let s = 1; s <= seeds; s++) {
      const r = run(f, tol, 1000 + s);
      const err = Math.abs(r.estimate - (f.exactValue as number));
      errs.push(err / tol);
      if (err <= tol) within++;
      if (r.converged) conv++;
      ns.push(r.n);
      ms.push(r.timeMs);
      if (withRef && cname === "cubBayesLatticeG") {
        const g = reference(f, tol, 1000 + s);
        nsRef.push(g.n);
        msRef.push(g.timeMs);
      }
    }
    const worst = Math.max(...errs);
    const ref = nsRef.length > 0 ? [median(nsRef), median(msRef).toFixed(1)] : ["", ""];
    console.log(
      `| ${cname} | ${pname} | ${tol} | ${within}/${seeds} | ${conv}/${seeds} | ${median(ns)} | ${ref[0]} | ${median(ms).toFixed(1)} | ${ref[1]} | ${worst.toFixed(2)} |`,
    );
  }
}
