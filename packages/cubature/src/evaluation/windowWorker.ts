import type { Integrand, OutputShape } from "../integrand.js";
import { loadPiscina } from "../internal/loadPiscina.js";
import { evaluateWindow } from "./evaluateWindow.js";
import type { WindowTask } from "./WindowTask.js";

/** The message a {@link workerEvaluator} sends for one (sub-)window. */
export interface WorkerJob {
  /** URL (file:) of the module that defines the integrand. */
  module: string;
  /** Name of the export: an Integrand, or a function of no arguments returning one. */
  exportName: string;
  task: WindowTask;
}

const loaded = new Map<string, Promise<Integrand<OutputShape>>>();

async function load(module: string, exportName: string): Promise<Integrand<OutputShape>> {
  const mod = (await import(module)) as Record<string, unknown>;
  let value = mod[exportName];
  if (typeof value === "function") value = (value as () => unknown)();
  if (value === null || typeof value !== "object" || typeof (value as Integrand<OutputShape>).evaluate !== "function")
    throw new TypeError(`export '${exportName}' of ${module} must be an Integrand or a function returning one`);
  return value as Integrand<OutputShape>;
}

/** Worker entry (piscina): loads the integrand module once per thread and evaluates a window. */
export default async function evaluateJob(job: WorkerJob): Promise<Float64Array> {
  const key = `${job.module}#${job.exportName}`;
  let f = loaded.get(key);
  if (f === undefined) {
    f = load(job.module, job.exportName);
    loaded.set(key, f);
  }
  const y = evaluateWindow(await f, job.task);
  return loadPiscina().move(y) as Float64Array;
}
