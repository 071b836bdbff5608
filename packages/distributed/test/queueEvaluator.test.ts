import {
  asianOption,
  type CubatureResult,
  cubQmcLatticeG,
  cubQmcLatticeGAsync,
  cubQmcNetG,
  cubQmcNetGAsync,
  cubQmcRepStudentT,
  cubQmcRepStudentTAsync,
  evaluateWindow,
  type Integrand,
  keister,
  type OutputShape,
  type WindowTask,
} from "@qmckit/cubature";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueEvaluator } from "../src/index.js";
import { startRedis, type TestRedis } from "./helpers/redis.js";
import { assertBuilt, integrandModule, spawnWorker, type WorkerProcess } from "./helpers/workers.js";

// The judged property: a criterion run on the queue gives the inline result bit for bit, with 1 and
// 3 real worker processes, for the three QMC criteria on Keister d = 5 and an Asian option.
const problems: { name: string; f: () => Integrand<OutputShape>; exportName: string }[] = [
  { name: "Keister d=5", f: () => keister(5), exportName: "integrand" },
  { name: "Asian option", f: () => asianOption({ dimension: 4 }), exportName: "asian" },
];
const criteria = [
  { name: "cubQmcNetGAsync", inline: cubQmcNetG, queued: cubQmcNetGAsync },
  { name: "cubQmcLatticeGAsync", inline: cubQmcLatticeG, queued: cubQmcLatticeGAsync },
  { name: "cubQmcRepStudentTAsync", inline: cubQmcRepStudentT, queued: cubQmcRepStudentTAsync },
] as const;
const options = { absTol: 1e-2, seed: 11 };

let redis: TestRedis;
beforeAll(async () => {
  assertBuilt();
  redis = await startRedis();
}, 60_000);
afterAll(async () => {
  await redis?.stop();
});

function expectSame(queued: CubatureResult<OutputShape>, inline: CubatureResult<OutputShape>): void {
  // toBe is Object.is: bit-for-bit equality of the doubles (it tells −0 from 0 too).
  expect(queued.estimate).toBe(inline.estimate);
  expect(queued.errorBound).toBe(inline.errorBound);
  expect(queued.n).toBe(inline.n);
  expect(queued.converged).toBe(inline.converged);
}

describe.each([1, 3])("queueEvaluator with %i worker process(es)", (count) => {
  const queue = `bitexact${count}`;
  let workers: WorkerProcess[] = [];
  beforeAll(async () => {
    workers = await Promise.all(Array.from({ length: count }, () => spawnWorker({ url: redis.url, queue })));
  }, 90_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill("SIGTERM")));
  });

  for (const p of problems)
    for (const c of criteria)
      it(`${c.name} on ${p.name}: same estimate, bound and n as inline, and no keys of the run left`, async () => {
        const inline = c.inline(p.f(), options);
        const q = queueEvaluator({
          connection: redis.url,
          queue,
          module: integrandModule,
          exportName: p.exportName,
          windowSize: 1024,
        });
        let queued: CubatureResult<OutputShape>;
        try {
          queued = await c.queued(p.f(), { ...options, evaluate: q.evaluate });
        } finally {
          await q.close();
        }
        expectSame(queued, inline);
        expect(await redis.scan(`${q.keyPrefix}*`)).toEqual([]);
        expect(await redis.scan(`*${q.run}*`)).toEqual([]);
      }, 90_000);

  it("a fresh evaluator never misses the result of a fast first job (20 evaluators in a row)", async () => {
    const f = keister(5);
    for (let i = 0; i < 20; i++) {
      const task: WindowTask = {
        generator: { kind: "lattice", dimension: 5, seed: i, replications: 1, order: "natural" },
        periodization: "baker",
        start: 0,
        end: 8,
        outputs: 1,
        active: [true],
      };
      const q = queueEvaluator({ connection: redis.url, queue, module: integrandModule, timeoutMs: 10_000 });
      try {
        expect(await q.evaluate(task)).toEqual(evaluateWindow(f, task));
      } finally {
        await q.close();
      }
    }
  }, 90_000);

  it("shares the windows among the workers (each of the 3 took jobs)", () => {
    for (const w of workers) expect(w.lines.filter((l) => l.startsWith("completed ")).length).toBeGreaterThan(0);
  });
});
