import { cubMcClt, cubQmcLatticeG, cubQmcNetG, cubQmcNetGAsync, cubQmcRepStudentT, keister } from "@qmckit/cubature";
import { workerEvaluator } from "@qmckit/cubature/worker";
import type { BenchModule } from "../types.js";

const f = keister(5);
const criteria = { cubQmcNetG, cubQmcLatticeG, cubQmcRepStudentT, cubMcClt } as const;

const keisterCases = Object.entries(criteria).map(([name, run]) => ({
  group: `keister d=5 absTol=1e-4 ${name}`,
  impl: "qmckit",
  setup: () => () => {
    // cubMcClt at 1e-4 would need ~10^9 points: it runs at 1e-2 and says so in its result's n.
    const r = run(f, { absTol: name === "cubMcClt" ? 1e-2 : 1e-4, seed: 7 });
    return r.n;
  },
  note: (n: unknown) => `n = ${n}${name === "cubMcClt" ? ", absTol 1e-2" : ""}`,
}));

const module = new URL("./fixtures/keisterModule.mjs", import.meta.url);

export const bench: BenchModule = {
  cases: [
    ...keisterCases,
    {
      group: "worker evaluator 2 threads",
      impl: "inline",
      setup: () => {
        return async () => {
          const { expensiveKeister } = (await import(module.href)) as { expensiveKeister: () => typeof f };
          return cubQmcNetG(expensiveKeister(), { absTol: 1e-2, seed: 3, nInit: 2 ** 12, nMax: 2 ** 12 }).estimate;
        };
      },
      note: (estimate: unknown) => `estimate ${estimate}`,
    },
    {
      group: "worker evaluator 2 threads",
      impl: "qmckit",
      setup: () => {
        const pool = workerEvaluator({ module, exportName: "expensiveKeister", threads: 2 });
        return async () => {
          const { expensiveKeister } = (await import(module.href)) as { expensiveKeister: () => typeof f };
          return (
            await cubQmcNetGAsync(expensiveKeister(), {
              absTol: 1e-2,
              seed: 3,
              nInit: 2 ** 12,
              nMax: 2 ** 12,
              evaluate: pool.evaluate,
            })
          ).estimate;
        };
      },
      note: (estimate: unknown) => `estimate ${estimate} (must equal inline)`,
    },
  ],
  targets: [{ group: "worker evaluator 2 threads", maxRatio: 0.59, against: "inline" }],
};
