import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selectTopK } from "../../src/index.js";

function bySort(scores: number[], k: number, largest: boolean): number[] {
  return scores
    .map((s, i) => [Number.isNaN(s) ? Number.NEGATIVE_INFINITY : largest ? s : -s, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, k)
    .map(([, i]) => i);
}

describe("selectTopK", () => {
  it("returns the k largest (or smallest) best first, ties to the lower index", () => {
    expect(Array.from(selectTopK(new Float64Array([0.1, 0.9, 0.5, 0.9]), 3, true))).toEqual([1, 3, 2]);
    expect(Array.from(selectTopK(new Float64Array([0.1, 0.9, 0.5, 0.1]), 2, false))).toEqual([0, 3]);
    expect(Array.from(selectTopK(new Float64Array([Number.NaN, 1]), 2, true))).toEqual([1, 0]);
  });
  it("agrees with a full sort on random scores with ties (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 60 }), fc.nat(), fc.boolean(), (raw, kk, largest) => {
        const k = raw.length === 0 ? 0 : kk % (raw.length + 1);
        expect(Array.from(selectTopK(Float64Array.from(raw), k, largest))).toEqual(bySort(raw, k, largest));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
