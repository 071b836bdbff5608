import { randomBytes } from "node:crypto";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { formatValue, validateInteger, validateOptions } from "@qmckit/core";
import type { SequenceSpec, WindowEvaluator, WindowTask } from "@qmckit/cubature";
import { type Job, Queue, QueueEvents } from "bullmq";
import { connect, connectionSpec } from "./internal/connect.js";
import { decodeValues, jobIdOf, MAX_JOB_COORDINATES, type WindowJobData } from "./internal/jobData.js";
import { RunJobs, within } from "./internal/RunJobs.js";
import type { RedisConnection } from "./RedisConnection.js";

/** Options of {@link queueEvaluator}. */
export interface QueueEvaluatorOptions {
  /** Where Redis is. */
  connection: RedisConnection;
  /** The queue the workers take jobs from (`qmc worker --queue NAME`). */
  queue: string;
  /**
   * The integrand module, as the workers know it: its file name (`'integrand.mjs'`), which must be on
   * each worker's allow-list. A path or file URL is reduced to its file name; the code itself never
   * travels.
   */
  module: string | URL;
  /** The export to use: an Integrand or a function of no arguments returning one; default `'integrand'`. */
  exportName?: string;
  /** Points (per replication) of one job: windows are split into jobs of at most this many; default 1,024. */
  windowSize?: number;
  /**
   * The longest (ms) a window may go without a result of one of its jobs — including while Redis is
   * unreachable — before `evaluate` rejects; default 300,000. Set it above the time of one job.
   */
  timeoutMs?: number;
  /** Attempts per job (first try and retries) before a throwing integrand fails the run; default 3. */
  attempts?: number;
}

/** A {@link WindowEvaluator} on a BullMQ queue: pass `evaluate` to an `…Async` criterion, then `close()`. */
export interface QueueEvaluator {
  readonly evaluate: WindowEvaluator;
  /** This evaluator's run id: every job id, and so every Redis key of the run, starts with it. */
  readonly run: string;
  /** The prefix of every Redis key of this run: `bull:<queue>:<run>-`. */
  readonly keyPrefix: string;
  /** Removes every job (and so every key) of the run from Redis and disconnects. */
  close(): Promise<void>;
}

/** Retry delay of a failed job: 100 ms, 200 ms, 400 ms, … (BullMQ's exponential backoff). */
const BACKOFF = { type: "exponential", delay: 100 } as const;

function moduleName(module: unknown): string {
  if (module instanceof URL) return basename(fileURLToPath(module));
  if (typeof module === "string" && module !== "") return basename(module.startsWith("file:") ? fileURLToPath(module) : module);
  throw new TypeError(`module must be a module file name, path or file URL; got ${formatValue(module)}`);
}

/**
 * A {@link WindowEvaluator} that sends each window to workers through a BullMQ queue on Redis: the
 * window is split into jobs of at most `windowSize` points, each job carries only its
 * {@link WindowTask} (a sequence spec and an index range — never points, never code), workers
 * ({@link startWorker}, `qmc worker`) rebuild the points and evaluate the integrand, and the values are
 * put back in order. The criterion's estimate, error bound and n are those of the inline run, bit for bit.
 *
 * @param options - see {@link QueueEvaluatorOptions}.
 * @returns a {@link QueueEvaluator}; call `close()` when done.
 * @throws TypeError / RangeError naming a bad option. `evaluate` rejects when a job fails after its
 *   attempts (with the integrand's message and the window), when a worker refuses the module, when
 *   no result arrives for `timeoutMs` (e.g. Redis lost), or when the task's generator is a live Sequence.
 *
 * @remarks
 * Fault tolerance is BullMQ's: a job's id is `<run>-<start>-<end>-<digest>`, so a window asked twice is
 * one job and its values are counted once; `attempts` with exponential backoff retries a throwing
 * integrand; a worker that dies mid-job loses its lock and its job is taken up again by another worker
 * after the stall interval; results arrive through QueueEvents. Values travel as base64 float64, so
 * they are bit-exact. Jobs are removed as soon as their values are read; `close()` removes the rest.
 *
 * @example
 * ```ts
 * const q = queueEvaluator({ connection: "redis://127.0.0.1:6379", queue: "keister", module: "integrand.mjs" });
 * try {
 *   const r = await cubQmcNetGAsync(keister(5), { absTol: 1e-4, seed: 7, evaluate: q.evaluate });
 * } finally {
 *   await q.close();
 * }
 * ```
 */
export function queueEvaluator(options: QueueEvaluatorOptions): QueueEvaluator {
  const o = validateOptions("options", options, [
    "connection",
    "queue",
    "module",
    "exportName",
    "windowSize",
    "timeoutMs",
    "attempts",
  ]);
  const spec = connectionSpec("connection", o.connection);
  if (typeof o.queue !== "string" || o.queue === "" || o.queue.includes(":"))
    throw new TypeError(`queue must be a non-empty string without ':'; got ${formatValue(o.queue)}`);
  const name = o.queue;
  const module = moduleName(o.module);
  const exportName = o.exportName ?? "integrand";
  if (typeof exportName !== "string" || exportName === "")
    throw new TypeError(`exportName must be a non-empty string; got ${formatValue(exportName)}`);
  const windowSize = validateInteger("windowSize", o.windowSize ?? 1024, 1, 2 ** 24);
  const timeoutMs = validateInteger("timeoutMs", o.timeoutMs ?? 300_000, 1, 2 ** 31 - 1);
  const attempts = validateInteger("attempts", o.attempts ?? 3, 1, 1000);
  // A run id from a cryptographic source: it names keys, it never touches a result.
  const run = randomBytes(6).toString("hex");

  const client = connect(spec, `qmckit-evaluator:${name}:${run}`);
  const eventsClient = connect(spec, `qmckit-events:${name}:${run}`);
  const queue = new Queue(name, { connection: client });
  // QueueEvents reads the queue's event stream from `lastEventId`, by default '$' (whatever comes after
  // its first XREAD). That first XREAD may be sent after a fast job has already finished, and its
  // 'completed' event would be missed. So the reader starts at the stream's last entry as it is before
  // any job of this run exists: no event of the run can come before it.
  let events: QueueEvents | undefined;
  let eventsReady: Promise<QueueEvents> | undefined;
  const startEvents = async (): Promise<QueueEvents> => {
    const last = await client.xrevrange(`bull:${name}:events`, "+", "-", "COUNT", 1);
    if (closed) throw new Error("queueEvaluator: closed while starting");
    const e = new QueueEvents(name, { connection: eventsClient, lastEventId: last[0]?.[0] ?? "0-0" });
    e.on("error", () => {});
    events = e;
    await e.waitUntilReady();
    return e;
  };
  // Without listeners an 'error' event would throw; connection trouble shows as a timeout instead.
  queue.on("error", () => {});
  // job.waitUntilFinished adds a 'closing' listener to the queue per pending job (removed when it
  // settles): a window of many jobs is not a leak.
  queue.setMaxListeners(0);
  const jobs = new RunJobs(queue, timeoutMs);
  let closed = false;

  const connectionState = (): string =>
    client.status === "ready" && eventsClient.status === "ready"
      ? `no worker answered on queue '${name}' (are workers running with --queue ${name} and --allow ${module}?)`
      : `the connection to Redis at ${spec.address} is lost (${client.status})`;

  const evaluate: WindowEvaluator = async (task: WindowTask) => {
    if (closed) throw new Error("queueEvaluator: evaluate called after close()");
    if (typeof (task.generator as { fill?: unknown }).fill === "function")
      throw new TypeError("queueEvaluator needs task.generator to be a SequenceSpec, not a live Sequence instance");
    const generator = task.generator as SequenceSpec;
    const n = task.end - task.start;
    const perPoint = generator.replications * generator.dimension;
    const size = Math.max(1, Math.min(windowSize, Math.floor(MAX_JOB_COORDINATES / perPoint)));
    const chunks = Math.ceil(n / size);
    const bounds = Array.from({ length: chunks + 1 }, (_, c) => Math.min(task.start + c * size, task.end));
    const entries = bounds.slice(0, -1).map((a, c) => {
      const data: WindowJobData = { module, exportName, task: { ...task, generator, start: a, end: bounds[c + 1] } };
      const jobId = jobIdOf(run, data.task, module, exportName);
      return {
        name: "window",
        data,
        opts: { jobId, attempts, backoff: BACKOFF, removeOnComplete: false, removeOnFail: false },
      };
    });
    const window = `[${task.start}, ${task.end})`;

    let timer: NodeJS.Timeout | undefined;
    let fail: (e: Error) => void = () => {};
    const timedOut = new Promise<never>((_, reject) => {
      fail = reject;
    });
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          fail(new Error(`queueEvaluator: window ${window} got no result for ${timeoutMs} ms (timeoutMs): ${connectionState()}`)),
        timeoutMs,
      );
    };
    const work = async (): Promise<Float64Array[]> => {
      eventsReady ??= startEvents().catch((e) => {
        eventsReady = undefined; // try again at the next window
        throw e;
      });
      const events = await eventsReady;
      jobs.track(entries.map((e) => e.opts.jobId));
      const added: Job[] = await queue.addBulk(entries);
      touch();
      return Promise.all(
        added.map(async (job, c) => {
          let value: unknown;
          try {
            value = await job.waitUntilFinished(events);
          } catch (e) {
            const reason = (e as Error).message;
            throw new Error(
              `queueEvaluator: job for points [${bounds[c]}, ${bounds[c + 1]}) of window ${window} failed (attempts = ${attempts}): ${reason}`,
            );
          }
          touch();
          const y = decodeValues(value, generator.replications * (bounds[c + 1] - bounds[c]) * task.outputs);
          // Best effort: a job that cannot be removed now stays tracked, and close() removes it.
          await jobs.remove(entries[c].opts.jobId).catch(() => {});
          return y;
        }),
      );
    };
    touch();
    let parts: Float64Array[];
    try {
      parts = await Promise.race([work(), timedOut]);
    } catch (e) {
      // Take the window's jobs still waiting out of the queue now; close() sees to the active ones.
      jobs.removeWaiting(entries.map((x) => x.opts.jobId));
      throw e;
    } finally {
      clearTimeout(timer);
    }
    if (chunks === 1) return parts[0];
    const k = task.outputs;
    const reps = generator.replications;
    const out = new Float64Array(reps * n * k);
    parts.forEach((y, c) => {
      const nc = bounds[c + 1] - bounds[c];
      for (let r = 0; r < reps; r++) out.set(y.subarray(r * nc * k, (r + 1) * nc * k), (r * n + bounds[c] - task.start) * k);
    });
    return out;
  };

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      closed = true;
      try {
        await jobs.removeAll(connectionState);
      } finally {
        // BullMQ's close waits for Redis: bound it (and do not wait at all for a Redis that is gone),
        // then drop the sockets whatever happened.
        const lost = client.status !== "ready";
        const closeAll = Promise.allSettled(lost ? [events?.disconnect(), queue.disconnect()] : [events?.close(), queue.close()]);
        await within(closeAll, lost ? 1000 : Math.min(timeoutMs, 5000), () => "").catch(() => {});
        client.disconnect();
        eventsClient.disconnect();
      }
    })();
    return closing;
  };
  return { evaluate, run, keyPrefix: `bull:${name}:${run}-`, close };
}
