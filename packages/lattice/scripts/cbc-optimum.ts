/**
 * The reference of the default vector's quality check: the worst-case error of a plain (non-embedded,
 * repeats allowed) fast-CBC rule built for n = 2^m alone, with the default vector's weights
 * γ_j = 1/(2π² j²) (Korobov space, α = 1), at the checkpoint dimensions.
 *
 *   npx tsx scripts/cbc-optimum.ts --levels 21,22,23,24 [--dimension 3600]
 *
 * Writes data/cbc-optimum/m<m>.json per level (one level at a time, so that levels can run in separate
 * processes). At n = 2^24 one stage costs about 0.9 s on one core (d = 3600: about an hour), which is
 * why these numbers are committed rather than recomputed by `npm test` or by every
 * `build-default-vector.ts --compare` (which reads them, and computes a missing level itself).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cbc } from "../src/cbc.js";
import { defaultGeneratingVectorWeights } from "../src/defaultGeneratingVector.js";
import { CHECKPOINTS } from "./checkpoints.js";

const args = process.argv.slice(2);
const flag = (name: string) => args.indexOf(name);
const dimension = flag("--dimension") >= 0 ? Number(args[flag("--dimension") + 1]) : 3600;
const levels = (flag("--levels") >= 0 ? args[flag("--levels") + 1] : "21,22,23,24").split(",").map(Number);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The plain-CBC errors at the checkpoints for level m, written to data/cbc-optimum/m<m>.json. */
export function cbcOptimum(m: number, d: number): { dimension: number; error: number }[] {
  const t0 = performance.now();
  const result = cbc({ dimension: d, n: 2 ** m, weights: defaultGeneratingVectorWeights(d) });
  const seconds = (performance.now() - t0) / 1000;
  const rows = CHECKPOINTS.filter((c) => c <= d).map((c) => ({ dimension: c, error: result.worstCaseErrorByDimension[c - 1] }));
  mkdirSync(join(root, "data/cbc-optimum"), { recursive: true });
  writeFileSync(
    join(root, `data/cbc-optimum/m${m}.json`),
    `${JSON.stringify(
      {
        description: `Worst-case error e (weighted Korobov space, gamma_j = 1/(2 pi^2 j^2), alpha = 1) of the plain fast-CBC rule with n = 2^${m} points built for that n alone (no embedding, repeats allowed), first \`dimension\` components.`,
        generator: `scripts/cbc-optimum.ts --levels ${m} --dimension ${d}`,
        call: `cbc({ dimension: ${d}, n: 2 ** ${m}, weights: defaultGeneratingVectorWeights(${d}) })`,
        seconds: Math.round(seconds),
        m,
        vectorDimension: d,
        rows,
      },
      null,
      1,
    )}\n`,
  );
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const m of levels) {
    console.log(`${new Date().toISOString()} plain CBC n=2^${m}, d=${dimension}: start`);
    const t = performance.now();
    cbcOptimum(m, dimension);
    console.log(`${new Date().toISOString()} plain CBC n=2^${m}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}
