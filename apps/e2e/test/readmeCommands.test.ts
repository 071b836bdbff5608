import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanEnv, publishedPackages, ROOT } from "../src/repo.js";

// Every `npx qmc …` line of the root README and of every package README, run as written from the
// repository root, with npx forbidden to reach the registry (offline, never install): the command must
// come from the workspace's own bin. Only the value of `--out` is redirected into a temporary folder.

const readmes = [join(ROOT, "README.md"), ...publishedPackages().map((p) => join(p.dir, "README.md"))].filter((f) =>
  existsSync(f),
);

/** The `npx qmc` lines of the README's sh code blocks, without trailing comments. */
function npxLines(file: string): string[] {
  const lines: string[] = [];
  let inShell = false;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line.startsWith("```")) {
      inShell = !inShell && /^```(sh|bash|shell|console)\b/.test(line);
      continue;
    }
    if (inShell && line.startsWith("npx qmc")) lines.push(line.replace(/\s+#.*$/, ""));
  }
  return lines;
}

const out = mkdtempSync(join(tmpdir(), "qmckit-readme-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function option(args: string[], name: string, fallback?: string): string | undefined {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : fallback;
}

const count = (s: string) => (s.startsWith("2^") ? 2 ** Number(s.slice(2)) : Number(s));

describe("README command lines", () => {
  it("the root README has `npx qmc` lines", () => {
    expect(npxLines(join(ROOT, "README.md")).length).toBeGreaterThan(0);
  });

  // `qmc worker` lines name the user's Redis host and integrand module and run until stopped: they are not
  // run here. The same command runs end to end against a real Redis (started on loopback), with a real
  // integrand module and SIGTERM, in packages/cli/test/workerCommand.test.ts.
  const all = readmes.flatMap((f) => npxLines(f).map((line) => ({ file: f.slice(ROOT.length), line })));
  const cases = all.filter((c) => !c.line.startsWith("npx qmc worker"));
  it("the README `qmc worker` lines have the documented shape (they run for real in the cli worker test)", () => {
    const workers = all.filter((c) => c.line.startsWith("npx qmc worker"));
    expect(workers.length).toBeGreaterThan(0);
    for (const { line } of workers)
      expect(line).toMatch(/^npx qmc worker --redis redis:\/\/[\w.-]+:\d+ --queue \w+ --allow \S+\.mjs/);
  });
  it.each(cases)("$file: $line", ({ line }) => {
    const args = line.split(/\s+/).slice(1); // ["qmc", …]
    const k = args.indexOf("--out");
    if (k >= 0) args[k + 1] = join(out, basename(args[k + 1]));
    const r = spawnSync("npx", args, {
      cwd: ROOT,
      env: cleanEnv({ npm_config_offline: "true", npm_config_yes: "false", npm_config_update_notifier: "false" }),
      encoding: "buffer",
      maxBuffer: 2 ** 30,
    });
    const stderr = r.stderr.toString("utf8");
    expect(r.status, `exit status of ${line}; stderr: ${stderr}`).toBe(0);
    expect(stderr).not.toMatch(/npm (error|ERR)/);

    const d = Number(option(args, "--dimension"));
    const n = count(option(args, "--n", "0")!);
    const reps = Number(option(args, "--replications", "1"));
    const format = option(args, "--format", "csv");
    const file = k >= 0 ? args[k + 1] : undefined;
    if (format === "npy") {
      const target = file ?? "";
      const fd = openSync(target, "r");
      const head = Buffer.alloc(128);
      readSync(fd, head, 0, 128, 0);
      closeSync(fd);
      expect(head.subarray(1, 6).toString("latin1")).toBe("NUMPY");
      const header = head.subarray(10, 10 + head.readUInt16LE(8)).toString("latin1");
      const shape = reps === 1 ? `(${n}, ${d})` : `(${reps}, ${n}, ${d})`;
      expect(header).toContain(`'shape': ${shape}`);
      expect(statSync(target).size).toBe(10 + head.readUInt16LE(8) + 8 * reps * n * d);
    } else {
      const text = file ? readFileSync(file, "utf8") : r.stdout.toString("utf8");
      if (format === "json") {
        const j = JSON.parse(text) as { dimension: number; n: number; replications: number; points: unknown[] };
        expect([j.dimension, j.n, j.replications]).toEqual([d, n, reps]);
        expect(j.points.length).toBe(reps === 1 ? n : reps);
      } else {
        const rows = text.trimEnd().split("\n");
        expect(rows.length).toBe(n * reps);
        const sep = format === "tsv" ? "\t" : ",";
        for (const row of rows.slice(0, 4)) {
          const values = row
            .split(sep)
            .map(Number)
            .slice(reps === 1 ? 0 : 1);
          expect(values.length).toBe(d);
          for (const v of values) expect(v >= 0 && v < 1).toBe(true);
        }
      }
    }
  });
});
