import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("../fixtures/worker.mjs", import.meta.url));
export const integrandModule = fileURLToPath(new URL("../fixtures/integrand.mjs", import.meta.url));

/** Worker processes load the built package (plain JavaScript): fail loudly when it is missing. */
export function assertBuilt(): void {
  for (const p of ["distributed", "cubature"])
    if (!existsSync(new URL(`../../../${p}/dist/index.js`, import.meta.url)))
      throw new Error(`packages/${p}/dist is missing: build first (npx turbo run build --filter=@qmckit/distributed...)`);
}

/** A worker child process and the lines it printed. */
export interface WorkerProcess {
  readonly proc: ChildProcess;
  readonly lines: string[];
  /** Resolves at the first line that satisfies `test`. */
  waitFor(test: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface WorkerSpec {
  url: string;
  queue: string;
  concurrency?: number;
  allow?: string[];
  stalledIntervalMs?: number;
  lockDurationMs?: number;
}

export async function spawnWorker(spec: WorkerSpec): Promise<WorkerProcess> {
  const options = {
    connection: spec.url,
    queue: spec.queue,
    allow: spec.allow ?? [integrandModule],
    concurrency: spec.concurrency ?? 1,
    // BullMQ's defaults (30 s) unless a test asks for a short stall interval: short locks on a
    // loaded machine make healthy jobs look stalled.
    ...(spec.stalledIntervalMs === undefined ? {} : { stalledIntervalMs: spec.stalledIntervalMs }),
    ...(spec.lockDurationMs === undefined ? {} : { lockDurationMs: spec.lockDurationMs }),
  };
  const proc = spawn(process.execPath, [script, JSON.stringify(options)], { stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const waiters: { test: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  let buf = "";
  let err = "";
  proc.stderr?.on("data", (d) => {
    err += d;
  });
  proc.stdout?.on("data", (d) => {
    buf += d;
    let i = buf.indexOf("\n");
    while (i >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      lines.push(line);
      for (const w of [...waiters])
        if (w.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      i = buf.indexOf("\n");
    }
  });
  const w: WorkerProcess = {
    proc,
    lines,
    waitFor(test, timeoutMs = 60_000) {
      const found = lines.find(test);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`worker printed no matching line within ${timeoutMs} ms; lines: ${lines.join(" | ")}; stderr: ${err}`),
            ),
          timeoutMs,
        );
        waiters.push({
          test,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
      });
    },
    async kill(signal = "SIGKILL") {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((resolve) => proc.once("exit", resolve));
      proc.kill(signal);
      await exited;
    },
  };
  await w.waitFor((l) => l === "ready");
  return w;
}
