import * as D from "@qmckit/distributed";
import fc from "fast-check";
import { describe, it } from "vitest";
import { expectCovered, fuzz, optionsOf } from "../src/harness.js";

/**
 * Option validation only, without Redis: both entries validate every option before they connect, and
 * the option they validate last (`attempts`, `lockDurationMs`) is always given a bad value here, so no
 * call ever reaches the connection. A call must then fail with the library's error naming an option.
 */
const connection = fc.oneof(
  fc.constantFrom("redis://127.0.0.1:1", "rediss://h:6380", "redis://h:0", "http://h", "not a url", ""),
  fc.record(
    { host: fc.constantFrom("127.0.0.1", ""), port: fc.constantFrom(1, 0, 70000, 1.5), db: fc.constantFrom(0, -1) },
    { requiredKeys: [] },
  ),
);
const badLast = fc.constantFrom(0, -1, 1.5, Number.NaN, "3", 1e12, null);

const recipes = [
  {
    name: "queueEvaluator",
    params: ["options", "connection", "queue", "module", "exportName", "windowSize", "timeoutMs", "attempts"],
    args: fc.tuple(
      optionsOf({
        connection,
        queue: fc.constantFrom("q", "", "a:b"),
        module: fc.constantFrom("/abs/integrand.js", "file:///abs/integrand.js", "file://remote/x.js", "", "rel.js"),
        exportName: fc.constantFrom("integrand", ""),
        windowSize: fc.integer({ min: 0, max: 2 ** 25 }),
        timeoutMs: fc.integer({ min: 0, max: 2 ** 31 }),
      }),
      badLast,
    ),
    run: ([o, attempts]: readonly unknown[]) => {
      const options = o !== null && typeof o === "object" ? { ...(o as object), attempts } : o;
      return D.queueEvaluator(options as never);
    },
  },
  {
    name: "startWorker",
    params: ["options", "connection", "queue", "allow", "concurrency", "stalledIntervalMs", "lockDurationMs"],
    args: fc.tuple(
      optionsOf({
        connection,
        queue: fc.constantFrom("q", "", "a:b"),
        allow: fc.array(
          fc.constantFrom("/abs/integrand.js", "file:///abs/other.js", "file://remote/x.js", "rel.js", "/a/integrand.js"),
          {
            maxLength: 3,
          },
        ),
        concurrency: fc.integer({ min: 0, max: 2000 }),
        stalledIntervalMs: fc.integer({ min: 0, max: 1000 }),
      }),
      badLast,
    ),
    run: ([o, lock]: readonly unknown[]) => {
      const options = o !== null && typeof o === "object" ? { ...(o as object), lockDurationMs: lock } : o;
      return D.startWorker(options as never);
    },
  },
] as const;

describe("@qmckit/distributed (option validation, no Redis)", () => {
  it("every export has a recipe", () => {
    expectCovered(
      D as unknown as Record<string, unknown>,
      recipes.map((r) => r.name),
      {},
    );
  });
  for (const r of recipes) fuzz(r as never);
});
