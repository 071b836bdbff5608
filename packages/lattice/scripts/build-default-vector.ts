/**
 * Rebuilds qmckit's default lattice generating vector with our own fast CBC and records its quality.
 *
 *   npx tsx scripts/build-default-vector.ts [--dimension 3600] [--extend-dimension 1000] [--compare]
 *     [--extend-only] [--compare-only]
 *
 * Two stages, both `cbc()` with product weights γ_j = 1/(2π² j²) in the Korobov space of α = 1 — that
 * is, γ_j = 1/j² in the shift-averaged unanchored Sobolev space, the convention of F. Kuo's published
 * vectors (the Sobolev kernel B_2 is the Korobov kernel 2π²B_2 divided by 2π²). Why these weights:
 * docs/DECISIONS.md.
 *
 * 1. g = cbc({ dimension, n: 2^20, mMin: 10, distinct: true, weights }): the extensible sequence over
 *    2^10 … 2^20 points (distinct: with such fast-decaying weights plain CBC repeats components after a
 *    few hundred coordinates). With --extend-only this stage is skipped and g is the shipped vector
 *    taken mod 2^20 (what stage 1 produced; the tests rebuild a prefix of it).
 * 2. G = cbc({ dimension: E, n: 2^24, extend: { generatingVector: g, mMax: 20 }, distinct: true, weights })
 *    for the first E = --extend-dimension components (default: all): G_j ≡ g_j (mod 2^20), so every
 *    point for n ≤ 2^20 is unchanged, and the four higher bits of each component are chosen by the
 *    embedded criterion over the levels 2^21 … 2^24. Components beyond E stay g_j (2^20 points). One
 *    stage costs about 0.14 s of CPU at 2^24 (E = 1000: about 2.5 min on an idle core).
 *
 * Writes src/data/defaultGeneratingVector.data.ts (G, packed: 3 bytes per component, G < 2^24) and
 * data/default-vector-extension.json (the errors of G at 2^21 … 2^24 for the checkpoint dimensions, as
 * cbc reports them). --compare-only skips both stages and redoes the comparison from those files. With
 * --compare also data/default-vector-errors.json and data/default-vector.md: the worst-case error of the
 * vector at each level 2^10 … 2^24 for the checkpoint dimensions, beside the error of a plain
 * (non-embedded) CBC rule built for that level alone, and their ratio. The plain rules are read from
 * data/cbc-optimum/m<m>.json, written by scripts/cbc-optimum.ts (stage 1 rewrites those of 2^10 … 2^20
 * for the full dimension; those of 2^21 … 2^24 cost about 0.1 … 0.9 s of CPU per dimension each:
 * `npx tsx scripts/cbc-optimum.ts --levels 21,22,23,24 --dimension 200`). With --extend-only the vector's
 * own errors at 2^10 … 2^20 are kept from the previous record (its points there are unchanged). Beyond
 * the dimension
 * recorded there, the ratio is reported as an upper bound: the worst-case error of a CBC rule does not
 * decrease with the dimension (its lower-dimensional prefix is the lower-dimensional CBC rule, and a
 * projection's error is at most the rule's), so e_CBC(d) ≥ e_CBC(d′) for the largest recorded d′ ≤ d.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cbc } from "../src/cbc.js";
import { defaultGeneratingVector, defaultGeneratingVectorWeights } from "../src/defaultGeneratingVector.js";
import { cbcOptimum } from "./cbc-optimum.js";
import { CHECKPOINTS } from "./checkpoints.js";

const M_MIN = 10;
const M_BASE = 20;
const M_MAX = 24;
const args = process.argv.slice(2);
const flag = (name: string) => args.indexOf(name);
const dimension = flag("--dimension") >= 0 ? Number(args[flag("--dimension") + 1]) : 3600;
const extendDimension = flag("--extend-dimension") >= 0 ? Number(args[flag("--extend-dimension") + 1]) : dimension;
if (!(Number.isInteger(extendDimension) && extendDimension >= 1 && extendDimension <= dimension)) {
  throw new RangeError(`--extend-dimension must be an integer in [1, ${dimension}]; got ${extendDimension}`);
}

const compareOnly = flag("--compare-only") >= 0;
const compare = flag("--compare") >= 0 || compareOnly;
const extendOnly = flag("--extend-only") >= 0 || compareOnly;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const output = flag("--output") >= 0 ? args[flag("--output") + 1] : join(root, "src/data/defaultGeneratingVector.data.ts");
const log = (text: string) => console.log(`${new Date().toISOString()} ${text}`);

interface Row {
  m: number;
  dimension: number;
  error: number;
  cbcOptimum: number;
  ratio: number;
  /** Set when cbcOptimum is the plain-CBC error of a lower dimension (a lower bound), so ratio is an upper bound. */
  optimumDimension?: number;
}

/** γ_j = 1/(2π² j²): Sobolev weights 1/j² expressed in the Korobov space of cbc(). */
const weights = defaultGeneratingVectorWeights(dimension);
const checkpoints = CHECKPOINTS.filter((d) => d <= dimension);
if (!checkpoints.includes(dimension)) checkpoints.push(dimension);
/** The checkpoints of the levels 2^21 … 2^24. */
const extendedCheckpoints = checkpoints.filter((d) => d <= extendDimension);
if (!extendedCheckpoints.includes(extendDimension)) extendedCheckpoints.push(extendDimension);
const rows: Row[] = [];
/** The vector's own errors at 2^10 … 2^20 (from stage 1, or from the previous record with --extend-only). */
const baseErrors: { m: number; dimension: number; error: number }[] = [];

// Stage 1: the sequence over 2^10 … 2^20.
let base: Uint32Array;
let baseSeconds = 0;
if (extendOnly) {
  const shipped = defaultGeneratingVector();
  if (shipped.length < dimension) throw new RangeError(`--extend-only needs the shipped vector to have ${dimension} components`);
  base = shipped.subarray(0, dimension).map((z) => z % 2 ** M_BASE);
  log(`stage 1 skipped (--extend-only): the shipped vector mod 2^${M_BASE}`);
} else {
  const t0 = performance.now();
  const result = cbc({ dimension, n: 2 ** M_BASE, mMin: M_MIN, distinct: true, weights });
  baseSeconds = (performance.now() - t0) / 1000;
  base = result.generatingVector;
  log(`stage 1, embedded CBC: d=${dimension}, levels 2^${M_MIN}..2^${M_BASE}: ${baseSeconds.toFixed(1)} s`);
  if (compare) {
    const nl = result.levels.length;
    for (let m = M_MIN; m <= M_BASE; m++) {
      for (const d of checkpoints) {
        baseErrors.push({ m, dimension: d, error: result.worstCaseErrorByDimensionAndLevel[(d - 1) * nl + (m - M_MIN)] });
      }
      // The plain-CBC references of these levels are cheap: (re)computed here for the full dimension.
      const t = performance.now();
      cbcOptimum(m, dimension);
      log(`plain CBC n=2^${m}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
  }
}

// Stage 2: the four higher bits, embedded over 2^21 … 2^24.
const extensionPath = flag("--output") >= 0 ? `${output}.extension.json` : join(root, "data/default-vector-extension.json");
if (!compareOnly) {
  const t1 = performance.now();
  const extended = cbc({
    dimension: extendDimension,
    n: 2 ** M_MAX,
    extend: { generatingVector: base, mMax: M_BASE },
    distinct: true,
    weights: weights.subarray(0, extendDimension),
  });
  const extendSeconds = (performance.now() - t1) / 1000;
  log(`stage 2, extension: d=${extendDimension}, levels 2^${M_BASE + 1}..2^${M_MAX}: ${extendSeconds.toFixed(1)} s`);
  const G = Uint32Array.from(base);
  G.set(extended.generatingVector);
  for (let j = 0; j < dimension; j++) {
    if (G[j] % 2 ** M_BASE !== base[j] % 2 ** M_BASE || G[j] >= 2 ** M_MAX) throw new Error(`component ${j} lost its low bits`);
  }

  const bytes = new Uint8Array(3 * dimension);
  for (let j = 0; j < dimension; j++) {
    const z = G[j];
    bytes[3 * j] = z >>> 16;
    bytes[3 * j + 1] = (z >>> 8) & 255;
    bytes[3 * j + 2] = z & 255;
  }
  const packed = Buffer.from(bytes).toString("base64");
  const lines = packed.match(/.{1,120}/g) ?? [];
  const timing = extendOnly
    ? `stage 2 in ${extendSeconds.toFixed(0)} s`
    : `stages 1 and 2 in ${baseSeconds.toFixed(0)} s + ${extendSeconds.toFixed(0)} s`;
  writeFileSync(
    output,
    `// Generated by scripts/build-default-vector.ts — do not edit. qmckit's own vector (MIT), built by
// g = cbc({ dimension: ${dimension}, n: 2^${M_BASE}, mMin: ${M_MIN}, distinct: true, weights: 1/(2π² j²), alpha: 1 }), then
// cbc({ dimension: ${extendDimension}, n: 2^${M_MAX}, extend: { generatingVector: g, mMax: ${M_BASE} }, distinct: true, weights }) (${timing}).
/** Number of components. */
export const DIMENSION = ${dimension};
/** The first EXTENDED_DIMENSION components serve 2^M_MAX points, the others 2^M_BASE. */
export const EXTENDED_DIMENSION = ${extendDimension};
/** Valid for up to 2^M_MAX points. */
export const M_MAX = ${M_MAX};
/** All components agree modulo 2^M_BASE with the sequence built for 2^M_BASE points. */
export const M_BASE = ${M_BASE};
/** Components as 3-byte big-endian integers, base64. */
export const PACKED =
${lines.map((l) => `  "${l}"`).join(" +\n")};
`,
  );
  log(`wrote ${output}`);
  const nl = extended.levels.length;
  const extensionRows = [];
  for (let m = M_BASE + 1; m <= M_MAX; m++) {
    for (const d of extendedCheckpoints) {
      extensionRows.push({ m, dimension: d, error: extended.worstCaseErrorByDimensionAndLevel[(d - 1) * nl + (m - M_BASE - 1)] });
    }
  }
  writeFileSync(
    extensionPath,
    `${JSON.stringify(
      {
        description: `Worst-case error e (Korobov, gamma_j = 1/(2 pi^2 j^2), alpha = 1) of the default vector at n = 2^m, first \`dimension\` components, as reported by the extension call of scripts/build-default-vector.ts (${timing}).`,
        vectorDimension: extendDimension,
        rows: extensionRows,
      },
      null,
      1,
    )}\n`,
  );
}

if (compare) {
  const recordPath = join(root, "data/default-vector-errors.json");
  if (extendOnly) {
    // The vector's errors at 2^10 … 2^20 are unchanged (its points there are); only the references are redone.
    const previous = JSON.parse(readFileSync(recordPath, "utf8")) as { rows: Row[] };
    for (const r of previous.rows) {
      if (r.m <= M_BASE && checkpoints.includes(r.dimension)) baseErrors.push({ m: r.m, dimension: r.dimension, error: r.error });
    }
  }
  const own = JSON.parse(readFileSync(extensionPath, "utf8")) as { rows: { m: number; dimension: number; error: number }[] };
  for (let m = M_MIN; m <= M_MAX; m++) {
    const file = join(root, `data/cbc-optimum/m${m}.json`);
    if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/cbc-optimum.ts --levels ${m} first`);
    const optimum = JSON.parse(readFileSync(file, "utf8")) as { rows: { dimension: number; error: number }[] };
    for (const d of m <= M_BASE ? checkpoints : extendedCheckpoints) {
      const mine = (m <= M_BASE ? baseErrors : own.rows).find((r) => r.m === m && r.dimension === d);
      if (mine === undefined) throw new Error(`${extensionPath} has no error for m=${m}, d=${d}`);
      const error = mine.error;
      const known = optimum.rows.filter((r) => r.dimension <= d);
      const reference = known[known.length - 1];
      const row: Row = { m, dimension: d, error, cbcOptimum: reference.error, ratio: error / reference.error };
      if (reference.dimension !== d) row.optimumDimension = reference.dimension;
      rows.push(row);
    }
  }
  rows.sort((a, b) => a.m - b.m || a.dimension - b.dimension);
  writeFileSync(
    recordPath,
    `${JSON.stringify(
      {
        description:
          "Worst-case error e (weighted Korobov space, gamma_j = 1/(2 pi^2 j^2), i.e. Sobolev weights 1/j^2, alpha = 1) of qmckit's default extensible lattice vector at n = 2^m, for the first `dimension` components, beside the error of a non-embedded fast-CBC rule built for that n alone (cbcOptimum), and their ratio. Where optimumDimension is given, cbcOptimum is the plain-CBC error for that smaller dimension, a lower bound of the optimum for `dimension` (errors do not decrease with the dimension), so ratio is an upper bound.",
        generator: "scripts/build-default-vector.ts --compare (levels 21..24: data/cbc-optimum/, from scripts/cbc-optimum.ts)",
        vectorDimension: dimension,
        extendedDimension: extendDimension,
        mMin: M_MIN,
        mBase: M_BASE,
        mMax: M_MAX,
        rows,
      },
      null,
      1,
    )}\n`,
  );
  const table = [
    `| m | ${checkpoints.map((d) => `d=${d}`).join(" | ")} | max |`,
    `| --- | ${checkpoints.map(() => "---").join(" | ")} | --- |`,
  ];
  for (let m = M_MIN; m <= M_MAX; m++) {
    const level = rows.filter((x) => x.m === m);
    const cells = checkpoints.map((d) => {
      const r = level.find((x) => x.dimension === d);
      if (r === undefined) return "—";
      return `${r.error.toExponential(3)} (×${r.ratio.toFixed(3)}${r.optimumDimension === undefined ? "" : "†"})`;
    });
    table.push(`| ${m} | ${cells.join(" | ")} | ${Math.max(...level.map((r) => r.ratio)).toFixed(3)} |`);
  }
  const worst = (from: number, to: number) =>
    Math.max(...rows.filter((r) => r.m >= from && r.m <= to).map((r) => r.ratio)).toFixed(3);
  writeFileSync(
    join(root, "data/default-vector.md"),
    `# The default generating vector: worst-case errors

Built by \`npx tsx scripts/build-default-vector.ts --extend-only --extend-dimension ${extendDimension}\`, compared by \`… --compare-only\` (fast CBC with product weights γ_j = 1/(2π² j²)
in the Korobov space of α = 1 — Sobolev weights 1/j² — distinct components): an extensible sequence
over 2^${M_MIN} … 2^${M_BASE} points (${dimension} components), then its first ${extendDimension} components extended to 2^${M_MAX} by \`cbc({ …, n: 2^${M_MAX}, extend: { generatingVector, mMax: ${M_BASE} } })\`,
which keeps every component modulo 2^${M_BASE} (the points for n ≤ 2^${M_BASE} are unchanged) and chooses the
four higher bits by the embedded criterion over 2^${M_BASE + 1} … 2^${M_MAX}.

Each cell: worst-case error e of the first d components at n = 2^m, and in parentheses its ratio to
the error of a plain (non-embedded, repeats allowed) CBC rule built for that n alone, same weights.
The plain rules are in \`data/cbc-optimum/\` (\`scripts/cbc-optimum.ts\`, after the fix of cbc's tie window, see the
package README); † marks a
ratio against the plain rule of a smaller recorded dimension, an upper bound of the true ratio (the
CBC error does not decrease with the dimension). Largest ratio: ${worst(M_MIN, M_BASE)} over 2^${M_MIN} … 2^${M_BASE},
${worst(M_BASE + 1, M_MAX)} over 2^${M_BASE + 1} … 2^${M_MAX}.

${table.join("\n")}
`,
  );
  log(
    `largest ratio ${worst(M_MIN, M_BASE)} (2^${M_MIN}..2^${M_BASE}), ${worst(M_BASE + 1, M_MAX)} (2^${M_BASE + 1}..2^${M_MAX})`,
  );
}
