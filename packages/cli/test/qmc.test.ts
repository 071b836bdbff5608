import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IidUniform } from "@qmckit/cubature";
import { DigitalNet, NET_ORDERS, NET_RANDOMIZATIONS } from "@qmckit/digital-net";
import { joeKuoFull } from "@qmckit/digital-net/joe-kuo-full";
import { HALTON_RANDOMIZATIONS, Halton } from "@qmckit/halton";
import { LATTICE_ORDERS, LATTICE_RANDOMIZATIONS, Lattice } from "@qmckit/lattice";
import { afterAll, describe, expect, it } from "vitest";
import { POINTS_HELP } from "../src/index.js";

// End-to-end: these tests run the built command (npm test builds first), exactly as a user would.
const bin = fileURLToPath(new URL("../dist/bin/qmc.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "qmc-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function qmc(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "buffer", maxBuffer: 2 ** 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8") };
}

function parseNpy(bytes: Buffer): { shape: number[]; data: Float64Array; headerLength: number } {
  expect(Array.from(bytes.subarray(0, 8))).toEqual([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  const len = bytes.readUInt16LE(8);
  const header = bytes.subarray(10, 10 + len).toString("latin1");
  expect((10 + len) % 64).toBe(0);
  expect(header.endsWith("\n")).toBe(true);
  expect(header).toMatch(/^\{'descr': '<f8', 'fortran_order': False, 'shape': \([0-9, ]+\), \}/);
  const shape = /'shape': \(([^)]*)\)/
    .exec(header)![1]
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  const body = bytes.subarray(10 + len);
  const data = new Float64Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
  return { shape, data, headerLength: 10 + len };
}

// Each case spawns node; on a shared, loaded machine a start-up can take a second or more.
describe("qmc points", { timeout: 30_000 }, () => {
  it("--format json equals the library's points, with the SPEC §3 keys", () => {
    const r = qmc("points", "net", "--dimension", "5", "--n", "16", "--seed", "42", "--format", "json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout.toString("utf8"));
    expect(Object.keys(out)).toEqual(["generator", "dimension", "n", "replications", "seed", "points"]);
    expect(out).toMatchObject({ generator: "net", dimension: 5, n: 16, replications: 1, seed: 42 });
    expect(out.points).toEqual(new DigitalNet(5, { seed: 42 }).points(16).toRows());
  });

  it("json nests [R][n][d] with several replications, and --start selects the window", () => {
    const r = qmc(
      "points",
      "lattice",
      "--dimension",
      "3",
      "--n",
      "5",
      "--start",
      "7",
      "--replications",
      "2",
      "--seed",
      "9",
      "--format",
      "json",
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout.toString("utf8"));
    const ps = new Lattice(3, { seed: 9, replications: 2 }).points(7, 12);
    expect(out.points).toEqual([ps.toRows(0), ps.toRows(1)]);
  });

  it("without --seed, json reports the seed drawn, and it replays the points", () => {
    const out = JSON.parse(qmc("points", "halton", "--dimension", "2", "--n", "8", "--format", "json").stdout.toString("utf8"));
    expect(Number.isInteger(out.seed)).toBe(true);
    expect(out.points).toEqual(new Halton(2, { seed: out.seed }).points(8).toRows());
  });

  for (const format of ["csv", "tsv", "json", "npy"]) {
    it(`without --seed, ${format} prints the seed drawn to stderr as one line 'qmc: seed <n>', and it replays the run`, () => {
      const args = ["points", "net", "--dimension", "3", "--n", "16", "--format", format];
      const first = qmc(...args);
      expect(first.status).toBe(0);
      const m = /^qmc: seed (\d+)\n$/.exec(first.stderr);
      expect(m, first.stderr).not.toBeNull();
      const again = qmc(...args, "--seed", m![1]);
      expect(again.status).toBe(0);
      expect(again.stderr).toBe(""); // a given seed is not reported
      if (format === "json") {
        // The json header carries the seed either way; the points are the same.
        expect(JSON.parse(again.stdout.toString("utf8")).points).toEqual(JSON.parse(first.stdout.toString("utf8")).points);
      } else {
        expect(Buffer.compare(again.stdout, first.stdout)).toBe(0);
      }
    });
  }

  it("--table full serves nets beyond 1,024 dimensions from the full Joe–Kuo table", () => {
    const r = qmc("points", "net", "--dimension", "1500", "--n", "4", "--table", "full", "--seed", "6", "--format", "npy");
    expect(r.status).toBe(0);
    const { shape, data } = parseNpy(r.stdout);
    expect(shape).toEqual([4, 1500]);
    expect(data).toEqual(new DigitalNet(1500, { seed: 6, generatingMatrices: joeKuoFull }).points(4).data);
    // Within the default table's 1,024 dimensions, both tables give the same net.
    const small = ["points", "net", "--dimension", "7", "--n", "32", "--seed", "2", "--format", "npy"];
    expect(Buffer.compare(qmc(...small, "--table", "full").stdout, qmc(...small).stdout)).toBe(0);
  });

  it("iid points come from cubature's IidUniform (the same factory as the criteria)", () => {
    const r = qmc("points", "iid", "--dimension", "2", "--n", "300", "--seed", "8", "--replications", "2", "--format", "npy");
    expect(r.status).toBe(0);
    expect(parseNpy(r.stdout).data).toEqual(new IidUniform(2, { seed: 8, replications: 2 }).points(300).data);
  });

  it("--help lists every generator and the valid values from the generators' exported lists", () => {
    const help = qmc("points", "--help").stdout.toString("utf8");
    expect(help).toBe(`${POINTS_HELP}\n`);
    expect(help).toContain("qmc points <lattice|net|halton|iid>");
    for (const values of [LATTICE_RANDOMIZATIONS, LATTICE_ORDERS, NET_RANDOMIZATIONS, NET_ORDERS, HALTON_RANDOMIZATIONS]) {
      expect(help).toContain(values.join(" | "));
    }
    expect(help).toMatch(/--table T +net only: default \| full/);
  });

  it("--format npy writes a numpy v1.0 header and the float64 bytes", () => {
    const file = join(dir, "p.npy");
    const r = qmc("points", "net", "--dimension", "4", "--n", "1000", "--seed", "3", "--format", "npy", "--out", file);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBe(0);
    const { shape, data } = parseNpy(readFileSync(file));
    expect(shape).toEqual([1000, 4]);
    expect(data).toEqual(new DigitalNet(4, { seed: 3 }).points(1000).data);
  });

  it("npy with replications has shape (R, n, d) in replication-major order", () => {
    const r = qmc("points", "halton", "--dimension", "3", "--n", "50", "--replications", "3", "--seed", "1", "--format", "npy");
    const { shape, data } = parseNpy(r.stdout);
    expect(shape).toEqual([3, 50, 3]);
    expect(data).toEqual(new Halton(3, { seed: 1, replications: 3 }).points(50).data);
  });

  it("csv and tsv round-trip exactly, across block boundaries", () => {
    for (const [format, sep] of [
      ["csv", ","],
      ["tsv", "\t"],
    ] as const) {
      const r = qmc("points", "lattice", "--dimension", "2", "--n", "2^17", "--seed", "5", "--format", format);
      expect(r.status).toBe(0);
      const rows = r.stdout
        .toString("utf8")
        .trimEnd()
        .split("\n")
        .map((l) => l.split(sep).map(Number));
      const expected = new Lattice(2, { seed: 5 }).points(2 ** 17).toRows();
      expect(rows.length).toBe(2 ** 17);
      expect(rows).toEqual(expected);
    }
  });

  it("csv with replications leads with the replication index", () => {
    const lines = qmc("points", "net", "--dimension", "2", "--n", "3", "--replications", "2", "--seed", "4")
      .stdout.toString("utf8")
      .trimEnd()
      .split("\n");
    expect(lines.map((l) => l.split(",")[0])).toEqual(["0", "0", "0", "1", "1", "1"]);
    const ps = new DigitalNet(2, { seed: 4, replications: 2 }).points(3);
    expect(lines[4].split(",").slice(1).map(Number)).toEqual(Array.from(ps.point(1, 1)));
  });

  it("--help and qmc --help exit 0 with usage and examples", () => {
    for (const args of [["--help"], ["points", "--help"]]) {
      const r = qmc(...args);
      expect(r.status).toBe(0);
      expect(r.stdout.toString("utf8")).toMatch(/Usage: qmc[\s\S]*Examples:/);
    }
  });

  const bad: [string, string[], RegExp][] = [
    [
      "a negative dimension",
      ["points", "net", "--dimension", "-3", "--n", "4"],
      /^qmc: --dimension must be an integer in \[1, 1024\] for net and --table default; got -3\n$/,
    ],
    [
      "an unknown generator",
      ["points", "sobol", "--dimension", "3", "--n", "4"],
      /unknown generator "sobol"; valid generators are lattice, net, halton/,
    ],
    [
      "an unknown randomization",
      ["points", "net", "--dimension", "3", "--n", "4", "--randomize", "owen"],
      /randomize must be one of .*'nus'.*got "owen"/,
    ],
    ["a missing --n", ["points", "halton", "--dimension", "3"], /missing --n/],
    [
      "an unknown option (one balanced line)",
      ["points", "net", "--dimension", "3", "--n", "4", "--bogus", "1"],
      /^qmc: unknown option --bogus; valid options are --dimension, --n, .*--table.* \(see qmc points --help\)\n$/,
    ],
    [
      "a repeated option",
      ["points", "net", "--dimension", "3", "--n", "4", "--seed", "1", "--seed", "2"],
      /^qmc: --seed is given more than once; give each option once\n$/,
    ],
    [
      "a repeated option, once as --opt=value",
      ["points", "net", "--dimension", "3", "--dimension=4", "--n", "4"],
      /--dimension is given more than once/,
    ],
    [
      "a seed beyond 2^53 − 1 (the range is stated)",
      ["points", "net", "--dimension", "3", "--n", "4", "--seed", "9007199254740992"],
      /^qmc: --seed must be an integer in \[0, 9007199254740991\]; got 9007199254740992\n$/,
    ],
    [
      "a negative seed",
      ["points", "lattice", "--dimension", "3", "--n", "4", "--seed", "-1"],
      /--seed must be an integer in \[0, 9007199254740991\]; got -1/,
    ],
    [
      "too many replications",
      ["points", "halton", "--dimension", "3", "--n", "4", "--replications", "2^17"],
      /--replications must be an integer in \[1, 65536\]; got 2\^17/,
    ],
    [
      "a net beyond 1,024 dimensions without --table full (advice for the command line)",
      ["points", "net", "--dimension", "2000", "--n", "4"],
      /^qmc: --dimension must be an integer in \[1, 1024\] for net and --table default; got 2000 \(--table full loads the full Joe–Kuo table, up to 21201 dimensions\)\n$/,
    ],
    [
      "a net beyond the full table",
      ["points", "net", "--dimension", "21202", "--n", "4", "--table", "full"],
      /--dimension must be an integer in \[1, 21201\] for net and --table full; got 21202/,
    ],
    [
      "--table for a lattice",
      ["points", "lattice", "--dimension", "3", "--n", "4", "--table", "full"],
      /--table applies only to the net generator, not lattice/,
    ],
    [
      "an unknown table",
      ["points", "net", "--dimension", "3", "--n", "4", "--table", "big"],
      /--table must be one of default, full; got "big"/,
    ],
    [
      "a huge n beyond every double",
      ["points", "net", "--dimension", "3", "--n", "2^99999999"],
      /^qmc: --n must be an integer in \[0, maxPoints − start\] = \[0, 4294967296\] for net; got 2\^99999999\n$/,
    ],
    [
      "a start beyond capacity",
      ["points", "halton", "--dimension", "3", "--n", "1", "--start", "2^33"],
      /^qmc: --start must be an integer in \[0, 4294967296\] for halton; got 2\^33\n$/,
    ],
    ["a missing value", ["points", "net", "--dimension", "3", "--n"], /^qmc: --n needs a value \(see qmc points --help\)\n$/],
    [
      "a lattice beyond its vector (no library advice)",
      ["points", "lattice", "--dimension", "5000", "--n", "4"],
      /^qmc: --dimension must be an integer in \[1, \d+\]; got 5000 \(the default generating vector's length\)\n$/,
    ],
    [
      "a bad format",
      ["points", "net", "--dimension", "3", "--n", "4", "--format", "xml"],
      /--format must be one of csv, tsv, json, npy; got "xml"/,
    ],
    [
      "a non-numeric n",
      ["points", "net", "--dimension", "3", "--n", "lots"],
      /--n must be an integer \(digits or 2\^k\); got "lots"/,
    ],
    ["an unknown command", ["pionts"], /unknown command "pionts"/],
    [
      "--alpha for halton",
      ["points", "halton", "--dimension", "3", "--n", "4", "--alpha", "2"],
      /--alpha applies only to the net generator/,
    ],
    [
      "--order for halton",
      ["points", "halton", "--dimension", "3", "--n", "4", "--order", "gray"],
      /--order applies only to the lattice and net generators, not halton/,
    ],
    [
      "too many points",
      ["points", "lattice", "--dimension", "3", "--n", "2^40"],
      /^qmc: --n must be an integer in \[0, maxPoints − start\] = \[0, \d+\] for lattice; got 2\^40\n$/,
    ],
  ];
  for (const [what, args, message] of bad) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      const r = qmc(...args);
      expect(r.status).toBe(2);
      expect(r.stdout.length).toBe(0);
      expect(r.stderr).toMatch(/^qmc: [^\n]+\n$/);
      expect(r.stderr).toMatch(message);
      // Balanced quotes: every opened quote is closed.
      expect((r.stderr.match(/"/g) ?? []).length % 2).toBe(0);
      expect(r.stderr).not.toMatch(/import \{|generatingVector|generatingMatrices/);
    });
  }
});

describe("qmc points --out: temporary file, rename, exit status per class", { timeout: 60_000 }, () => {
  const files = (d: string) => readdirSync(d).sort();

  it("writes through a temporary file beside the target and leaves only the target", () => {
    const d = mkdtempSync(join(dir, "ok-"));
    const target = join(d, "p.csv");
    writeFileSync(target, "old contents\n");
    const r = qmc("points", "net", "--dimension", "2", "--n", "4", "--seed", "1", "--out", target);
    expect(r.status).toBe(0);
    expect(files(d)).toEqual(["p.csv"]);
    const rows = readFileSync(target, "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => l.split(",").map(Number));
    expect(rows).toEqual(new DigitalNet(2, { seed: 1 }).points(4).toRows());
  });

  const badPaths: [string, (d: string) => string, RegExp][] = [
    ["a missing directory (ENOENT)", (d) => join(d, "missing", "p.csv"), /its directory does not exist \(ENOENT\)/],
    ["a directory (EISDIR)", (d) => d, /it is a directory \(EISDIR\)/],
    [
      "a path through a file (ENOTDIR)",
      (d) => {
        writeFileSync(join(d, "file"), "");
        return join(d, "file", "p.csv");
      },
      /a part of the path is not a directory \(ENOTDIR\)/,
    ],
    ["a name too long (ENAMETOOLONG)", (d) => join(d, `${"a".repeat(300)}.csv`), /the name is too long \(ENAMETOOLONG\)/],
  ];
  for (const [what, path, message] of badPaths) {
    it(`exits 2 with one line naming --out for ${what}, and creates nothing`, () => {
      const d = mkdtempSync(join(dir, "bad-"));
      const target = path(d);
      const before = files(d);
      const r = qmc("points", "net", "--dimension", "2", "--n", "4", "--seed", "1", "--out", target);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^qmc: --out "[^"\n]*" cannot be written: [^\n]+\n$/);
      expect(r.stderr).toMatch(message);
      expect(files(d)).toEqual(before);
    });
  }

  it("exits 1 on an I/O error while writing (EFBIG under a 1 KiB file-size limit) and leaves no partial file", () => {
    const d = mkdtempSync(join(dir, "efbig-"));
    const target = join(d, "big.csv");
    // ulimit -f counts 1024-byte blocks; Node ignores SIGXFSZ, so the write fails with EFBIG.
    const r = spawnSync(
      "sh",
      ["-c", `ulimit -f 1; exec "${process.execPath}" "${bin}" points net --dimension 4 --n 100000 --seed 1 --out "${target}"`],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^qmc: [^\n]*EFBIG[^\n]*\n$/);
    expect(files(d)).toEqual([]);
  });

  it("--help documents the exit statuses", () => {
    const help = qmc("--help").stdout.toString("utf8");
    expect(help).toMatch(/Exit status:\n {2}0 {2}success\n {2}2 {2}bad usage or input[\s\S]*\n {2}1 {2}a failure while running/);
  });

  it("many replications stream replication by replication, equal to the library's points", () => {
    const r = qmc(
      "points",
      "lattice",
      "--dimension",
      "4",
      "--n",
      "64",
      "--replications",
      "256",
      "--seed",
      "2",
      "--format",
      "npy",
    );
    expect(r.status).toBe(0);
    const { shape, data } = parseNpy(r.stdout);
    expect(shape).toEqual([256, 64, 4]);
    expect(data).toEqual(new Lattice(4, { seed: 2, replications: 256 }).points(64).data);
  });
});
