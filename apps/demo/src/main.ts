// The README's main job (`npm run demo`): a short tour of qmckit on its embedded defaults.
import { RandomStream, type Sequence } from "@qmckit/core";
import { cubMcClt, cubQmcLatticeG, cubQmcNetG, cubQmcRepStudentT, keister } from "@qmckit/cubature";
import { DigitalNet } from "@qmckit/digital-net";
import { Halton } from "@qmckit/halton";
import { Lattice } from "@qmckit/lattice";
import { bayesSection } from "./bayes.js";

const fmt = (x: number) => x.toFixed(4);

console.log("qmckit demo — quasi-Monte Carlo in TypeScript\n");
console.log("=== Three generators: the first 4 points in d = 3 (seed 7) ===");
const generators: [string, Sequence][] = [
  ["Lattice, random shift", new Lattice(3, { seed: 7 })],
  ["Sobol' net, LMS + digital shift", new DigitalNet(3, { seed: 7 })],
  ["Halton, LMS + digit permutation", new Halton(3, { seed: 7 })],
];
for (const [name, g] of generators) {
  console.log(`${name}:`);
  for (const row of g.points(4).toRows()) console.log(`  [${row.map(fmt).join(", ")}]`);
}

const d = 5;
const R = 16;
// The library's Keister integrand: evaluate(u, n) maps n points of the unit cube to the integrand's values.
const f = keister(d);
const exact = f.exactValue!;
const keisterMean = (u: Float64Array, n: number) => f.evaluate(u, n).reduce((s, y) => s + y, 0) / n;
console.log(`\n=== QMC versus Monte Carlo: the Keister integral, d = ${d} (exact ${exact}) ===`);
console.log(`Root-mean-square error over ${R} independent randomizations (seed 2026):\n`);
console.log(["n".padStart(7), "Monte Carlo", "Sobol'", "lattice", "Halton", "MC / Sobol'"].map((s) => s.padStart(12)).join(""));
const seed = 2026;
const qmc: Sequence[] = [
  new DigitalNet(d, { seed, replications: R }),
  new Lattice(d, { seed, replications: R }),
  new Halton(d, { seed, replications: R }),
];
for (let m = 8; m <= 16; m += 2) {
  const n = 2 ** m;
  const rmse = (estimates: number[]) => Math.sqrt(estimates.reduce((s, e) => s + (e - exact) ** 2, 0) / estimates.length);
  // Independent Monte Carlo streams for every n, spawned from one seed.
  const mc = rmse(new RandomStream(seed + m).spawn(R).map((s) => keisterMean(s.fillFloat64(new Float64Array(n * d)), n)));
  const q = qmc.map((g) => {
    const ps = g.points(n);
    return rmse(Array.from({ length: R }, (_, r) => keisterMean(ps.replication(r).data, n)));
  });
  const cells = [`2^${m}`.padStart(7), ...[mc, ...q].map((e) => e.toExponential(2)), `${(mc / q[0]).toFixed(0)}×`];
  console.log(cells.map((s) => s.padStart(12)).join(""));
}
console.log("\nMonte Carlo error falls like n^(-1/2); randomized QMC errors fall much faster on this smooth integrand.");

console.log(`\n=== Adaptive cubature with error bounds (@qmckit/cubature): Keister d = ${d}, absTol 1e-3 ===`);
console.log(
  [
    "criterion".padEnd(22),
    "estimate".padStart(12),
    "error bound".padStart(12),
    "true error".padStart(12),
    "n".padStart(9),
    "ms".padStart(7),
  ].join(""),
);
const criteria = [
  ["cubQmcNetG", cubQmcNetG],
  ["cubQmcLatticeG", cubQmcLatticeG],
  ["cubQmcRepStudentT", cubQmcRepStudentT],
  [
    "cubMcClt (absTol 2e-2)",
    (f: ReturnType<typeof keister>, o: { absTol: number; seed: number }) => cubMcClt(f, { ...o, absTol: 2e-2 }),
  ],
] as const;
for (const [name, criterion] of criteria) {
  const r = criterion(keister(d), { absTol: 1e-3, seed });
  const cells = [
    name.padEnd(22),
    r.estimate.toFixed(6).padStart(12),
    r.errorBound.toExponential(1).padStart(12),
    Math.abs(r.estimate - exact)
      .toExponential(1)
      .padStart(12),
    String(r.n).padStart(9),
    r.timeMs.toFixed(0).padStart(7),
  ];
  console.log(cells.join(""));
}

bayesSection(seed);
