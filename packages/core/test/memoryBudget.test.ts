import { describe, expect, it } from "vitest";
import { allocateArray, checkMemory, MEMORY_BUDGET_BYTES, mix64, PointSet, splitMix64 } from "../src/index.js";

describe("the memory budget of one call", () => {
  it("is 4 GiB", () => {
    expect(MEMORY_BUDGET_BYTES).toBe(2 ** 32);
  });
  it("checkMemory accepts the budget itself and refuses one byte more, naming what and the bytes", () => {
    expect(() => checkMemory("window [0, 8)", MEMORY_BUDGET_BYTES)).not.toThrow();
    expect(() => checkMemory("window [0, 8)", MEMORY_BUDGET_BYTES + 1)).toThrow(
      /^window \[0, 8\) would need 4\.0 GiB \(4294967297 bytes\), more than the memory budget of one call \(4\.0 GiB\)/,
    );
  });
  it("checkMemory refuses NaN and ∞ sizes", () => {
    expect(() => checkMemory("x", Number.NaN)).toThrow(RangeError);
    expect(() => checkMemory("x", Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
  it("allocateArray checks the budget before allocating (a 16 GiB Float64Array is refused, not granted lazily)", () => {
    expect(() => allocateArray(Float64Array, 2 ** 31 - 1, "window [0, 2147483647)", "coordinates")).toThrow(
      /^window \[0, 2147483647\) \(2147483647 coordinates\) would need 16\.0 GiB/,
    );
  });
  it("toRows refuses a set whose nested arrays would exceed the budget, before building any row", () => {
    // 2^26 points × 8 coordinates (the Halton case) would need a 4 GiB buffer to construct for real;
    // toRows checks the budget from n and dimension alone, so an object that only claims that shape suffices.
    const ps = Object.create(PointSet.prototype, {
      n: { value: 2 ** 26 },
      dimension: { value: 8 },
      replications: { value: 1 },
      data: { value: new Float64Array(0) },
    }) as PointSet;
    expect(() => ps.toRows()).toThrow(/^toRows of 67108864 points × 8 coordinates would need/);
  });
  it("toRows holds nested arrays to a quarter of the budget (the engine's heap): 2^26 points of 1 coordinate are refused", () => {
    const claim = (n: number, dimension: number) =>
      Object.create(PointSet.prototype, {
        n: { value: n },
        dimension: { value: dimension },
        replications: { value: 1 },
        data: { value: new Float64Array(0) },
      }) as PointSet;
    // The new Halton(1).points(2 ** 26).toRows(): 2^26 · (64 + 8) bytes = 4.5 GiB of heap objects.
    expect(() => claim(2 ** 26, 1).toRows()).toThrow(
      /^toRows of 67108864 points × 1 coordinates would need 4\.5 GiB .*budget of one call \(1\.0 GiB\)/,
    );
    // 2^24 points of 1 coordinate: 2^24 · 72 bytes = 1.125 GiB, over the quarter budget of 1 GiB.
    expect(() => claim(2 ** 24, 1).toRows()).toThrow(RangeError);
  });
  it("checkMemory takes a smaller budget when given one", () => {
    expect(() => checkMemory("x", 2 ** 30, undefined, 2 ** 30)).not.toThrow();
    expect(() => checkMemory("x", 2 ** 30 + 1, undefined, 2 ** 30)).toThrow(/budget of one call \(1\.0 GiB\)/);
  });
  it("toRows of a real set copies the coordinates of replication r in order", () => {
    const data = Float64Array.from({ length: 2 * 3 * 2 }, (_, i) => i / 16);
    const ps = new PointSet(data, 2, 3, 2);
    expect(ps.toRows(1)).toEqual([
      [6 / 16, 7 / 16],
      [8 / 16, 9 / 16],
      [10 / 16, 11 / 16],
    ]);
  });
});

describe("core validates what its exports receive", () => {
  it("new PointSet(null, …) is a TypeError naming data (was: Cannot read properties of null)", () => {
    expect(() => new PointSet(null as never, 1, 7, 1)).toThrow(TypeError);
    expect(() => new PointSet(null as never, 1, 7, 1)).toThrow(/^data must be a Float64Array; got null/);
  });
  it("mix64(5) is a TypeError naming z (was: a BigInt mixing error)", () => {
    expect(() => mix64(5 as never)).toThrow(/^z must be a bigint; got 5 \(number\)/);
  });
  it("splitMix64(0n, Infinity) is a RangeError naming count (was: an unbounded loop)", () => {
    expect(() => splitMix64(0n, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => splitMix64(0n, Number.POSITIVE_INFINITY)).toThrow(/^count must be/);
    expect(() => splitMix64(0 as never, 1)).toThrow(/^state must be a bigint/);
  });
  it("splitMix64 still gives SplitMix64's outputs", () => {
    // SplitMix64 from state 0: first output 0xe220a8397b1dcdaf (Vigna's reference implementation).
    expect(splitMix64(0n, 1)[0]).toBe(0xe220a8397b1dcdafn);
  });
});
