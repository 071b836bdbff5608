// Computes the tables of docs/guides/discrepancy.md: our generators and randomizations ranked by the
// measures of @qmckit/discrepancy as n grows. Deterministic (fixed seeds). Run from the repository root:
//   npx tsx packages/discrepancy/scripts/rank-generators.ts > /tmp/tables.md
import { PointSet, RandomStream } from "@qmckit/core";
import { DigitalNet, joeKuo } from "@qmckit/digital-net";
import { Halton } from "@qmckit/halton";
import { defaultGeneratingVector, Lattice } from "@qmckit/lattice";
import { type DiscrepancyMethod, discrepancy, geometricDiscrepancy, latticePAlpha, spectralTest, tValue } from "../src/index.js";

const D = Number(process.env.DIM ?? 5);
const MS = [6, 8, 10, 12];
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

type Make = (n: number, seed: number) => PointSet;
const generators: [string, Make][] = [
  ["Sobol' LMS+DS (default)", (n, seed) => new DigitalNet(D, { seed }).points(n)],
  ["Sobol' DS", (n, seed) => new DigitalNet(D, { randomize: "ds", seed }).points(n)],
  ["Sobol' NUS (Owen)", (n, seed) => new DigitalNet(D, { randomize: "nus", seed }).points(n)],
  ["Sobol' unrandomized", (n) => new DigitalNet(D, { randomize: "none" }).points(n)],
  ["Lattice, shifted (default)", (n, seed) => new Lattice(D, { seed }).points(n)],
  ["Lattice unrandomized", (n) => new Lattice(D, { randomize: "none" }).points(n)],
  ["Halton LMS+perm (default)", (n, seed) => new Halton(D, { seed }).points(n)],
  ["Halton QRNG", (n, seed) => new Halton(D, { randomize: "qrng", seed }).points(n)],
  ["Halton unrandomized", (n) => new Halton(D, { randomize: "none" }).points(n)],
  ["IID uniform", (n, seed) => new PointSet(new RandomStream(seed).fillFloat64(new Float64Array(n * D)), 1, n, D)],
];
const randomized = (name: string) => !name.includes("unrandomized");

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function fmt(v: number): string {
  return v.toExponential(2);
}

function table(title: string, measure: (p: PointSet) => number, note: string): void {
  console.log(`\n### ${title}\n\n${note}\n`);
  console.log(`| generator | ${MS.map((m) => `n = 2^${m}`).join(" | ")} | rank at 2^${MS[MS.length - 1]} |`);
  console.log(`| --- | ${MS.map(() => "---:").join(" | ")} | ---: |`);
  const rows = generators.map(([name, make]) => {
    const values = MS.map((m) => {
      const seeds = randomized(name) ? SEEDS : [0];
      return mean(seeds.map((s) => measure(make(2 ** m, s))));
    });
    return { name, values };
  });
  const last = rows.map((r) => r.values[r.values.length - 1]);
  const higherIsBetter = title.startsWith("Mean MST") || title.startsWith("Minimum");
  const order = [...last].sort((a, b) => (higherIsBetter ? b - a : a - b));
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.values.map(fmt).join(" | ")} | ${order.indexOf(r.values[r.values.length - 1]) + 1} |`);
  }
}

console.log(`## Measured: d = ${D}, mean over ${SEEDS.length} seeds for randomized sets`);
for (const method of ["CD", "WD", "L2-star"] as DiscrepancyMethod[]) {
  table(
    `${method}${method === "L2-star" ? "" : "²"}`,
    (p) => discrepancy(p, { method }),
    method === "L2-star" ? "The L2-star discrepancy (smaller is better)." : `Squared ${method} (smaller is better).`,
  );
}
table("Mean MST edge (euclidean)", (p) => geometricDiscrepancy(p, { method: "mst" }), "Larger is better.");
table("Minimum distance (euclidean)", (p) => geometricDiscrepancy(p), "Larger is better.");

console.log("\n## Figures of merit of the constructions\n");
console.log("| s | t of Sobol' (Joe–Kuo), m = 10 | m = 16 | m = 20 |");
console.log("| ---: | ---: | ---: | ---: |");
for (const s of [2, 3, 4, 5, 6, 8, 10, 12]) {
  const c = joeKuo.matrices(s);
  console.log(`| ${s} | ${tValue(c, 10)} | ${tValue(c, 16)} | ${tValue(c, 20)} |`);
}
console.log("\n| d | n | P_2 of the default lattice vector | spectral test ℓ (normalized, d ≤ 8) |");
console.log("| ---: | ---: | ---: | ---: |");
const z = Array.from(defaultGeneratingVector());
for (const d of [2, 3, 4, 5, 6, 8]) {
  for (const m of [10, 16, 20]) {
    const n = 2 ** m;
    const st = spectralTest(z.slice(0, d), n);
    console.log(
      `| ${d} | 2^${m} | ${fmt(latticePAlpha(z.slice(0, d), n))} | ${st.length.toFixed(2)} (${(st.normalized ?? Number.NaN).toFixed(3)}) |`,
    );
  }
}
