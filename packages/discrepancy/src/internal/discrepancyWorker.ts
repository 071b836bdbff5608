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
  readonly blocks: number;
}

parentPort?.on("message", (job: WorkerJob) => {
  for (;;) {
    const block = Atomics.add(job.counter, 0, 1);
    if (block >= job.blocks) break;
    rowSums(job.terms, block, block + 1, job.R);
  }
  parentPort?.postMessage("done");
});
