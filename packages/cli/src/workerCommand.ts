import { existsSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { UsageError } from "./UsageError.js";

export const WORKER_HELP = `Usage: qmc worker --redis redis://HOST:PORT --queue NAME --allow FILE [options]

Evaluates integrand jobs from a queue on Redis (BullMQ), sent by queueEvaluator of
@qmckit/distributed: run one on each machine. A job names a module by file name; this worker
loads only the files given with --allow. Stops after its current jobs on SIGTERM or SIGINT.

Options:
  --redis URL         where Redis is: redis://[user:password@]host:port[/db] (required)
  --queue NAME        the queue to take jobs from (required)
  --allow FILE        an integrand module this worker may load (required; repeat for several)
  --concurrency K     jobs evaluated at once, each on its own thread (default 1; up to the cores)
  --log-every S       seconds between progress lines (default 60)
  -h, --help          this help

Prints one line per interval: jobs done, the rate over the interval, jobs active and failed.

Example:
  qmc worker --redis redis://10.0.0.5:6379 --queue keister --allow ./integrand.mjs --concurrency 8`;

/** Parsed `qmc worker` arguments. */
export interface WorkerRequest {
  redis: string;
  queue: string;
  /** Absolute paths of the allowed modules. */
  allow: string[];
  concurrency: number;
  logEveryMs: number;
}

function integer(option: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const v = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(v) || v < min || v > max)
    throw new UsageError(`--${option} must be an integer in [${min}, ${max}]; got ${JSON.stringify(text)}`);
  return v;
}

/**
 * Parses `qmc worker …` (argv after `worker`). Returns `"help"` for `--help`.
 *
 * @throws UsageError naming the option, the constraint and the value.
 */
export function parseWorker(argv: string[], cwd = process.cwd()): WorkerRequest | "help" {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        redis: { type: "string" },
        queue: { type: "string" },
        allow: { type: "string", multiple: true },
        concurrency: { type: "string" },
        "log-every": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split("\n")[0]} (see qmc worker --help)`);
  }
  if (values.help) return "help";
  const redis = values.redis as string | undefined;
  if (redis === undefined) throw new UsageError("--redis is required: redis://host:port (see qmc worker --help)");
  if (!/^rediss?:\/\/[^\s/]+/.test(redis))
    throw new UsageError(`--redis must be a redis://host:port URL; got ${JSON.stringify(redis)}`);
  const queue = values.queue as string | undefined;
  if (queue === undefined || queue === "" || queue.includes(":"))
    throw new UsageError(`--queue must be a non-empty name without ':'; got ${JSON.stringify(queue ?? null)}`);
  const allow = (values.allow as string[] | undefined) ?? [];
  if (allow.length === 0) throw new UsageError("--allow is required: the integrand module(s) this worker may load");
  const paths = allow.map((a) => {
    const p = resolve(cwd, a);
    if (!existsSync(p) || !statSync(p).isFile()) throw new UsageError(`--allow ${a}: no such file`);
    return p;
  });
  const names = paths.map((p) => basename(p));
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new UsageError(`--allow names two modules '${dup}'; jobs name modules by file name`);
  const concurrency = integer("concurrency", values.concurrency as string | undefined, 1, 1024) ?? 1;
  const every = values["log-every"] as string | undefined;
  const seconds = every === undefined ? 60 : Number(every);
  if (every !== undefined && (!/^\d+(\.\d+)?$/.test(every) || !(seconds >= 0.05 && seconds <= 86_400)))
    throw new UsageError(`--log-every must be a number of seconds in [0.05, 86400]; got ${JSON.stringify(every)}`);
  return { redis, queue, allow: paths, concurrency, logEveryMs: Math.round(seconds * 1000) };
}

/** Standard streams and the process of a `qmc worker` run, injectable for tests. */
export interface WorkerIo {
  stdout: Writable;
  stderr: Writable;
  /** Where SIGTERM/SIGINT come from; default `process`. */
  signals?: NodeJS.EventEmitter;
}

/**
 * Runs `qmc worker`: takes jobs until SIGTERM or SIGINT, then finishes the current ones and resolves
 * to 0. Bad usage: one line on stderr and 2.
 */
export async function runWorker(argv: string[], io: WorkerIo): Promise<number> {
  let req: WorkerRequest | "help";
  try {
    req = parseWorker(argv);
  } catch (e) {
    io.stderr.write(`qmc: ${String((e as Error).message).split("\n")[0]}\n`);
    return 2;
  }
  if (req === "help") {
    io.stdout.write(`${WORKER_HELP}\n`);
    return 0;
  }
  // Loaded only here, so that `qmc points` never loads the queue engine.
  const { startWorker } = await import("@qmckit/distributed");
  let worker: ReturnType<typeof startWorker>;
  try {
    worker = startWorker({ connection: req.redis, queue: req.queue, allow: req.allow, concurrency: req.concurrency });
  } catch (e) {
    io.stderr.write(`qmc: ${String((e as Error).message).split("\n")[0]}\n`);
    return 2;
  }
  const say = (line: string) => io.stdout.write(`qmc worker: ${line}\n`);
  const where = req.redis.replace(/\/\/[^@/]*@/, "//");
  say(
    `taking jobs from queue '${req.queue}' at ${where}, ${req.concurrency} at a time; allowed: ${req.allow.map((p) => basename(p)).join(", ")}`,
  );
  let last = { t: performance.now(), done: 0 };
  const report = () => {
    const s = worker.stats();
    const now = performance.now();
    const rate = (s.completed - last.done) / ((now - last.t) / 1000);
    last = { t: now, done: s.completed };
    say(`${s.completed} jobs done, ${rate.toFixed(2)} jobs/s, ${s.active} active, ${s.failed} failed`);
  };
  const timer = setInterval(report, req.logEveryMs);
  const signals = io.signals ?? process;
  // Until a signal comes; then the listeners go, so that a second SIGTERM kills as usual.
  const signal = await new Promise<string>((done) => {
    const names = ["SIGTERM", "SIGINT"] as const;
    const handlers = names.map((name) => () => {
      for (const [k, n] of names.entries()) signals.removeListener(n, handlers[k]);
      done(name);
    });
    for (const [k, n] of names.entries()) signals.on(n, handlers[k]);
  });
  say(`${signal}: finishing the current job(s), then stopping`);
  clearInterval(timer);
  await worker.close();
  const s = worker.stats();
  say(`stopped: ${s.completed} jobs done, ${s.failed} failed`);
  return 0;
}
