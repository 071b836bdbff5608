// Worker-thread entry of `@qmckit/discrepancy/parallel`: computes row sums of blocks claimed from a
// shared counter until none is left, writing into the shared row-sum array. Node only.
import { parentPort } from "node:worker_threads";
import type { PairTerms } from "./pairTerms.js";
import { rowSums } from "./rowSums.js";

/** One job: the prepared terms (coordinates on shared memory), the shared results, the block counter. */
export interface WorkerJob {
  readonly terms: PairTerms;
  readonly R: Float64Array;
  readonly counter: Int32Array;
}

parentPort?.on("message", (job: WorkerJob) => {
  rowSums(job.terms, () => Atomics.add(job.counter, 0, 1), job.R);
  parentPort?.postMessage("done");
});
