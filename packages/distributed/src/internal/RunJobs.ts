import type { Queue } from "bullmq";

/** Settles `p`, or rejects with `message` after `ms`. */
export function within<T>(p: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The job ids of one run still in Redis, and their removal: a job is removed once its values are read,
 * and `removeAll` (at close) removes the rest — waiting ones at once, active ones as soon as their
 * worker lets go of them (BullMQ refuses to remove a locked job).
 */
export class RunJobs {
  private readonly ids = new Set<string>();
  constructor(
    private readonly queue: Queue,
    private readonly timeoutMs: number,
  ) {}

  track(ids: readonly string[]): void {
    for (const id of ids) this.ids.add(id);
  }

  /** Removes one finished job. */
  async remove(id: string): Promise<void> {
    if ((await this.queue.remove(id)) === 1) this.ids.delete(id);
  }

  /** Best effort, in the background: removes the given jobs that no worker holds. */
  removeWaiting(ids: readonly string[]): void {
    void Promise.all(ids.map((id) => this.remove(id))).catch(() => {});
  }

  /** Removes every job of the run, waiting up to `timeoutMs` for active ones to be let go. */
  async removeAll(state: () => string): Promise<void> {
    const deadline = Date.now() + this.timeoutMs;
    const attempt = async () => {
      while (this.ids.size > 0) {
        for (const id of [...this.ids]) await this.remove(id);
        if (this.ids.size === 0) return;
        if (Date.now() > deadline) break;
        await sleep(100);
      }
    };
    await within(attempt(), this.timeoutMs, () => `queueEvaluator.close(): could not remove the run's jobs: ${state()}`);
    if (this.ids.size > 0)
      throw new Error(
        `queueEvaluator.close(): ${this.ids.size} job(s) of the run were still held by workers after ${this.timeoutMs} ms (timeoutMs)`,
      );
  }
}
