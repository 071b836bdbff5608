import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DigitalNet } from "@qmckit/digital-net";
import { Halton } from "@qmckit/halton";
import { Lattice } from "@qmckit/lattice";
import { afterAll, describe, expect, it } from "vitest";

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

describe("qmc points", () => {
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
      /dimension must be an integer in \[1, \d+\]; got -3/,
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
    ["an unknown option", ["points", "net", "--dimension", "3", "--n", "4", "--bogus", "1"], /bogus/],
    [
      "a bad format",
      ["points", "net", "--dimension", "3", "--n", "4", "--format", "xml"],
      /--format must be one of csv, tsv, json, npy; got "xml"/,
    ],
    ["a non-numeric n", ["points", "net", "--dimension", "3", "--n", "lots"], /--n must be an integer or 2\^k; got "lots"/],
    ["an unknown command", ["pionts"], /unknown command "pionts"/],
    [
      "--alpha for halton",
      ["points", "halton", "--dimension", "3", "--n", "4", "--alpha", "2"],
      /--alpha applies only to the net generator/,
    ],
    ["too many points", ["points", "lattice", "--dimension", "3", "--n", "2^40"], /must be .*maxPoints|n must be an integer/],
  ];
  for (const [what, args, message] of bad) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      const r = qmc(...args);
      expect(r.status).toBe(2);
      expect(r.stdout.length).toBe(0);
      expect(r.stderr).toMatch(/^qmc: [^\n]+\n$/);
      expect(r.stderr).toMatch(message);
    });
  }
});
