import { parseArgs } from "node:util";
import type { Sequence } from "@qmckit/core";
import { delimited } from "./formats/delimited.js";
import { json } from "./formats/json.js";
import { npy } from "./formats/npy.js";
import type { Format, Sink } from "./formats/Writer.js";
import { createGenerator, GENERATORS, type GeneratorName } from "./generators.js";
import { parseCount } from "./parseCount.js";
import { UsageError } from "./UsageError.js";

export const POINTS_HELP = `Usage: qmc points <lattice|net|halton> --dimension D --n N [options]

Writes N points of a D-dimensional low-discrepancy sequence, streamed in blocks.

Options:
  --dimension D       number of coordinates (required)
  --n N               number of points (required); N or 2^k
  --start S           index of the first point (default 0): points S … S+N−1
  --randomize R       lattice: shift | none;  net: lms-ds | lms | ds | nus | none;
                      halton: lms-perm | lms-ds | lms | perm | ds | nus | qrng | none
  --order O           lattice: natural | gray | linear;  net: natural | gray
  --alpha A           net only: interlacing factor for higher-order nets (default 1)
  --seed S            integer in [0, 2^53 − 1] (default: drawn, and reported in json)
  --replications R    independent randomizations (default 1)
  --format F          csv | tsv | json | npy (default csv)
  --out FILE          write to FILE instead of standard output
  -h, --help          this help

Output: csv/tsv one point per line (a leading replication column when R > 1); json
{"generator","dimension","n","replications","seed","points"} with points [n][d], or [R][n][d]
when R > 1; npy float64 of shape (n, d) or (R, n, d), loadable with numpy.load.

Examples:
  qmc points net --dimension 5 --n 8 --seed 42
  qmc points lattice --dimension 32 --n 2^20 --format npy --out lattice.npy
  qmc points halton --dimension 3 --n 1024 --replications 4 --format json > halton.json`;

const FORMATS = ["csv", "tsv", "json", "npy"] as const;

/** Parsed `qmc points` arguments. */
export interface PointsRequest {
  generator: Sequence;
  name: GeneratorName;
  start: number;
  n: number;
  format: Format;
  out?: string;
}

/** Joins `--opt -3` into `--opt=-3` so that negative numbers reach validation instead of the parser. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith("--") && !argv[i].includes("=") && /^-\d/.test(argv[i + 1] ?? "")) {
      out.push(`${argv[i]}=${argv[i + 1]}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}

/**
 * Parses `qmc points …` (argv after `points`). Returns `"help"` for `--help`.
 *
 * @throws UsageError for bad usage; TypeError/RangeError from the generator for bad values.
 */
export function parsePoints(argv: string[]): PointsRequest | "help" {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        dimension: { type: "string" },
        n: { type: "string" },
        start: { type: "string" },
        randomize: { type: "string" },
        order: { type: "string" },
        seed: { type: "string" },
        replications: { type: "string" },
        alpha: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split("\n")[0]} (see qmc points --help)`);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) return "help";
  const [name, ...extra] = parsed.positionals;
  if (name === undefined) throw new UsageError(`missing generator: qmc points <${GENERATORS.join("|")}> (see qmc points --help)`);
  if (!(GENERATORS as readonly string[]).includes(name)) {
    throw new UsageError(`unknown generator ${JSON.stringify(name)}; valid generators are ${GENERATORS.join(", ")}`);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])} (see qmc points --help)`);
  const str = (k: string) => v[k] as string | undefined;
  const dimension = parseCount("dimension", str("dimension"));
  if (dimension === undefined) throw new UsageError("missing --dimension (see qmc points --help)");
  const n = parseCount("n", str("n"));
  if (n === undefined) throw new UsageError("missing --n (see qmc points --help)");
  const start = parseCount("start", str("start")) ?? 0;
  const formatName = str("format") ?? "csv";
  if (!(FORMATS as readonly string[]).includes(formatName)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got ${JSON.stringify(formatName)}`);
  }
  const generator = createGenerator(name as GeneratorName, dimension, {
    randomize: str("randomize"),
    order: str("order"),
    alpha: parseCount("alpha", str("alpha")),
    seed: parseCount("seed", str("seed")),
    replications: parseCount("replications", str("replications")),
  });
  if (start < 0) throw new RangeError(`start must be an integer in [0, ${generator.maxPoints}]; got ${start}`);
  if (n < 0) throw new RangeError(`n must be an integer in [0, ${generator.maxPoints}]; got ${n}`);
  if (start + n > generator.maxPoints) {
    throw new RangeError(`start + n must be at most maxPoints = ${generator.maxPoints} for ${name}; got ${start + n}`);
  }
  const format = formatName === "json" ? json() : formatName === "npy" ? npy() : delimited(formatName === "tsv" ? "\t" : ",");
  return { generator, name: name as GeneratorName, start, n, format, out: str("out") };
}

/**
 * Streams the requested points through `format` into `sink`, in blocks of about 2^18 values, calling
 * `progress(done, total)` after each block. Memory stays bounded by a few blocks whatever n is.
 *
 * @remarks With several replications the output is replication-major, while generators produce all
 * replications of a window at once; each block is then generated once per replication (R× the work,
 * bounded memory).
 */
export async function streamPoints(
  req: PointsRequest,
  sink: Sink,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  const { generator: g, start, n, format } = req;
  const d = g.dimension;
  const R = g.replications;
  const rows = Math.max(1, Math.min(n, Math.floor(2 ** 18 / (d * R))));
  const buffer = new Float64Array(R * rows * d);
  await sink.write(format.begin({ generator: req.name, dimension: d, n, replications: R, seed: g.seed }));
  const total = n * R;
  let done = 0;
  for (let r = 0; r < R; r++) {
    for (let a = start; a < start + n; a += rows) {
      const b = Math.min(a + rows, start + n);
      const block = buffer.subarray(0, R * (b - a) * d);
      g.fill(block, a, b);
      const mine = block.subarray(r * (b - a) * d, (r + 1) * (b - a) * d);
      await sink.write(format.block(mine, b - a, r, a === start));
      done += b - a;
      progress?.(done, total);
    }
  }
  if (n === 0 && R > 1) for (let r = 0; r < R; r++) await sink.write(format.block(new Float64Array(0), 0, r, true));
  await sink.write(format.end());
}
