// `npm run bench`: every benchmark module of src/cases/ (one `<package>.bench.ts` per package), ours and
// the peers timed alternately in one run, medians and ratios printed, BENCHMARKS.md rewritten (unless
// --no-write, --only or --filter). Run with --help for the options.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PeerServer } from "./peers.js";
import type { BenchCase, BenchModule, PeerCase, Target } from "./types.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const casesDir = fileURLToPath(new URL("./cases/", import.meta.url));
const argv = process.argv.slice(2);
if (argv.includes("--help") || argv.includes("-h")) {
  console.log(`Usage: npm run bench -- [--only <package>] [--filter <text>] [--rounds <k>] [--no-write]

Times every case of apps/bench/src/cases/<package>.bench.ts, and the Python peers (scipy, numpy)
of the same groups when python3 has them, alternately in one run; prints medians and ratios.

  --only P      only the cases of package P (e.g. halton); implies --no-write
  --filter T    only the groups whose name contains T; implies --no-write
  --rounds K    samples per case (default 7)
  --no-write    do not rewrite BENCHMARKS.md`);
  process.exit(0);
}
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
const filter = argv.includes("--filter") ? argv[argv.indexOf("--filter") + 1] : undefined;
const write = !argv.includes("--no-write") && only === undefined && filter === undefined;
const rounds = argv.includes("--rounds") ? Number(argv[argv.indexOf("--rounds") + 1]) : 7;

interface Row {
  group: string;
  impl: string;
  median: number;
  samples: number;
  throughput?: BenchCase["throughput"];
  pkg: string;
  note?: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

let sink = 0;
function consume(v: unknown): void {
  // Keep results observable so that the work cannot be optimized away.
  if (v && typeof v === "object" && "length" in v) sink += Number((v as { length: number }).length);
  else if (typeof v === "number") sink += v;
}

/** One sample of a case: `calls` calls (awaited when they return a Promise), seconds per call. */
async function sampleOurs(fn: () => unknown, calls: number, last: { value: unknown }): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) {
    let v = fn();
    if (v instanceof Promise) v = await v;
    consume(v);
    last.value = v;
  }
  return (performance.now() - t0) / 1000 / calls;
}

function fmtTime(s: number): string {
  if (s >= 1) return `${s.toFixed(3)} s`;
  if (s >= 1e-3) return `${(s * 1e3).toFixed(2)} ms`;
  return `${(s * 1e6).toFixed(1)} µs`;
}

function fmtRate(x: number, unit: string): string {
  const [v, p] = x >= 1e9 ? [x / 1e9, "G"] : x >= 1e6 ? [x / 1e6, "M"] : x >= 1e3 ? [x / 1e3, "k"] : [x, ""];
  return `${v.toFixed(2)} ${p}${unit}/s`;
}

async function main(): Promise<void> {
  // Every file of src/cases/ is loaded; the package a case measures is the file name before ".bench.ts".
  const files = readdirSync(casesDir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  const modules: { pkg: string; mod: BenchModule }[] = [];
  for (const f of files) {
    const pkg = f.slice(0, -".bench.ts".length);
    if (only !== undefined && pkg !== only) continue;
    const m = (await import(pathToFileURL(join(casesDir, f)).href)) as { bench?: BenchModule };
    if (!m.bench) throw new Error(`${f} must export \`bench\` (a BenchModule)`);
    modules.push({ pkg, mod: m.bench });
  }
  if (only !== undefined && modules.length === 0) {
    console.error(
      `bench: --only ${only}: no apps/bench/src/cases/${only}.bench.ts; packages with cases: ${files.map((f) => f.slice(0, -9)).join(", ")}`,
    );
    process.exit(2);
  }
  const peerServer = await PeerServer.start();
  const peers = typeof peerServer === "string" ? undefined : peerServer;
  if (!peers) console.log(`(peers skipped: ${peerServer})`);

  const rows: Row[] = [];
  const targets: { pkg: string; t: Target }[] = [];
  for (const { pkg, mod } of modules) {
    const groups = [...new Set(mod.cases.map((c) => c.group))].filter((g) => (filter ? g.includes(filter) : true));
    for (const group of groups) {
      const ours = mod.cases.filter((c) => c.group === group);
      const theirs: PeerCase[] = peers ? (mod.peers ?? []).filter((p) => p.group === group) : [];
      // Setup outside the timed region, one warm-up call each, and calls per sample for ≥ 20 ms samples.
      const fns = ours.map((c) => c.setup());
      const last = ours.map(() => ({ value: undefined as unknown }));
      const calls: number[] = [];
      for (let k = 0; k < fns.length; k++) {
        // A warm-up call, then enough calls per sample for samples of at least 20 ms.
        const dt = (await sampleOurs(fns[k], 1, last[k])) * 1000;
        calls.push(Math.max(1, Math.min(1000, Math.ceil(20 / Math.max(dt, 1e-3)))));
      }
      for (const p of theirs) await peers!.time(p.op, p.args);
      const samples: number[][] = [...ours, ...theirs].map(() => []);
      for (let r = 0; r < rounds; r++) {
        // Alternate implementations within each round so that machine noise hits all of them alike.
        for (let k = 0; k < ours.length; k++) samples[k].push(await sampleOurs(fns[k], calls[k], last[k]));
        for (let k = 0; k < theirs.length; k++) samples[ours.length + k].push(await peers!.time(theirs[k].op, theirs[k].args));
      }
      const groupRows: Row[] = [...ours, ...theirs].map((c, k) => ({
        group,
        impl: c.impl,
        median: median(samples[k]),
        samples: samples[k].length,
        throughput: "throughput" in c ? c.throughput : undefined,
        pkg,
        note: k < ours.length && ours[k].note ? ours[k].note!(last[k].value) : undefined,
      }));
      rows.push(...groupRows);
      const base = groupRows.find((r) => r.impl === "qmckit") ?? groupRows[0];
      for (const r of groupRows) {
        const ratio = r === base ? "" : `  qmckit/${r.impl} = ${(base.median / r.median).toFixed(2)}×`;
        const tp = r.throughput ? `  ${fmtRate(r.throughput.count / r.median, r.throughput.unit)}` : "";
        const note = r.note ? `  (${r.note})` : "";
        console.log(`${group.padEnd(34)} ${r.impl.padEnd(18)} ${fmtTime(r.median).padStart(10)}${tp}${ratio}${note}`);
      }
    }
    for (const t of mod.targets ?? []) if (!filter || t.group.includes(filter)) targets.push({ pkg, t });
  }
  peers?.close();

  const verdicts = targets.map(({ pkg, t }) => checkTarget(pkg, t, rows));
  console.log("\nTargets (SPEC §4):");
  for (const v of verdicts) console.log(`  ${v.status.padEnd(5)} ${v.text}`);
  if (write) writeReport(rows, verdicts, peers?.versions);
  if (sink === -1) console.log(sink);
}

function checkTarget(pkg: string, t: Target, rows: Row[]): { status: string; text: string } {
  const ours = rows.find((r) => r.group === t.group && r.impl === "qmckit");
  if (!ours) return { status: "n/a", text: `${pkg}: ${t.group}: not run` };
  const parts: string[] = [];
  let ok = true;
  if (t.maxRatio !== undefined && t.against) {
    const other = rows.find((r) => r.group === t.group && r.impl === t.against);
    if (!other) return { status: "n/a", text: `${t.group}: ≤ ${t.maxRatio}× ${t.against} (peer not run)` };
    const ratio = ours.median / other.median;
    ok &&= ratio <= t.maxRatio;
    parts.push(`${ratio.toFixed(2)}× ${t.against} (target ≤ ${t.maxRatio}×)`);
  }
  if (t.minThroughput !== undefined && ours.throughput) {
    const rate = ours.throughput.count / ours.median;
    ok &&= rate >= t.minThroughput;
    parts.push(`${fmtRate(rate, ours.throughput.unit)} (target ≥ ${fmtRate(t.minThroughput, ours.throughput.unit)})`);
  }
  if (t.maxSeconds !== undefined) {
    ok &&= ours.median <= t.maxSeconds;
    parts.push(`${fmtTime(ours.median)} (target ≤ ${fmtTime(t.maxSeconds)})`);
  }
  return { status: ok ? "PASS" : "MISS", text: `${t.group}: ${parts.join("; ")}` };
}

/** The hand-written reading of the results (apps/bench/ANALYSIS.md), kept beside the generated tables. */
function analysis(): string[] {
  const file = join(root, "apps", "bench", "ANALYSIS.md");
  return existsSync(file) ? [readFileSync(file, "utf8").trimEnd(), ""] : [];
}

function writeReport(rows: Row[], verdicts: { status: string; text: string }[], versions?: Record<string, string>): void {
  const git = (() => {
    try {
      return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root }).toString().trim();
    } catch {
      return "?";
    }
  })();
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (apps/bench). Each group is timed in one run: our cases and the Python peers",
    `alternate for ${rounds} rounds after a warm-up; the table shows medians, and ratios are our median over the`,
    "peer's. Single-threaded on both sides (numpy/scipy with one thread). Inputs are prepared outside the timed",
    "region; peers are timed inside Python (perf_counter around the call only).",
    "",
    `- date: ${new Date().toISOString().slice(0, 10)}, commit ${git}`,
    `- machine: ${cpus()[0]?.model ?? "?"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}`,
    `- node ${process.version}${versions ? `; python ${versions.python}, numpy ${versions.numpy}, scipy ${versions.scipy}` : "; peers not available"}`,
    "",
    "## Targets (SPEC §4)",
    "",
    ...verdicts.map((v) => `- **${v.status}** ${v.text}`),
    "",
    ...analysis(),
    "## All groups",
    "",
    "| package | group | implementation | median | throughput | qmckit / this | note |",
    "| --- | --- | --- | ---: | ---: | ---: | --- |",
  ];
  for (const r of rows) {
    const base = rows.find((b) => b.group === r.group && b.impl === "qmckit");
    const ratio = base && base !== r ? `${(base.median / r.median).toFixed(2)}×` : "";
    const tp = r.throughput ? fmtRate(r.throughput.count / r.median, r.throughput.unit) : "";
    lines.push(`| ${r.pkg} | ${r.group} | ${r.impl} | ${fmtTime(r.median)} | ${tp} | ${ratio} | ${r.note ?? ""} |`);
  }
  writeFileSync(join(root, "BENCHMARKS.md"), `${lines.join("\n")}\n`);
  console.log("\nBENCHMARKS.md written.");
}

await main();
