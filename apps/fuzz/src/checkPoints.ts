import type { PointSet } from "@qmckit/core";
import { ensure } from "./harness.js";

/** A PointSet whose shape matches `expect` and whose every coordinate lies in [0, 1). */
export function checkPoints(value: unknown, expect: { replications: number; n: number; dimension: number }): void {
  const ps = value as PointSet;
  ensure(ps.data instanceof Float64Array, () => "points().data is not a Float64Array");
  ensure(
    ps.replications === expect.replications && ps.n === expect.n && ps.dimension === expect.dimension,
    () => `shape ${ps.replications}×${ps.n}×${ps.dimension}, expected ${expect.replications}×${expect.n}×${expect.dimension}`,
  );
  ensure(ps.data.length === ps.replications * ps.n * ps.dimension, () => `data.length ${ps.data.length}`);
  for (let i = 0; i < ps.data.length; i++) {
    const v = ps.data[i];
    ensure(v >= 0 && v < 1, () => `coordinate ${i} is ${v}, outside [0, 1)`);
  }
}
