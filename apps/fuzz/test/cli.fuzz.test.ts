import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import * as Q from "@qmckit/cli";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { ensure, expectCovered, fuzz, mostly } from "../src/harness.js";

/**
 * The `qmc` command fuzzed in process through its entry point `main(argv, io)`: argument lists drawn from
 * the command's own vocabulary (commands, generators, options) mixed with bad values and stray tokens.
 * `main` never throws: it resolves to 0, 1 or 2, and a failure prints exactly one line `qmc: …` on
 * stderr (exit 2 for usage and bad paths). The `worker` command is left out of `main`'s vocabulary
 * because valid options would connect to Redis; its parsing is fuzzed through `parseWorker`.
 */
const dir = mkdtempSync(join(tmpdir(), "qmc-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

const values: Record<string, fc.Arbitrary<string>> = {
  "--dimension": fc.constantFrom("1", "3", "0", "-2", "1.5", "1001", "x", "", "2^3", "1e3"),
  "--n": fc.constantFrom("0", "1", "7", "2^4", "-1", "1e3", "abc", "2^40", "", "3.5"),
  "--start": fc.constantFrom("0", "5", "-1", "2^32", "x"),
  "--randomize": fc.constantFrom("shift", "none", "lms-ds", "nus", "lms-perm", "bogus", ""),
  "--order": fc.constantFrom("natural", "gray", "linear", "radical-inverse", "x"),
  "--alpha": fc.constantFrom("1", "2", "0", "65", "x"),
  "--table": fc.constantFrom("default", "x"),
  "--seed": fc.constantFrom("0", "42", "-1", "2^53", "9007199254740992", "x"),
  "--replications": fc.constantFrom("1", "2", "0", "65537", "x"),
  "--format": fc.constantFrom("csv", "tsv", "json", "npy", "xml"),
  "--out": fc.constantFrom(join(dir, "p.out"), join(dir, "missing", "p.out"), dir, join(dir, `${"a".repeat(300)}.out`), ""),
};
const token = fc.oneof(
  { arbitrary: fc.constantFrom(...Object.keys(values)).chain((k) => fc.tuple(fc.constant(k), values[k])), weight: 8 },
  { arbitrary: fc.constantFrom("--help", "-h", "--bogus", "-x", "--", "lattice", "extra").map((t) => [t]), weight: 1 },
);
const argvArb = fc
  .tuple(
    fc.constantFrom("points", "points", "points", "help", "--help", "--version", "bogus", ""),
    fc.constantFrom(...Q.GENERATORS, "sobol", ""),
    fc.array(token, { maxLength: 6 }),
  )
  .map(([command, generator, rest]) => [command, generator, ...rest.flat()].filter((t, i) => i > 0 || t !== ""));

const recipes = [
  {
    name: "main",
    params: [],
    args: fc.tuple(argvArb),
    run: async ([argv]: readonly unknown[]) => {
      const out = sink();
      const err = sink();
      try {
        const status = await Q.main(argv as string[], { stdout: out.stream, stderr: err.stream });
        return { status, stderr: err.text() };
      } catch (e) {
        return { threw: e };
      }
    },
    check: (v: unknown, [argv]: readonly unknown[]) => {
      const r = v as { status?: number; stderr?: string; threw?: unknown };
      ensure(r.threw === undefined, () => `main threw ${String(r.threw)} for ${JSON.stringify(argv)}`);
      ensure(r.status === 0 || r.status === 1 || r.status === 2, () => `exit status ${r.status}`);
      if (r.status !== 0) {
        const lines = (r.stderr ?? "").split("\n").filter((l) => l !== "" && !/^qmc: seed \d+$/.test(l));
        // `qmc` alone prints the help on stdout and exits 2 without a message.
        const bare = (argv as string[]).length === 0;
        ensure(
          bare || (lines.length === 1 && lines[0].startsWith("qmc: ")),
          () => `stderr ${JSON.stringify(r.stderr)} for ${JSON.stringify(argv)}`,
        );
      }
    },
    runs: 150,
    maxMs: 10_000,
    async: true,
  },
  {
    name: "parsePoints",
    params: [
      "--",
      "dimension",
      "n",
      "start",
      "seed",
      "replications",
      "randomize",
      "order",
      "alpha",
      "missing",
      "unknown",
      "unexpected",
      "spec",
    ],
    args: fc.tuple(argvArb.map((a) => a.slice(1))),
    run: async ([argv]: readonly unknown[]) => {
      try {
        return await Q.parsePoints(argv as string[]);
      } catch (e) {
        if (e instanceof Q.UsageError) return "usage error";
        throw e;
      }
    },
    async: true,
    runs: 100,
  },
  {
    name: "parseWorker",
    params: ["--", "missing", "unknown", "unexpected"],
    args: fc.tuple(
      fc.array(
        fc.oneof(
          fc.constantFrom("--redis", "--queue", "--allow", "--concurrency", "--help", "--bogus"),
          fc.constantFrom("redis://127.0.0.1:1", "q", "a:b", "", "0", "5", "x", "./nope.js"),
        ),
        { maxLength: 8 },
      ),
    ),
    run: ([argv]: readonly unknown[]) => {
      try {
        return Q.parseWorker(argv as string[], dir);
      } catch (e) {
        if (e instanceof Q.UsageError) return "usage error";
        throw e;
      }
    },
  },
  {
    name: "createGenerator",
    params: ["--", "dimension", "seed", "replications", "randomize", "order", "alpha", "spec"],
    args: fc.tuple(
      mostly(fc.constantFrom(...Q.GENERATORS)),
      mostly(fc.integer({ min: 1, max: 8 })),
      fc.record(
        {
          randomize: fc.constantFrom("shift", "none", "lms-ds", "nus", "bogus"),
          order: fc.constantFrom("natural", "gray", "x"),
          alpha: fc.integer({ min: 0, max: 3 }),
          seed: fc.integer({ min: 0, max: 100 }),
          replications: fc.integer({ min: 1, max: 3 }),
          table: fc.constantFrom("default", "x"),
        },
        { requiredKeys: [] },
      ),
    ),
    run: async ([name, d, a]: readonly unknown[]) => {
      try {
        return await Q.createGenerator(name as never, d as number, a as never);
      } catch (e) {
        if (e instanceof Q.UsageError) return "usage error";
        throw e;
      }
    },
    async: true,
  },
  {
    name: "cliMessage",
    params: ["message"],
    args: fc.tuple(
      fc.oneof(
        fc.string(),
        fc.constantFrom("dimension must be x", "spec.order must be y; pass your own generatingVector for more"),
      ),
    ),
    run: ([m]: readonly unknown[]) => Q.cliMessage(m as string),
    check: (v: unknown) => ensure(typeof v === "string", () => "not a string"),
  },
] as const;

describe("@qmckit/cli", () => {
  it("every export has a recipe", () => {
    expectCovered(
      Q as unknown as Record<string, unknown>,
      recipes.map((r) => r.name),
      {
        EXIT_STATUS: "a constant text",
        FORMATS: "a constant list",
        GENERATORS: "a constant list",
        HELP: "a constant text",
        NET_TABLES: "a constant list",
        POINTS_HELP: "a constant text",
        WORKER_HELP: "a constant text",
        UsageError: "an error class",
        streamPoints: "takes a request built by parsePoints: fuzzed through main",
        runWorker: "connects to Redis once its options are valid: its parsing is fuzzed through parseWorker",
      },
    );
  });
  for (const r of recipes) fuzz(r as never);
});
