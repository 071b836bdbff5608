import { parseArgs } from "node:util";
import type { Sequence } from "@qmckit/core";
import { NET_ORDERS, NET_RANDOMIZATIONS } from "@qmckit/digital-net";
import { HALTON_RANDOMIZATIONS } from "@qmckit/halton";
import { LATTICE_ORDERS, LATTICE_RANDOMIZATIONS } from "@qmckit/lattice";
import { delimited } from "./formats/delimited.js";
import { json } from "./formats/json.js";
import { npy } from "./formats/npy.js";
import type { Format, Sink } from "./formats/Writer.js";
import { createGenerator, GENERATORS, type GeneratorName, NET_TABLES, type NetTable, OPTION_RANGES } from "./generators.js";
import { parseCount } from "./parseCount.js";
import { UsageError } from "./UsageError.js";

/** The output formats of `qmc points`. */
export const FORMATS = Object.freeze(["csv", "tsv", "json", "npy"] as const);

const kinds = GENERATORS.join("|");
const quoted = (values: readonly string[]) => values.join(" | ");

/** `qmc points --help`, built from the generators' exported lists of valid values. */
export const POINTS_HELP = `Usage: qmc points <${kinds}> --dimension D --n N [options]

Writes N points of a D-dimensional low-discrepancy sequence (or i.i.d. uniform points), streamed in
blocks.

Options:
  --dimension D       number of coordinates (required)
  --n N               number of points (required); N or 2^k
  --start S           index of the first point (default 0): points S … S+N−1
  --randomize R       lattice: ${quoted(LATTICE_RANDOMIZATIONS)}
                      net: ${quoted(NET_RANDOMIZATIONS)}
                      halton: ${quoted(HALTON_RANDOMIZATIONS)}
                      (default: the first of each list)
  --order O           lattice: ${quoted(LATTICE_ORDERS)};  net: ${quoted(NET_ORDERS)}
  --alpha A           net only: interlacing factor for higher-order nets (default 1)
  --table T           net only: ${quoted(NET_TABLES)} (default: default). The default table
                      has the first 1024 dimensions of Joe–Kuo new-joe-kuo-6.21201; full has
                      all 21201 (loaded only when asked for)
  --seed S            integer in [0, 2^53 − 1]; default: drawn from a cryptographic source and
                      printed to stderr as "qmc: seed S", so that the run can be repeated
  --replications R    independent randomizations (default 1)
  --format F          ${quoted(FORMATS)} (default csv)
  --out FILE          write to FILE instead of standard output
  -h, --help          this help

Each option may be given once.

Output: csv/tsv one point per line (a leading replication column when R > 1); json
{"generator","dimension","n","replications","seed","points"} with points [n][d], or [R][n][d]
when R > 1; npy float64 of shape (n, d) or (R, n, d), loadable with numpy.load.

Examples:
  qmc points net --dimension 5 --n 8 --seed 42
  qmc points net --dimension 5000 --n 2^10 --table full --format npy --out net.npy
  qmc points lattice --dimension 32 --n 2^20 --format npy --out lattice.npy
  qmc points halton --dimension 3 --n 1024 --replications 4 --format json > halton.json`;

/** The options of `qmc points`, for `parseArgs`. */
const OPTIONS = {
  dimension: { type: "string" },
  n: { type: "string" },
  start: { type: "string" },
  randomize: { type: "string" },
  order: { type: "string" },
  seed: { type: "string" },
  replications: { type: "string" },
  alpha: { type: "string" },
  table: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Parsed `qmc points` arguments. */
export interface PointsRequest {
  generator: Sequence;
  name: GeneratorName;
  /** True when no --seed was given and the generator drew one (the CLI reports it on stderr). */
  seedDrawn: boolean;
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

/** Turns a `parseArgs` error into one balanced line for the command line. */
function parseError(e: unknown): UsageError {
  const err = e as Error & { code?: string };
  const option = /'(-{1,2}[^' ]+)/.exec(err.message)?.[1];
  const valid = Object.keys(OPTIONS)
    .map((k) => `--${k}`)
    .join(", ");
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
    return new UsageError(`unknown option ${option}; valid options are ${valid} (see qmc points --help)`);
  }
  if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    const name = option.replace(/^-h$/, "--help");
    return new UsageError(
      name === "--help" ? "--help takes no value (see qmc points --help)" : `${name} needs a value (see qmc points --help)`,
    );
  }
  return new UsageError(`${err.message.split(/\.\s|\n/)[0].replace(/\.$/, "")} (see qmc points --help)`);
}

/**
 * Parses `qmc points …` (argv after `points`) and builds the generator. Returns `"help"` for `--help`.
 *
 * @throws UsageError for bad usage (an unknown or repeated option, a missing value); RangeError or
 *   TypeError for a bad value, from the parser or from the generator.
 */
export async function parsePoints(argv: string[]): Promise<PointsRequest | "help"> {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof OPTIONS; tokens: true }>
  >;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), allowPositionals: true, strict: true, options: OPTIONS, tokens: true });
  } catch (e) {
    throw parseError(e);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== "option") continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; give each option once`);
    seen.add(token.name);
  }
  const v = parsed.values;
  if (v.help) return "help";
  const [name, ...extra] = parsed.positionals;
  if (name === undefined) throw new UsageError(`missing generator: qmc points <${GENERATORS.join("|")}> (see qmc points --help)`);
  if (!(GENERATORS as readonly string[]).includes(name)) {
    throw new UsageError(`unknown generator ${JSON.stringify(name)}; valid generators are ${GENERATORS.join(", ")}`);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])} (see qmc points --help)`);
  const dimension = parseCount("dimension", v.dimension);
  if (dimension === undefined) throw new UsageError("missing --dimension (see qmc points --help)");
  const n = parseCount("n", v.n);
  if (n === undefined) throw new UsageError("missing --n (see qmc points --help)");
  const start = parseCount("start", v.start) ?? 0;
  const formatName = v.format ?? "csv";
  if (!(FORMATS as readonly string[]).includes(formatName)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got ${JSON.stringify(formatName)}`);
  }
  if (v.table !== undefined && !(NET_TABLES as readonly string[]).includes(v.table)) {
    throw new UsageError(`--table must be one of ${NET_TABLES.join(", ")}; got ${JSON.stringify(v.table)}`);
  }
  const { generator, seedDrawn } = await createGenerator(name as GeneratorName, dimension, {
    randomize: v.randomize,
    order: v.order,
    alpha: parseCount("alpha", v.alpha),
    seed: parseCount("seed", v.seed, ...OPTION_RANGES.seed),
    replications: parseCount("replications", v.replications, ...OPTION_RANGES.replications),
    table: v.table as NetTable | undefined,
  });
  const cap = generator.maxPoints;
  if (start < 0 || start > cap) throw new RangeError(`--start must be an integer in [0, ${cap}] for ${name}; got ${v.start}`);
  if (n < 0 || n > cap - start) {
    throw new RangeError(`--n must be an integer in [0, maxPoints − start] = [0, ${cap - start}] for ${name}; got ${v.n}`);
  }
  const format = formatName === "json" ? json() : formatName === "npy" ? npy() : delimited(formatName === "tsv" ? "\t" : ",");
  return { generator, name: name as GeneratorName, seedDrawn, start, n, format, out: v.out };
}

/**
 * Streams the requested points through `format` into `sink`, in blocks of about 2^18 values, calling
 * `progress(done, total)` after each block. Memory stays bounded by a few blocks whatever n is.
 *
 * @remarks The output is replication-major. Generators with `fillReplication` (lattice, net, halton)
 * produce one replication of a block at a time, so the work is linear in the replications; others
 * produce all replications of a window at once, and each block is then generated once per replication
 * (R× the work, bounded memory).
 */
export async function streamPoints(
  req: PointsRequest,
  sink: Sink,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  const { generator: g, start, n, format } = req;
  const d = g.dimension;
  const R = g.replications;
  const one = g.fillReplication?.bind(g);
  const rows = Math.max(1, Math.min(n, Math.floor(2 ** 18 / (d * (one ? 1 : R)))));
  const buffer = new Float64Array((one ? 1 : R) * rows * d);
  await sink.write(format.begin({ generator: req.name, dimension: d, n, replications: R, seed: g.seed }));
  const total = n * R;
  let done = 0;
  for (let r = 0; r < R; r++) {
    for (let a = start; a < start + n; a += rows) {
      const b = Math.min(a + rows, start + n);
      let mine: Float64Array;
      if (one) mine = one(buffer.subarray(0, (b - a) * d), r, a, b);
      else {
        const block = buffer.subarray(0, R * (b - a) * d);
        g.fill(block, a, b);
        mine = block.subarray(r * (b - a) * d, (r + 1) * (b - a) * d);
      }
      await sink.write(format.block(mine, b - a, r, a === start));
      done += b - a;
      progress?.(done, total);
    }
  }
  if (n === 0 && R > 1) for (let r = 0; r < R; r++) await sink.write(format.block(new Float64Array(0), 0, r, true));
  await sink.write(format.end());
}
