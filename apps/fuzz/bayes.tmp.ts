import * as C from "@qmckit/cubature";
import fc from "fast-check";
import { mostly, optionsOf } from "./src/harness.js";

const integrandArb = fc.oneof(
  fc.integer({ min: 1, max: 3 }).map((d) => ["keister", d, C.keister(d)] as const),
  fc.integer({ min: 1, max: 3 }).map((d) => ["genz", d, C.genz(d, { family: "oscillatory" })] as const),
  fc.constant(["box", 2, C.boxIntegral(2, 1)] as const),
  fc.constant(["euro", 0, C.europeanOption()] as const),
);
const opts = optionsOf({
  absTol: fc.constantFrom(0, 1e-3, 1e-2, 0.1),
  relTol: fc.constantFrom(0, 1e-3, 1e-2, 0.5),
  errorCriterion: fc.constantFrom("either", "both"),
  nInit: fc.constantFrom(2 ** 8, 2 ** 10, 1000),
  nMax: fc.constantFrom(2 ** 10, 2 ** 12),
  seed: fc.integer({ min: 0, max: 2 ** 53 - 1 }),
  periodization: fc.constantFrom(...C.PERIODIZATIONS),
  fitLoss: fc.constantFrom("mll", "gcv"),
  posterior: fc.constantFrom("empirical", "full"),
  level: fc.constantFrom(0.5, 0.99, 1e-3),
  smoothness: fc.constantFrom(1, 2, 4),
});
const which = process.argv[2] === "net" ? C.cubBayesNetG : C.cubBayesLatticeG;
const samples = fc.sample(fc.tuple(mostly(integrandArb), opts), { seed: 20261204, numRuns: 20 });
for (const [f, o] of samples) {
  const label = Array.isArray(f) ? `${f[0]}(${f[1]})` : String(f);
  process.stdout.write(`${label} ${JSON.stringify(o)} ... `);
  const t = performance.now();
  try {
    const r = which((Array.isArray(f) ? f[2] : f) as never, o as never);
    console.log((performance.now() - t).toFixed(0), "ms", r.converged, r.n);
  } catch (e) {
    console.log((performance.now() - t).toFixed(0), "ms", (e as Error).message.slice(0, 80));
  }
}
