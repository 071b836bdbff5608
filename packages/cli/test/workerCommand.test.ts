import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { evaluateWindow, type WindowTask } from "@qmckit/cubature";
import { queueEvaluator } from "@qmckit/distributed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWorker } from "../src/workerCommand.js";
import { startRedis } from "./helpers/redis.js";

// End-to-end: the built `qmc worker` (npm test builds first), as a user runs it on each machine.
const bin = fileURLToPath(new URL("../dist/bin/qmc.js", import.meta.url));
const module = fileURLToPath(new URL("./fixtures/slowIntegrand.mjs", import.meta.url));

function qmc(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("qmc worker: usage", () => {
  beforeAll(() => {
    if (!existsSync(bin))
      throw new Error("packages/cli/dist is missing: build first (npx turbo run build --filter=@qmckit/cli...)");
  });
  it.each([
    ["no options", [], /^qmc: --redis is required/],
    [
      "an http URL",
      ["--redis", "http://h:1", "--queue", "q", "--allow", module],
      /^qmc: --redis must be a redis:\/\/host:port URL; got "http:\/\/h:1"/,
    ],
    ["no --queue", ["--redis", "redis://h:1", "--allow", module], /^qmc: --queue must be a non-empty name without ':'; got null/],
    ["no --allow", ["--redis", "redis://h:1", "--queue", "q"], /^qmc: --allow is required/],
    [
      "a missing module",
      ["--redis", "redis://h:1", "--queue", "q", "--allow", "./missing.mjs"],
      /^qmc: --allow .\/missing.mjs: no such file/,
    ],
    [
      "--concurrency 0",
      ["--redis", "redis://h:1", "--queue", "q", "--allow", module, "--concurrency", "0"],
      /^qmc: --concurrency must be an integer in \[1, 1024\]; got "0"/,
    ],
    [
      "an unknown option",
      ["--redis", "redis://h:1", "--queue", "q", "--allow", module, "--threads", "2"],
      /^qmc: Unknown option '--threads'/,
    ],
  ] as const)("qmc worker with %s exits 2 with one line on stderr", (_, args, message) => {
    const r = qmc("worker", ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });
  it("--help prints the options; qmc --help lists the command", () => {
    expect(qmc("worker", "--help").stdout).toMatch(/--allow FILE {8}an integrand module this worker may load/);
    expect(qmc("--help").stdout).toMatch(/worker {4}evaluate integrand jobs from a Redis queue/);
  });
  it("parses repeated --allow into absolute paths, with the defaults", () => {
    const r = parseWorker(["--redis", "redis://h:1", "--queue", "q", "--allow", module, "--concurrency", "2"]);
    expect(r).toEqual({ redis: "redis://h:1", queue: "q", allow: [module], concurrency: 2, logEveryMs: 60_000 });
  });
});

describe("qmc worker: a run", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  beforeAll(async () => {
    redis = await startRedis();
  }, 60_000);
  afterAll(async () => {
    await redis?.stop();
  });

  it("evaluates jobs, logs progress lines, and on SIGTERM exits 0 after finishing its current job", async () => {
    const proc = spawn(
      process.execPath,
      [bin, "worker", "--redis", redis.url, "--queue", "cli", "--allow", module, "--log-every", "0.1"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    proc.stdout.on("data", (d) => {
      out += d;
    });
    proc.stderr.on("data", (d) => {
      err += d;
    });
    const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
    const until = async (test: () => boolean) => {
      for (let i = 0; i < 300 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
      if (!test()) throw new Error(`timed out; stdout: ${out}; stderr: ${err}`);
    };
    const q = queueEvaluator({ connection: redis.url, queue: "cli", module, windowSize: 2048 });
    const task: WindowTask = {
      generator: { kind: "lattice", dimension: 3, seed: 9, replications: 1, order: "natural" },
      periodization: "baker",
      start: 0,
      end: 4096,
      outputs: 1,
      active: [true],
    };
    try {
      // The second job (≈ 0.4 s of work) is running when SIGTERM comes: the values still arrive.
      const values = Promise.resolve(q.evaluate(task));
      await until(() => /qmc worker: 1 jobs done, [\d.]+ jobs\/s, 1 active, 0 failed/.test(out));
      proc.kill("SIGTERM");
      const y = await values;
      const { integrand } = (await import(module)) as { integrand: () => Parameters<typeof evaluateWindow>[0] };
      expect(y).toEqual(evaluateWindow(integrand(), task));
      expect(await exited).toBe(0);
    } finally {
      await q.close();
      proc.kill("SIGKILL");
    }
    expect(out).toMatch(
      /^qmc worker: taking jobs from queue 'cli' at redis:\/\/127.0.0.1:\d+, 1 at a time; allowed: slowIntegrand.mjs\n/,
    );
    expect(out).toMatch(
      /qmc worker: SIGTERM: finishing the current job\(s\), then stopping\nqmc worker: stopped: 2 jobs done, 0 failed\n$/,
    );
    expect(err).toBe("");
  }, 90_000);
});
