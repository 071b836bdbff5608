import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { cubQmcNetG, cubQmcNetGAsync, type Integrand, type OutputShape, type WindowTask } from "@qmckit/cubature";
import { queueEvaluator } from "@qmckit/distributed";
import { Redis } from "ioredis";
import type { BenchModule } from "../types.js";

// Needs `redis-server` (Debian's package) and the built packages (`npm run bench` builds first). The
// benchmark starts its own Redis on a free loopback port (no persistence) and its worker processes,
// and kills them when the process exits. Each timed call opens its evaluator and closes it (all keys
// of the run removed), so the harness process keeps no connection between calls.

const module = fileURLToPath(new URL("./distributed/integrands.mjs", import.meta.url));
const workerScript = fileURLToPath(new URL("./distributed/benchWorker.mjs", import.meta.url));
const halfScript = fileURLToPath(new URL("./distributed/halfWorker.mjs", import.meta.url));
const children: ChildProcess[] = [];
process.on("exit", () => {
  for (const c of children) c.kill("SIGKILL");
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function child(cmd: string, args: string[]): ChildProcess {
  const c = spawn(cmd, args, { stdio: ["ignore", "pipe", "inherit"] });
  children.push(c);
  c.unref();
  return c;
}

async function startRedis(): Promise<string> {
  const port = await freePort();
  const r = child("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]);
  let failed: Error | undefined;
  r.on("error", (e) => {
    failed = new Error(`redis-server could not be started (apt-get install redis-server): ${e.message}`);
  });
  (r.stdout as unknown as { unref(): void }).unref();
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (failed) throw failed;
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on("error", () => {});
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return url;
    } catch (e) {
      probe.disconnect();
      if (i > 100) throw new Error(`redis-server did not answer on ${url}: ${(e as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function startWorkers(url: string, queue: string, count: number, concurrency: number): Promise<void> {
  const options = JSON.stringify({ connection: url, queue, allow: [module], concurrency });
  await Promise.all(
    Array.from({ length: count }, async () => {
      const w = child(process.execPath, [workerScript, options]);
      await new Promise<void>((resolve, reject) => {
        w.once("exit", (code) => reject(new Error(`a benchmark worker exited with ${code}`)));
        w.stdout?.once("data", () => resolve());
      });
      w.stdout?.destroy();
    }),
  );
}

/** Two plain processes (IPC, no queue) for the ceiling case, started once. */
let halves: Promise<ChildProcess[]> | undefined;
function startHalves(): Promise<ChildProcess[]> {
  halves ??= Promise.all(
    [0, 1].map(async () => {
      const c = spawn(process.execPath, [halfScript], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
      children.push(c);
      c.unref();
      (c.channel as unknown as { unref(): void } | undefined)?.unref();
      await new Promise((resolve) => c.once("message", resolve));
      return c;
    }),
  );
  return halves;
}
function evaluateOn(c: ChildProcess, task: WindowTask): Promise<unknown> {
  return new Promise((resolve) => {
    c.once("message", resolve);
    c.send(task);
  });
}

let redis: Promise<string> | undefined;
const queues = new Map<string, Promise<string>>();
/** Redis and `count` worker processes on `queue`, started once, on the first (warm-up) call. */
function infra(queue: string, count: number, concurrency: number): Promise<string> {
  redis ??= startRedis();
  let q = queues.get(queue);
  if (!q) {
    q = redis.then(async (url) => {
      await startWorkers(url, queue, count, concurrency);
      return url;
    });
    queues.set(queue, q);
  }
  return q;
}

type Integrands = { expensive: () => Integrand<OutputShape>; trivial: Integrand<OutputShape> };
const load = async () => (await import(new URL("./distributed/integrands.mjs", import.meta.url).href)) as Integrands;

const N = 2 ** 16;
const run = { absTol: 1e-2, seed: 3, nInit: N, nMax: N };
const group = "distributed 2^16 pts × ~200 µs, 2 worker processes";

// Jobs per second through Redis: a window of JOBS one-point jobs of a trivial integrand.
const JOBS = 2048;
const trivialTask: WindowTask = {
  generator: { kind: "lattice", dimension: 1, seed: 5, replications: 1, order: "natural" },
  periodization: "baker",
  start: 0,
  end: JOBS,
  outputs: 1,
  active: [true],
};

export const bench: BenchModule = {
  cases: [
    {
      group,
      impl: "inline",
      setup: () => async () => {
        const { expensive } = await load();
        return cubQmcNetG(expensive(), run).estimate;
      },
      note: (estimate: unknown) => `estimate ${estimate}; time per point = this median / 65,536`,
    },
    {
      group,
      impl: "qmckit",
      setup: () => async () => {
        const url = await infra("bench-expensive", 2, 1);
        const { expensive } = await load();
        const q = queueEvaluator({
          connection: url,
          queue: "bench-expensive",
          module,
          exportName: "expensive",
          windowSize: 1024,
        });
        try {
          return (await cubQmcNetGAsync(expensive(), { ...run, evaluate: q.evaluate })).estimate;
        } finally {
          await q.close();
        }
      },
      note: (estimate: unknown) => `estimate ${estimate} (must equal inline); 64 jobs of 1,024 points`,
    },
    {
      // Not ours: the most two processes give on this machine at this moment (each evaluates half the
      // points, sent over IPC, no queue). qmckit/ceiling shows the queue's cost; inline/ceiling the machine's.
      group,
      impl: "2 processes, no queue (ceiling)",
      setup: () => async () => {
        const [a, b] = await startHalves();
        const half = (start: number, end: number): WindowTask => ({
          // Any sequence will do here: generating points costs nothing next to the integrand.
          generator: { kind: "lattice", dimension: 5, seed: 3, replications: 1, order: "natural" },
          periodization: "none",
          start,
          end,
          outputs: 1,
          active: [true],
        });
        return Promise.all([evaluateOn(a, half(0, N / 2)), evaluateOn(b, half(N / 2, N))]);
      },
    },
    {
      group: "distributed queue overhead, trivial integrand",
      impl: "qmckit",
      throughput: { count: JOBS, unit: "jobs" },
      setup: () => async () => {
        const url = await infra("bench-trivial", 2, 4);
        const q = queueEvaluator({ connection: url, queue: "bench-trivial", module, exportName: "trivial", windowSize: 1 });
        try {
          return await q.evaluate(trivialTask);
        } finally {
          await q.close();
        }
      },
      note: () => `${JOBS} one-point jobs per call; 2 worker processes × concurrency 4`,
    },
  ],
  targets: [{ group, maxRatio: 1 / 1.6, against: "inline" }],
};
