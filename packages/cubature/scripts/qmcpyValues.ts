/**
 * Feeds scripts/qmcpy_g.py (our restatement of QMCPy's CubQMCNetG / CubQMCLatticeG stopping algorithm):
 * for each problem of the battery (scripts/battery.ts, inside the cone), each G criterion and each seed,
 * runs our criterion with its defaults, then writes the integrand values at the same points — the
 * criterion's own randomized sequence, in the order it consumes them (natural order; periodized for the
 * lattice), up to 2× the n our criterion used — so that QMCPy's rule can be applied to exactly the values
 * our criterion saw.
 *
 * Usage: node --conditions=source --import tsx scripts/qmcpyValues.ts <outDir> [seeds=50] [filter]
 * Writes <outDir>/index.json and one <outDir>/<k>.f64 file (little-endian float64) per criterion × problem.
 * Then: python3 scripts/qmcpy_g.py <outDir>
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  cubQmcLatticeG,
  cubQmcLatticeGAsync,
  cubQmcNetG,
  cubQmcNetGAsync,
  evaluateWindow,
  type SequenceSpec,
} from "../src/index.js";
import { inside } from "./battery.js";

const outDir = process.argv[2];
if (outDir === undefined) throw new Error("usage: qmcpyValues.ts <outDir> [seeds] [filter]");
const seeds = Number(process.argv[3] ?? 50);
const filter = process.argv[4] ?? "";
mkdirSync(outDir, { recursive: true });

const criteria = [
  ["cubQmcNetG", cubQmcNetG, cubQmcNetGAsync, "walsh"],
  ["cubQmcLatticeG", cubQmcLatticeG, cubQmcLatticeGAsync, "fourier"],
] as const;

interface Entry {
  criterion: string;
  transform: "walsh" | "fourier";
  problem: string;
  absTol: number;
  file: string;
  runs: {
    seed: number;
    /** float64 offset and count of this run's values in the file. */
    offset: number;
    count: number;
    n: number;
    estimate: number;
    converged: boolean;
    coneViolated: boolean;
    /** The whole call, integrand evaluations included. */
    timeMs: number;
    /** The same run fed the values below (no evaluation): the stopping rule's own cost. */
    ruleMs: number;
    /** n of the same seed with `conservative: true` (the rule of issue #9). */
    nConservative: number;
  }[];
}

const index: Entry[] = [];
for (const [cname, criterion, criterionAsync, transform] of criteria) {
  for (const [pname, f, absTol] of inside) {
    if (!`${cname} | ${pname}`.includes(filter)) continue;
    const file = `${index.length}.f64`;
    const entry: Entry = { criterion: cname, transform, problem: pname, absTol, file, runs: [] };
    const blocks: Float64Array[] = [];
    let offset = 0;
    for (let s = 1; s <= seeds; s++) {
      const r = criterion(f, { absTol, seed: 1000 + s });
      // The values at the same points: the result's generator (kind, seed, randomization, order) and
      // periodization. Points are fixed by their index, so one window [0, 2n) gives what the criterion's
      // windows [0, 1024), [1024, 2048), … gave, and the next level's values.
      const count = 2 * r.n;
      const y = evaluateWindow(f, {
        generator: r.state.generator as SequenceSpec,
        periodization: r.state.periodization,
        start: 0,
        end: count,
        outputs: 1,
        active: [true],
      });
      // Our rule alone: the same run, its windows answered from y.
      const replay = await criterionAsync(f, {
        absTol,
        seed: 1000 + s,
        evaluate: (task) => y.slice(task.start, task.end),
      });
      if (replay.n !== r.n || replay.estimate !== r.estimate) throw new Error(`${cname} | ${pname}: replay differs`);
      const conservative = criterion(f, { absTol, seed: 1000 + s, conservative: true });
      blocks.push(y);
      entry.runs.push({
        seed: 1000 + s,
        offset,
        count,
        n: r.n,
        estimate: r.estimate,
        converged: r.converged,
        coneViolated: r.coneViolated ?? false,
        timeMs: r.timeMs,
        ruleMs: replay.timeMs,
        nConservative: conservative.n,
      });
      offset += count;
    }
    const all = new Float64Array(offset);
    let at = 0;
    for (const b of blocks) {
      all.set(b, at);
      at += b.length;
    }
    writeFileSync(join(outDir, file), new Uint8Array(all.buffer));
    index.push(entry);
    process.stderr.write(`${cname} | ${pname}: ${seeds} seeds\n`);
  }
}
writeFileSync(join(outDir, "index.json"), JSON.stringify(index, null, 1));
