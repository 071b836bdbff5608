import { basename } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatValue, validateInteger, validateOptions } from "@qmckit/core";
import { type Job, UnrecoverableError, Worker } from "bullmq";
import { connect, connectionSpec } from "./internal/connect.js";
import { checkJobData, encodeValues } from "./internal/jobData.js";
import { ThreadPool } from "./internal/ThreadPool.js";
import type { RedisConnection } from "./RedisConnection.js";

/** Options of {@link startWorker}. */
export interface StartWorkerOptions {
  /** Where Redis is. */
  connection: RedisConnection;
  /** The queue to take jobs from (the `queue` of the {@link queueEvaluator}s that feed it). */
  queue: string;
  /**
   * The integrand modules this worker may load: absolute paths or file URLs. A job names a module by
   * its file name (`'integrand.mjs'`); the worker loads only its own file of that name, never a path
   * from a job, and refuses a job naming any other module. Names must be distinct.
   */
  allow: readonly (string | URL)[];
  /** Jobs evaluated at once, each on its own thread; default 1. */
  concurrency?: number;
  /**
   * How often (ms) this worker looks for stalled jobs — jobs whose worker died — and puts them back in
   * the queue; default 30,000 (BullMQ's).
   */
  stalledIntervalMs?: number;
  /** How long (ms) a job's lock lasts without renewal (renewed every half of it); default 30,000. */
  lockDurationMs?: number;
}

/** Counts of a running worker. */
export interface WorkerStats {
  /** Jobs evaluated and handed back. */
  readonly completed: number;
  /** Job attempts that failed (the integrand threw, or the job was refused). */
  readonly failed: number;
  /** Jobs being evaluated now. */
  readonly active: number;
}

/** A running worker: `stats()` for monitoring, `close()` to stop after the current jobs. */
export interface QueueWorker {
  stats(): WorkerStats;
  /** Resolves when the worker is connected and taking jobs. */
  ready(): Promise<void>;
  /** Stops taking jobs, waits for the current ones to finish and be handed back, disconnects. */
  close(): Promise<void>;
  /** Observes the worker: `'active'`/`'completed'`/`'failed'` per job, `'stalled'` when it re-queues a dead worker's job, `'error'`. */
  on(event: "active" | "completed" | "stalled", listener: (jobId: string) => void): void;
  on(event: "failed", listener: (jobId: string, message: string) => void): void;
  on(event: "error", listener: (error: Error) => void): void;
}

function allowList(allow: unknown): Map<string, string> {
  if (!Array.isArray(allow) || allow.length === 0)
    throw new TypeError(`allow must be a non-empty array of module paths or file URLs; got ${formatValue(allow)}`);
  const map = new Map<string, string>();
  for (const m of allow) {
    let url: string;
    if (m instanceof URL && m.protocol === "file:") url = m.href;
    else if (typeof m === "string" && m.startsWith("file:")) url = m;
    else if (typeof m === "string" && m.startsWith("/")) url = pathToFileURL(m).href;
    else throw new TypeError(`allow entries must be absolute paths or file URLs; got ${formatValue(m)}`);
    const name = basename(fileURLToPath(url));
    if (map.has(name) && map.get(name) !== url)
      throw new TypeError(`allow has two modules named '${name}' (${map.get(name)}, ${url}); jobs name modules by file name`);
    map.set(name, url);
  }
  return map;
}

/**
 * Starts a worker that takes window jobs from a BullMQ queue, evaluates them with an allowed integrand
 * module, and hands the values back: the far end of {@link queueEvaluator}. Run one per machine (or
 * `qmc worker`), with `concurrency` up to the machine's cores.
 *
 * @param options - see {@link StartWorkerOptions}.
 * @returns a {@link QueueWorker}.
 * @throws TypeError / RangeError naming a bad option.
 *
 * @remarks
 * A job carries a {@link WindowTask} (a sequence spec and an index range), a module name and an export
 * name; the worker rebuilds the points with `createSequence`, runs `evaluateWindow` on an evaluator
 * thread (so the main thread keeps renewing the job's lock), and returns the values. A job naming a
 * module outside `allow`, or malformed, fails at once without retries (BullMQ's `UnrecoverableError`);
 * an integrand that throws fails the attempt and BullMQ retries it as the job says. A worker that dies
 * mid-job loses its lock; another worker's stalled check puts the job back after `stalledIntervalMs`.
 *
 * @example
 * ```ts
 * const worker = startWorker({
 *   connection: "redis://127.0.0.1:6379",
 *   queue: "keister",
 *   allow: [new URL("./integrand.mjs", import.meta.url)],
 *   concurrency: 2,
 * });
 * process.once("SIGTERM", () => worker.close());
 * ```
 */
export function startWorker(options: StartWorkerOptions): QueueWorker {
  const o = validateOptions("options", options, [
    "connection",
    "queue",
    "allow",
    "concurrency",
    "stalledIntervalMs",
    "lockDurationMs",
  ]);
  const spec = connectionSpec("connection", o.connection);
  if (typeof o.queue !== "string" || o.queue === "" || o.queue.includes(":"))
    throw new TypeError(`queue must be a non-empty string without ':'; got ${formatValue(o.queue)}`);
  const allowed = allowList(o.allow);
  const concurrency = validateInteger("concurrency", o.concurrency ?? 1, 1, 1024);
  const stalledInterval = validateInteger("stalledIntervalMs", o.stalledIntervalMs ?? 30_000, 100, 2 ** 31 - 1);
  const lockDuration = validateInteger("lockDurationMs", o.lockDurationMs ?? 30_000, 200, 2 ** 31 - 1);

  const threads = new ThreadPool(concurrency);
  const counts = { completed: 0, failed: 0, active: 0 };
  const processor = async (job: Job): Promise<string> => {
    let data: ReturnType<typeof checkJobData>;
    try {
      data = checkJobData(job.data);
    } catch (e) {
      throw new UnrecoverableError((e as Error).message);
    }
    const url = allowed.get(data.module);
    if (url === undefined)
      throw new UnrecoverableError(
        `module ${formatValue(data.module)} is not on this worker's allow-list (${[...allowed.keys()].join(", ")}); refused`,
      );
    counts.active++;
    try {
      return encodeValues(await threads.run(url, data.exportName, data.task));
    } finally {
      counts.active--;
    }
  };
  const client = connect(spec, `qmckit-worker:${o.queue}`);
  const worker = new Worker(o.queue, processor, {
    connection: client,
    concurrency,
    stalledInterval,
    lockDuration,
  });
  worker.on("completed", () => counts.completed++);
  worker.on("failed", () => counts.failed++);
  // An 'error' event without a listener would throw; connection errors are retried by ioredis.
  worker.on("error", () => {});
  let closing: Promise<void> | undefined;
  return {
    stats: () => ({ ...counts }),
    ready: () => worker.waitUntilReady().then(() => undefined),
    on(event: string, listener: (...args: never[]) => void) {
      const l = listener as (...args: unknown[]) => void;
      if (event === "failed") worker.on("failed", (job, err) => l(job?.id ?? "", err.message));
      else if (event === "error") worker.on("error", (err) => l(err));
      else if (event === "stalled") worker.on("stalled", (id) => l(id));
      else if (event === "active" || event === "completed") worker.on(event, (job: Job) => l(job.id ?? ""));
      else
        throw new TypeError(
          `event must be one of 'active', 'completed', 'failed', 'stalled', 'error'; got ${formatValue(event)}`,
        );
    },
    close() {
      closing ??= (async () => {
        try {
          await worker.close();
        } finally {
          await threads.close();
          client.disconnect();
        }
      })();
      return closing;
    },
  };
}
