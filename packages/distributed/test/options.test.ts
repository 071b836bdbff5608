import { describe, expect, it } from "vitest";
import { queueEvaluator, startWorker } from "../src/index.js";
import { connectionSpec } from "../src/internal/connect.js";
import { checkJobData, decodeValues, encodeValues } from "../src/internal/jobData.js";

// Bad options are refused before any connection is opened: no Redis needed here.
describe("options", () => {
  const good = { connection: "redis://127.0.0.1:6379", queue: "q", module: "integrand.mjs" };
  it("queueEvaluator names the parameter, the constraint and the value", () => {
    expect(() => queueEvaluator({ ...good, queue: "a:b" })).toThrow(/queue must be a non-empty string without ':'; got "a:b"/);
    expect(() => queueEvaluator({ ...good, connection: "http://x:1" })).toThrow(
      /connection must be a redis:\/\/ or rediss:\/\/ URL; got "http:\/\/x:1"/,
    );
    expect(() => queueEvaluator({ ...good, connection: { port: 0 } })).toThrow(
      /connection.port must be an integer in \[1, 65535\]; got 0/,
    );
    expect(() => queueEvaluator({ ...good, windowSize: 0 })).toThrow(/windowSize must be an integer in \[1, 16777216\]; got 0/);
    expect(() => queueEvaluator({ ...good, attempts: 1.5 })).toThrow(/attempts must be an integer/);
    expect(() => queueEvaluator({ ...good, timeoutMs: -1 })).toThrow(/timeoutMs must be an integer/);
    expect(() => queueEvaluator({ ...good, module: 3 as unknown as string })).toThrow(
      /module must be a module file name, path or file URL; got 3/,
    );
    expect(() => queueEvaluator({ ...good, threads: 2 } as never)).toThrow(/threads/);
  });
  it("startWorker refuses relative or clashing allow-list entries", () => {
    const w = { connection: "redis://127.0.0.1:6379", queue: "q" };
    expect(() => startWorker({ ...w, allow: [] })).toThrow(/allow must be a non-empty array/);
    expect(() => startWorker({ ...w, allow: ["./integrand.mjs"] })).toThrow(
      /allow entries must be absolute paths or file URLs; got ".\/integrand.mjs"/,
    );
    expect(() => startWorker({ ...w, allow: ["/a/integrand.mjs", "/b/integrand.mjs"] })).toThrow(
      /allow has two modules named 'integrand.mjs'/,
    );
    expect(() => startWorker({ ...w, allow: ["/a/i.mjs"], concurrency: 0 })).toThrow(
      /concurrency must be an integer in \[1, 1024\]; got 0/,
    );
    expect(() => startWorker({ ...w, allow: ["/a/i.mjs"], stalledIntervalMs: 5 })).toThrow(
      /stalledIntervalMs must be an integer in \[100, /,
    );
  });
  it("connection URLs give the address used in messages, without the password", () => {
    expect(connectionSpec("c", "redis://u:secret@10.1.2.3:7000/2").address).toBe("10.1.2.3:7000");
    expect(connectionSpec("c", { host: "h" }).address).toBe("h:6379");
  });
});

describe("job data", () => {
  it("values travel bit for bit, −0, NaN and ±∞ included", () => {
    const y = new Float64Array([-0, Number.NaN, Infinity, -Infinity, 5e-324, 1 / 3, -1.7976931348623157e308]);
    const back = decodeValues(encodeValues(y), y.length);
    expect(new Uint8Array(back.buffer)).toEqual(new Uint8Array(y.buffer));
    expect(() => decodeValues(encodeValues(y), 3)).toThrow(/returned 7 values; expected 3/);
  });
  it("a malformed job is refused with what is wrong", () => {
    const task = {
      generator: { kind: "lattice", dimension: 2, seed: 1, replications: 1 },
      periodization: "none",
      start: 0,
      end: 4,
      outputs: 1,
      active: [true],
    };
    const job = { module: "m.mjs", exportName: "integrand", task };
    expect(checkJobData(job)).toBe(job);
    expect(() => checkJobData({ ...job, module: "" })).toThrow(/job data module must be a non-empty string/);
    expect(() => checkJobData({ ...job, task: { ...task, end: 0 } })).toThrow(
      /task.end must be an integer in \(start, start \+ 16777216\]; got 0/,
    );
    expect(() => checkJobData({ ...job, task: { ...task, active: [true, false] } })).toThrow(
      /task.active must be an array of `outputs` booleans/,
    );
    expect(() => checkJobData({ ...job, task: { ...task, periodization: "x" } })).toThrow(
      /task.periodization must be one of none, baker/,
    );
    expect(() =>
      checkJobData({ ...job, task: { ...task, end: 2 ** 24, generator: { ...task.generator, dimension: 100 } } }),
    ).toThrow(/task must ask for at most 134217728 coordinates/);
  });
});
