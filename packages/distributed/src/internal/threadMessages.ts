import type { WindowJobData } from "./jobData.js";

/** Main thread → evaluator thread. */
export interface ThreadRequest {
  id: number;
  /** file: URL of an allowed integrand module. */
  url: string;
  exportName: string;
  task: WindowJobData["task"];
}

/** Evaluator thread → main thread (besides a first `"ready"` once its imports are loaded). */
export type ThreadResponse = { id: number; values: Float64Array } | { id: number; error: string };
