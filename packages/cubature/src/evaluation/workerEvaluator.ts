import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatValue, validateInteger, validateOptions } from "@qmckit/core";
import { loadPiscina } from "../internal/loadPiscina.js";
import type { WindowEvaluator, WindowTask } from "./WindowTask.js";
import type { WorkerJob } from "./windowWorker.js";

/** Options of {@link workerEvaluator}. */
export interface WorkerEvaluatorOptions {
  /**
   * The module that defines the integrand: a file URL (a `URL`, or its `href` string), or an absolute
   * path. Typed structurally (`{ href }`) so that our declarations need neither the DOM library nor
   * `@types/node`.
   */
  module: string | { readonly href: string };
  /** The export to use: an Integrand or a function of no arguments returning one; default `'integrand'`. */
  exportName?: string;
  /** Worker threads; default `os.availableParallelism()`. */
  threads?: number;
  /** Smallest sub-window sent to one worker; default 64 points. */
  minChunk?: number;
  /** Node options for the workers; default none from dist, `--conditions=source --import tsx` from sources. */
  execArgv?: string[];
}

/** A pool of worker threads that evaluates windows: pass `evaluate` to an async criterion, then `close()`. */
export interface WorkerEvaluator {
  readonly evaluate: WindowEvaluator;
  readonly threads: number;
  /** Terminates the workers. */
  close(): Promise<void>;
}

/**
 * A {@link WindowEvaluator} on a pool of Node worker threads (piscina): each window is split into up to
 * four sub-windows per thread (at least `minChunk` points each) that the pool hands to whichever worker
 * is free, so one slow or descheduled thread does not hold the window back; each worker rebuilds the
 * points from the task's {@link SequenceSpec} and
 * evaluates the integrand exported by `module`, and the values are reassembled in order, so the
 * criterion's result is identical to the inline one.
 *
 * @param options - see {@link WorkerEvaluatorOptions}.
 * @returns a {@link WorkerEvaluator}; call `close()` when done.
 * @throws TypeError for a bad module or options; Error naming the package to install when the optional
 *   peer dependency `piscina` is missing (`npm install piscina`); the returned `evaluate` rejects with a TypeError when
 *   the task's generator is a live Sequence (workers need a serializable spec).
 *
 * @remarks
 * Workers cannot receive functions, so the integrand is named by module and export, and loaded once per
 * thread. Worth it when the integrand costs more than a few µs per point; the transfer per window is
 * one small message out and one Float64Array (transferred, not copied) back. When this file runs from
 * the package's TypeScript sources (tests, tsx), the worker entry is the `.ts` file, loaded with
 * `--conditions=source --import tsx` (tsx must be installed); from `dist` it is plain JavaScript. The
 * same seam serves a distributed engine: send `WindowTask`s, run {@link evaluateWindow} remotely.
 *
 * @example
 * ```ts
 * // integrand.mjs: export const integrand = keister(5);
 * const pool = workerEvaluator({ module: new URL("./integrand.mjs", import.meta.url), threads: 2 });
 * const r = await cubQmcNetGAsync(keister(5), { absTol: 1e-4, seed: 1, evaluate: pool.evaluate });
 * await pool.close();
 * ```
 */
/** Sub-windows per thread: enough for the pool to balance load, few enough that messages stay cheap. */
const CHUNKS_PER_THREAD = 4;

export function workerEvaluator(options: WorkerEvaluatorOptions): WorkerEvaluator {
  const o = validateOptions("options", options, ["module", "exportName", "threads", "minChunk", "execArgv"]);
  let module: string;
  const href = (o.module as { href?: unknown } | null)?.href;
  if (typeof o.module === "object" && typeof href === "string") module = href;
  else if (typeof o.module === "string") module = o.module.startsWith("file:") ? o.module : pathToFileURL(o.module).href;
  else throw new TypeError(`module must be a file URL or an absolute path; got ${formatValue(o.module)}`);
  const exportName = o.exportName ?? "integrand";
  if (typeof exportName !== "string") throw new TypeError(`exportName must be a string; got ${formatValue(exportName)}`);
  const threads = validateInteger("threads", o.threads ?? availableParallelism(), 1, 1024);
  const minChunk = validateInteger("minChunk", o.minChunk ?? 64, 1, 2 ** 30);
  // From dist the worker entry sits beside this file. From the TypeScript sources (tests, tsx) prefer
  // the package's built entry when there is one: workers then run plain JavaScript, which every Node
  // can load; otherwise fall back to the .ts entry through tsx.
  const js = [
    new URL("./windowWorker.js", import.meta.url),
    new URL("../../dist/evaluation/windowWorker.js", import.meta.url),
  ].find((u) => existsSync(fileURLToPath(u)));
  const fromDist = js !== undefined;
  const filename = js ? js.href : new URL("./windowWorker.ts", import.meta.url).href;
  const execArgv = o.execArgv ?? (fromDist ? [] : ["--conditions=source", "--import", "tsx"]);
  const { Piscina } = loadPiscina();
  const pool = new Piscina({ filename, minThreads: threads, maxThreads: threads, execArgv });

  const evaluate: WindowEvaluator = async (task: WindowTask) => {
    if (typeof (task.generator as { fill?: unknown }).fill === "function")
      throw new TypeError("workerEvaluator needs task.generator to be a SequenceSpec, not a live Sequence instance");
    const n = task.end - task.start;
    const chunks = Math.max(1, Math.min(CHUNKS_PER_THREAD * threads, Math.floor(n / minChunk)));
    const bounds = Array.from({ length: chunks + 1 }, (_, c) => task.start + Math.floor((c * n) / chunks));
    const parts = await Promise.all(
      bounds.slice(0, -1).map((a, c) => {
        const job: WorkerJob = { module, exportName, task: { ...task, start: a, end: bounds[c + 1] } };
        return pool.run(job) as Promise<Float64Array>;
      }),
    );
    if (chunks === 1) return parts[0];
    const k = task.outputs;
    const reps = parts[0].length / ((bounds[1] - bounds[0]) * k);
    const out = new Float64Array(reps * n * k);
    parts.forEach((y, c) => {
      const nc = bounds[c + 1] - bounds[c];
      for (let r = 0; r < reps; r++) out.set(y.subarray(r * nc * k, (r + 1) * nc * k), (r * n + bounds[c] - task.start) * k);
    });
    return out;
  };
  return { evaluate, threads, close: () => pool.destroy() };
}
