import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cubQmcNetG, cubQmcNetGAsync, keister } from "../src/index.js";
import { workerEvaluator } from "../src/worker.js";
import { ShiftedKronecker } from "./shiftedKronecker.js";

const module = new URL("./fixtures/keisterModule.mjs", import.meta.url);
// Workers run plain JavaScript: they need this package and its siblings built (the root `npm test`
// builds first). Loading the TypeScript sources in workers through tsx does not work yet (see README).
const built = ["cubature", "lattice", "digital-net", "halton", "transforms", "core"].every((p) =>
  existsSync(new URL(`../../${p}/dist/index.js`, import.meta.url)),
);

describe("workerEvaluator", () => {
  it.skipIf(!built)(
    "evaluates on 2 worker threads with results identical to inline evaluation",
    async () => {
      const pool = workerEvaluator({ module, threads: 2 });
      try {
        const inline = cubQmcNetG(keister(3), { absTol: 1e-4, seed: 17 });
        const pooled = await cubQmcNetGAsync(keister(3), { absTol: 1e-4, seed: 17, evaluate: pool.evaluate });
        expect(pooled.estimate).toBe(inline.estimate);
        expect(pooled.errorBound).toBe(inline.errorBound);
        expect(pooled.n).toBe(inline.n);
      } finally {
        await pool.close();
      }
    },
    30_000,
  );
  it("rejects a live Sequence generator (workers need a serializable spec) and bad options", async () => {
    const pool = workerEvaluator({ module, threads: 1 });
    try {
      await expect(
        cubQmcNetGAsync(keister(2), { generator: new ShiftedKronecker(2, { seed: 1 }), evaluate: pool.evaluate }),
      ).rejects.toThrow(/needs task.generator to be a SequenceSpec/);
    } finally {
      await pool.close();
    }
    expect(() => workerEvaluator({ module: 3 as unknown as string })).toThrow(/module must be a file URL or an absolute path/);
    expect(() => workerEvaluator({ module, threads: 0 })).toThrow(/threads must be an integer in \[1, 1024\]; got 0/);
  });
});
