import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { validateChoice, validateInteger, validateOptions } from "@qmckit/core";
import { DISCREPANCY_METHODS } from "./DiscrepancyMethod.js";
import type { DiscrepancyOptions } from "./discrepancy.js";
import { combineRowSums } from "./internal/combineRowSums.js";
import type { WorkerJob } from "./internal/discrepancyWorker.js";
import { type PairTerms, preparePairTerms } from "./internal/pairTerms.js";
import { readPoints } from "./internal/readPoints.js";
import type { PointsInput } from "./PointsInput.js";

/** Options of {@link discrepancyPool}. */
export interface DiscrepancyPoolOptions {
  /** Worker threads; default `os.availableParallelism()`. */
  threads?: number;
}

/** Worker threads that compute {@link discrepancy} values; reuse it across calls, then `close()`. */
export interface DiscrepancyPool {
  readonly threads: number;
  /** The same number as `discrepancy(points, options)`, bit for bit, computed on the pool's threads. */
  discrepancy(points: PointsInput, options?: DiscrepancyOptions): Promise<number>;
  /** Terminates the workers. */
  close(): Promise<void>;
}

/**
 * Starts one worker. From dist the entry is the JavaScript beside this file. From the TypeScript
 * sources (tests, tsx) it is the `.ts` entry, loaded by a bootstrap that registers tsx's loader inside
 * the worker (an `--import tsx` flag does not reach worker threads); tsx must then be installed.
 */
function startWorker(): Worker {
  const js = new URL("./internal/discrepancyWorker.js", import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const ts = new URL("./internal/discrepancyWorker.ts", import.meta.url).href;
  // The ESM build of tsx's API (its package exports map "./esm/api" → this file for import).
  const tsxRoot = dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(join(tsxRoot, "dist", "esm", "api", "index.mjs")).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** Copies a Float64Array into shared memory. */
function shared(a: Float64Array): Float64Array {
  const s = new Float64Array(new SharedArrayBuffer(a.byteLength));
  s.set(a);
  return s;
}

/**
 * A pool of Node worker threads for {@link discrepancy} on large point sets (Node only: import it from
 * `@qmckit/discrepancy/parallel`, which browsers never load).
 *
 * @param options - `threads` (default: the available parallelism).
 * @returns a {@link DiscrepancyPool}; its `discrepancy` resolves to the single-thread value bit for
 *   bit, whatever the number of threads.
 * @throws RangeError for a bad thread count; the pool's `discrepancy` rejects with the errors of
 *   {@link discrepancy}.
 *
 * @remarks
 * The points are prepared once (O(n d)) into shared memory; the workers claim blocks of up to 64 rows
 * (costliest first) from an atomic counter (so a descheduled thread does not hold the others back) and
 * write each row's sum
 * R_i = Σ_{j>i} K̄(x_i, x_j) to a shared array. Each R_i is computed by the same code in the same order
 * whichever thread runs it, and the main thread adds the R_i in index order: the reduction order does
 * not depend on the thread count, so the result is identical to the single-thread call. Worth it from
 * n ≈ 2,000 (d = 8); below that, worker start-up and messages cost more than they save. Calls on one
 * pool run one after another.
 *
 * @example
 * ```ts
 * import { discrepancyPool } from "@qmckit/discrepancy/parallel";
 * const pool = discrepancyPool({ threads: 2 });
 * const cd = await pool.discrepancy(points, { method: "CD" }); // === discrepancy(points)
 * await pool.close();
 * ```
 */
export function discrepancyPool(options?: DiscrepancyPoolOptions): DiscrepancyPool {
  const o = validateOptions("options", options, ["threads"]);
  const threads = validateInteger("threads", o.threads ?? availableParallelism(), 1, 1024);
  const workers = Array.from({ length: threads }, () => {
    const w = startWorker();
    w.unref();
    return w;
  });
  let queue: Promise<unknown> = Promise.resolve();

  const run = (terms: PairTerms): Promise<Float64Array> => {
    const R = new Float64Array(new SharedArrayBuffer(terms.n * 8));
    const job: WorkerJob = {
      terms: { ...terms, XA: shared(terms.XA), g: shared(terms.g) },
      R,
      counter: new Int32Array(new SharedArrayBuffer(4)),
    };
    return new Promise<Float64Array>((resolve, reject) => {
      let pending = workers.length;
      for (const w of workers) {
        const onMessage = () => {
          w.off("error", onError);
          if (--pending === 0) resolve(R);
        };
        const onError = (e: Error) => {
          w.off("message", onMessage);
          reject(e);
        };
        w.once("message", onMessage);
        w.once("error", onError);
        w.ref();
        w.postMessage(job);
      }
    }).finally(() => {
      for (const w of workers) w.unref();
    });
  };

  return {
    threads,
    discrepancy(points: PointsInput, opts?: DiscrepancyOptions): Promise<number> {
      const task = async (): Promise<number> => {
        const {
          method = "CD",
          dimension,
          iterative = false,
        } = validateOptions("options", opts, ["method", "dimension", "iterative"]);
        validateChoice("method", method, DISCREPANCY_METHODS);
        if (typeof iterative !== "boolean") throw new TypeError(`iterative must be a boolean; got ${typeof iterative}`);
        const { data, n, dimension: d } = readPoints("points", points, dimension);
        const terms = preparePairTerms(method, data, n, d);
        const R = await run(terms);
        return combineRowSums(method, terms, R, iterative);
      };
      const result = queue.then(task, task);
      queue = result.catch(() => undefined);
      return result;
    },
    async close(): Promise<void> {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * {@link discrepancy} on `threads` worker threads, bit-identical to the single-thread value: a pool
 * started and closed for one call (worker start-up costs tens of milliseconds; for several calls keep
 * a {@link discrepancyPool}). Node only, from `@qmckit/discrepancy/parallel`.
 *
 * @example
 * ```ts
 * const cd = await discrepancyParallel(points, { threads: 2 });
 * ```
 */
export async function discrepancyParallel(
  points: PointsInput,
  options?: DiscrepancyOptions & DiscrepancyPoolOptions,
): Promise<number> {
  const { threads, ...rest } = options ?? {};
  const pool = discrepancyPool(threads === undefined ? {} : { threads });
  try {
    return await pool.discrepancy(points, rest);
  } finally {
    await pool.close();
  }
}
