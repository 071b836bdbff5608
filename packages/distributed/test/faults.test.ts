import { cubQmcLatticeG, cubQmcLatticeGAsync, cubQmcNetGAsync, keister, type WindowTask } from "@qmckit/cubature";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueEvaluator } from "../src/index.js";
import { startRedis, type TestRedis } from "./helpers/redis.js";
import { assertBuilt, integrandModule, spawnWorker, type WorkerProcess } from "./helpers/workers.js";

let redis: TestRedis;
const spawned: WorkerProcess[] = [];
beforeAll(async () => {
  assertBuilt();
  redis = await startRedis();
}, 60_000);
afterAll(async () => {
  await Promise.all(spawned.map((w) => w.kill("SIGKILL")));
  await redis?.stop();
});
async function workers(n: number, queue: string, url = redis.url, stall?: { stalledIntervalMs: number; lockDurationMs: number }) {
  const ws = await Promise.all(Array.from({ length: n }, () => spawnWorker({ url, queue, ...stall })));
  spawned.push(...ws);
  return ws;
}
const jobIdOfLine = (l: string) => l.split(" ")[1];

describe("queueEvaluator faults", () => {
  it("SIGKILL of one of two workers mid-job: the other takes its job after the stall interval, same estimate", async () => {
    // A short stall interval so that the test is quick: a dead worker's lock lapses after 2 s.
    const [a, b] = await workers(2, "kill", redis.url, { stalledIntervalMs: 500, lockDurationMs: 2000 });
    const inline = cubQmcLatticeG(keister(5), { absTol: 1e-2, seed: 5 });
    const q = queueEvaluator({
      connection: redis.url,
      queue: "kill",
      module: integrandModule,
      exportName: "slowKeister",
      windowSize: 512,
    });
    try {
      const run = cubQmcLatticeGAsync(keister(5), { absTol: 1e-2, seed: 5, evaluate: q.evaluate });
      // Kill a at its second job, while it evaluates it (a job takes ≈ 0.1 s).
      const line = await a.waitFor(
        (l, i = a.lines.filter((x) => x.startsWith("active ")).length) => l.startsWith("active ") && i >= 2,
      );
      await a.kill("SIGKILL");
      const killedJob = jobIdOfLine(line);
      expect(a.lines).not.toContain(`completed ${killedJob}`);
      const r = await run;
      expect(r.estimate).toBe(inline.estimate);
      expect(r.errorBound).toBe(inline.errorBound);
      expect(r.n).toBe(inline.n);
      // BullMQ's stalled check on b found the job and b evaluated it (b's lines may come after the result).
      await b.waitFor((l) => l === `completed ${killedJob}`);
      expect(b.lines).toContain(`stalled ${killedJob}`);
    } finally {
      await q.close();
    }
    expect(await redis.scan(`${q.keyPrefix}*`)).toEqual([]);
  }, 90_000);

  it("an integrand that throws on one window: retried `attempts` times, then the run rejects naming the window", async () => {
    const [w] = await workers(1, "throws");
    const q = queueEvaluator({
      connection: redis.url,
      queue: "throws",
      module: integrandModule,
      exportName: "throwsOnWindow",
      windowSize: 4096,
      attempts: 2,
    });
    try {
      // Windows of 1,024, 1,024 and 2,048 points: the third, [2048, 4096), throws.
      await expect(cubQmcNetGAsync(keister(5), { absTol: 1e-9, seed: 5, nInit: 1024, evaluate: q.evaluate })).rejects.toThrow(
        /points \[2048, 4096\) of window \[2048, 4096\) failed \(attempts = 2\): integrand exploded on 2048 points/,
      );
    } finally {
      await q.close();
    }
    // The worker's lines may reach us after the rejection: wait for the second failure, then for no third.
    await w.waitFor(() => w.lines.filter((l) => l.startsWith("failed ")).length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    const failed = w.lines.filter((l) => l.startsWith("failed "));
    expect(failed.length).toBe(2);
    expect(new Set(failed.map(jobIdOfLine)).size).toBe(1);
    expect(await redis.scan(`${q.keyPrefix}*`)).toEqual([]);
  }, 90_000);

  it("a job naming a module outside the allow-list is refused at once, and the run rejects saying so", async () => {
    const [w] = await workers(1, "allow");
    const q = queueEvaluator({ connection: redis.url, queue: "allow", module: "evil.mjs", attempts: 3 });
    try {
      await expect(cubQmcNetGAsync(keister(5), { absTol: 1e-2, seed: 5, evaluate: q.evaluate })).rejects.toThrow(
        /module "evil.mjs" is not on this worker's allow-list \(integrand.mjs\); refused/,
      );
    } finally {
      await q.close();
    }
    // Refused without retries (UnrecoverableError): one failure per job, each job once.
    const failed = w.lines.filter((l) => l.startsWith("failed "));
    expect(new Set(failed.map(jobIdOfLine)).size).toBe(failed.length);
    expect(w.lines.some((l) => l.startsWith("completed "))).toBe(false);
    expect(await redis.scan(`${q.keyPrefix}*`)).toEqual([]);

    // A job written by hand naming a path, or malformed, is refused too: the worker never loads a path from a job.
    // (Read back by polling the job's state: simpler here than QueueEvents, which needs a start id.)
    const conn = new Redis(redis.url, { maxRetriesPerRequest: null });
    conn.on("error", () => {});
    const raw = new Queue("allow", { connection: conn });
    const failedReason = async (id: string | undefined): Promise<string> => {
      for (let i = 0; i < 600; i++) {
        // The state can turn "failed" between reading the job and reading its state: read the job again
        // after seeing the state, so its failedReason is the one written with that state.
        const job = await raw.getJob(id ?? "");
        if (job && (await job.getState()) === "failed") {
          const failed = await raw.getJob(id ?? "");
          if (failed?.failedReason) return failed.failedReason;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`job ${id} did not fail within 30 s`);
    };
    try {
      const task = {
        generator: { kind: "lattice", dimension: 5, seed: 1, replications: 1 },
        periodization: "baker",
        start: 0,
        end: 8,
        outputs: 1,
        active: [true],
      };
      const byPath = await raw.add("window", { module: integrandModule, exportName: "integrand", task });
      expect(await failedReason(byPath.id)).toMatch(/is not on this worker's allow-list/);
      const huge = await raw.add("window", { module: "integrand.mjs", exportName: "integrand", task: { ...task, end: 2 ** 40 } });
      expect(await failedReason(huge.id)).toMatch(/task.end must be an integer in \(start, start \+ 16777216\]/);
    } finally {
      await raw.obliterate({ force: true });
      await raw.close();
      conn.disconnect();
    }
  }, 90_000);

  it("jobs carry the window task and names only; with no worker the run rejects after timeoutMs, and close() removes its jobs", async () => {
    const q = queueEvaluator({ connection: redis.url, queue: "idle", module: integrandModule, windowSize: 512, timeoutMs: 800 });
    const task: WindowTask = {
      generator: { kind: "lattice", dimension: 5, seed: 3, replications: 2, order: "natural" },
      periodization: "baker",
      start: 1024,
      end: 2048,
      outputs: 1,
      active: [true],
    };
    const t0 = performance.now();
    const pending = Promise.resolve(q.evaluate(task));
    const keys = await (async () => {
      for (;;) {
        const k = (await redis.scan(`${q.keyPrefix}*`)).filter((x) => !x.endsWith(":logs"));
        if (k.length === 2) return k;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const datas = await Promise.all(keys.map((k) => redis.client.hget(k, "data")));
    await expect(pending).rejects.toThrow(
      /window \[1024, 2048\) got no result for 800 ms \(timeoutMs\): no worker answered on queue 'idle'/,
    );
    expect(performance.now() - t0).toBeLessThan(800 + 2000);
    const sent = datas.map((d) => JSON.parse(d ?? "null")).sort((x, y) => x.task.start - y.task.start);
    expect(sent).toEqual([
      { module: "integrand.mjs", exportName: "integrand", task: { ...task, start: 1024, end: 1536 } },
      { module: "integrand.mjs", exportName: "integrand", task: { ...task, start: 1536, end: 2048 } },
    ]);
    await q.close();
    expect(await redis.scan(`${q.keyPrefix}*`)).toEqual([]);
  }, 90_000);

  it("a window asked twice at once is one job per sub-window, evaluated once, with identical values", async () => {
    const [w] = await workers(1, "twice");
    const q = queueEvaluator({
      connection: redis.url,
      queue: "twice",
      module: integrandModule,
      exportName: "slowKeister",
      windowSize: 256,
    });
    const task: WindowTask = {
      generator: { kind: "lattice", dimension: 5, seed: 3, replications: 1, order: "natural" },
      periodization: "baker",
      start: 0,
      end: 1024,
      outputs: 1,
      active: [true],
    };
    try {
      const [y1, y2] = await Promise.all([q.evaluate(task), q.evaluate(task)]);
      expect(y2).toEqual(y1);
      // The worker's lines reach us after the results may: wait for the fourth, then make sure no fifth comes.
      const completed = () => w.lines.filter((l) => l.startsWith("completed ")).length;
      await w.waitFor(() => completed() >= 4);
      await new Promise((r) => setTimeout(r, 300));
      expect(completed()).toBe(4);
    } finally {
      await q.close();
    }
    expect(await redis.scan(`${q.keyPrefix}*`)).toEqual([]);
  }, 90_000);
});

describe("queueEvaluator when Redis goes away", () => {
  let own: TestRedis;
  beforeAll(async () => {
    own = await startRedis();
  }, 60_000);
  afterAll(async () => {
    await own?.stop();
  });

  it("Redis stopped mid-run: the criterion rejects within timeoutMs, saying the connection is lost", async () => {
    const [w] = await workers(1, "lost", own.url);
    // Jobs of ≈ 50 ms, far below timeoutMs even on a loaded machine, so that only the lost Redis times out.
    const timeoutMs = 3000;
    const q = queueEvaluator({
      connection: own.url,
      queue: "lost",
      module: integrandModule,
      exportName: "slowKeister",
      windowSize: 256,
      timeoutMs,
    });
    const run = cubQmcLatticeGAsync(keister(5), { absTol: 1e-3, seed: 5, evaluate: q.evaluate });
    const outcome = run.then(
      () => "resolved",
      (e: Error) => e,
    );
    await w.waitFor((l) => l.startsWith("completed "));
    await own.stop();
    const t0 = performance.now();
    const e = await outcome;
    const waited = performance.now() - t0;
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toMatch(
      new RegExp(`got no result for ${timeoutMs} ms \\(timeoutMs\\): the connection to Redis at 127.0.0.1:${own.port} is lost`),
    );
    expect(waited).toBeLessThan(timeoutMs + 2000);
    // close() cannot remove the jobs from a Redis that is gone: it says so, and does not hang.
    const c0 = performance.now();
    await expect(q.close()).rejects.toThrow(/could not remove the run's jobs: the connection to Redis at 127.0.0.1:\d+ is lost/);
    expect(performance.now() - c0).toBeLessThan(timeoutMs + 6000);
  }, 90_000);
});
