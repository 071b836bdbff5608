import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { WindowJobData } from "./jobData.js";
import type { ThreadRequest, ThreadResponse } from "./threadMessages.js";

type Pending = { resolve: (y: Float64Array) => void; reject: (e: Error) => void };

/**
 * A fixed set of evaluator threads, one per concurrent job: BullMQ hands a worker at most
 * `concurrency` jobs at once, so a free thread is always there. A thread that dies (an integrand that
 * crashes it) fails its job and is replaced.
 */
export class ThreadPool {
  private readonly free: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly owner = new Map<Worker, number>();
  private nextId = 0;
  private readonly filename: URL;
  private readonly execArgv: string[];

  constructor(size: number) {
    // From dist the thread entry sits beside this file; from the TypeScript sources prefer the built
    // entry (plain JavaScript), else the .ts entry through tsx (as cubature's worker evaluator does).
    const js = [
      new URL("./evaluatorThread.js", import.meta.url),
      new URL("../../dist/internal/evaluatorThread.js", import.meta.url),
    ].find((u) => existsSync(fileURLToPath(u)));
    this.filename = js ?? new URL("./evaluatorThread.ts", import.meta.url);
    this.execArgv = js ? [] : ["--conditions=source", "--import", "tsx"];
    for (let i = 0; i < size; i++) this.free.push(this.spawn());
  }

  private spawn(): Worker {
    const w = new Worker(this.filename, { execArgv: this.execArgv });
    // Set when the thread has loaded its imports and said so.
    let online = false;
    w.on("message", (res: ThreadResponse | "ready") => {
      if (res === "ready") {
        online = true;
        return;
      }
      const p = this.pending.get(res.id);
      this.pending.delete(res.id);
      this.owner.delete(w);
      this.free.push(w);
      if (!p) return;
      if ("error" in res) p.reject(new Error(res.error));
      else p.resolve(res.values);
    });
    const onDeath = (why: string) => {
      const id = this.owner.get(w);
      this.owner.delete(w);
      const i = this.free.indexOf(w);
      if (i >= 0) this.free.splice(i, 1);
      if (id !== undefined) {
        this.pending.get(id)?.reject(new Error(`the evaluator thread died: ${why}`));
        this.pending.delete(id);
      }
      // Replace a thread that an integrand brought down; a thread that never started (a broken
      // install) is not replaced, or the pool would respawn forever: jobs then fail with the reason.
      if (this.closed) return;
      if (online) this.free.push(this.spawn());
      else this.broken = why;
    };
    w.on("error", (e) => onDeath(e.message));
    w.on("exit", (code) => {
      if (this.owner.has(w) || this.free.includes(w)) onDeath(`exit code ${code}`);
    });
    return w;
  }

  private closed = false;
  private broken: string | undefined;

  run(url: string, exportName: string, task: WindowJobData["task"]): Promise<Float64Array> {
    if (this.broken !== undefined && this.free.length === 0)
      return Promise.reject(new Error(`the evaluator threads could not start: ${this.broken}`));
    const w = this.free.pop();
    if (!w) return Promise.reject(new Error("no free evaluator thread (more concurrent jobs than threads)"));
    const id = this.nextId++;
    this.owner.set(w, id);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const req: ThreadRequest = { id, url, exportName, task };
      w.postMessage(req);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.free, ...this.owner.keys()];
    this.free.length = 0;
    this.owner.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
