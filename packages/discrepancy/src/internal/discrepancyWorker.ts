// Worker-thread entry of `@qmckit/discrepancy/parallel`: computes row sums of tiles claimed from a
// shared counter until none is left, writing into the shared row-sum array. Node only.
import { parentPort } from "node:worker_threads";
import type { PairTerms } from "./pairTerms.js";
import { rowSums } from "./rowSums.js";

/** One job: the prepared terms (on shared memory), the shared results, the tile counter. */
export interface WorkerJob {
  readonly terms: PairTerms;
  readonly R: Float64Array;
  readonly counter: Int32Array;
  readonly tiles: number;
}

parentPort?.on("message", (job: WorkerJob) => {
  for (;;) {
    const tile = Atomics.add(job.counter, 0, 1);
    if (tile >= job.tiles) break;
    rowSums(job.terms, tile, tile + 1, job.R);
  }
  parentPort?.postMessage("done");
});
