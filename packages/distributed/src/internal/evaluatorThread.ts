// Worker-thread entry of startWorker: loads integrand modules (already checked against the allow-list
// by the main thread) and evaluates windows. Evaluating off the main thread keeps BullMQ's lock
// renewal and stalled checks running however long an integrand takes.
import { parentPort } from "node:worker_threads";
import { evaluateWindow, type Integrand, type OutputShape } from "@qmckit/cubature";
import type { ThreadRequest, ThreadResponse } from "./threadMessages.js";

const loaded = new Map<string, Promise<Integrand<OutputShape>>>();

async function load(url: string, exportName: string): Promise<Integrand<OutputShape>> {
  const mod = (await import(url)) as Record<string, unknown>;
  let value = mod[exportName];
  if (typeof value === "function") value = (value as () => unknown)();
  if (value === null || typeof value !== "object" || typeof (value as Integrand<OutputShape>).evaluate !== "function")
    throw new TypeError(`export '${exportName}' of ${url} must be an Integrand or a function returning one`);
  return value as Integrand<OutputShape>;
}

parentPort?.on("message", async (req: ThreadRequest) => {
  let res: ThreadResponse;
  try {
    const key = `${req.url}#${req.exportName}`;
    let f = loaded.get(key);
    if (f === undefined) {
      f = load(req.url, req.exportName);
      loaded.set(key, f);
    }
    const values = evaluateWindow(await f, req.task);
    res = { id: req.id, values };
    parentPort?.postMessage(res, [values.buffer as ArrayBuffer]);
  } catch (e) {
    res = { id: req.id, error: e instanceof Error ? e.message : String(e) };
    parentPort?.postMessage(res);
  }
});
// Imports loaded: the pool may now replace this thread if an integrand brings it down.
parentPort?.postMessage("ready");
