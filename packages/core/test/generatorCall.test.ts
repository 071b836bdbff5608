import { describe, expect, it } from "vitest";
import {
  allocateArray,
  allocateCall,
  generateInto,
  generatePoints,
  generateReplicationInto,
  MAX_COORDINATES_PER_CALL,
  PointSet,
  resolveCall,
} from "../src/index.js";

const shape = (maxPoints: number, replications: number, dimension: number) => ({ maxPoints, replications, dimension });

describe("resolveCall", () => {
  it("the TSDoc example", () => {
    expect(resolveCall({ maxPoints: 2 ** 32, replications: 2, dimension: 3 }, 8, 16)).toEqual({
      start: 8,
      end: 16,
      n: 8,
      length: 48,
    });
    expect(allocateCall(Uint32Array, resolveCall({ maxPoints: 2 ** 32, replications: 1, dimension: 8 }, 0, 1024)).length).toBe(
      8192,
    );
  });

  it("maps points(n) and points(start, end) to a window with its length", () => {
    expect(resolveCall(shape(10, 2, 3), 5)).toEqual({ start: 0, end: 5, n: 5, length: 30 });
    expect(resolveCall(shape(10, 1, 2), 3, 7)).toEqual({ start: 3, end: 7, n: 4, length: 8 });
    expect(resolveCall(shape(10, 1, 2), 4, 4)).toEqual({ start: 4, end: 4, n: 0, length: 0 });
  });

  it("names the capacity in its window errors", () => {
    expect(() => resolveCall(shape(10, 1, 1), 11)).toThrow(
      "n must be an integer in [0, 10]; got 11 (the generator holds at most maxPoints = 10 points)",
    );
    expect(() => resolveCall(shape(10, 1, 1), 4, 2)).toThrow("end must be an integer in [start, maxPoints] = [4, 10]; got 2");
    expect(() => resolveCall(shape(10, 1, 1), "3")).toThrow(TypeError);
  });

  it("accepts up to 2^31 − 1 coordinates per call and refuses more, naming the window and the count", () => {
    expect(MAX_COORDINATES_PER_CALL).toBe(2 ** 31 - 1);
    const big = 2 ** 40;
    expect(resolveCall(shape(big, 1, 32), 0, 2 ** 26 - 1).length).toBe(2 ** 31 - 32);
    expect(() => resolveCall(shape(big, 1, 32), 0, 2 ** 26)).toThrow(RangeError); // 2^31 exactly is one too many
    expect(() => resolveCall(shape(big, 2, 32), 2 ** 25)).toThrow(RangeError);
    expect(resolveCall(shape(big, 1, 1), 0, 2 ** 31 - 1).length).toBe(2 ** 31 - 1);
    expect(() => resolveCall(shape(big, 1, 1), 2 ** 31)).toThrow(
      "window [0, 2147483648) must hold at most 2^31 − 1 coordinates per call; got replications · (end − start) · dimension = 1 · 2147483648 · 1 = 2147483648 (split it into several calls)",
    );
    expect(() => resolveCall(shape(big, 3, 1024), 5, 5 + 2 ** 20)).toThrow(/^window \[5, 1048581\) must hold/);
  });
});

describe("allocateCall", () => {
  it("allocates the call's length with the given type", () => {
    const call = resolveCall(shape(100, 2, 3), 10, 20);
    const a = allocateCall(Uint32Array, call);
    expect(a).toBeInstanceOf(Uint32Array);
    expect(a.length).toBe(60);
  });

  it("turns the engine's allocation failure into a RangeError naming the window", () => {
    // A stand-in for an engine out of memory: the constructor throws what V8 throws.
    class Refused extends Float64Array {
      constructor(length: number) {
        super(0);
        throw new RangeError(`Array buffer allocation failed (${length})`);
      }
    }
    // Within the memory budget (2^18 × 1000 doubles = 2.0 GiB), so the engine is asked and refuses.
    const call = resolveCall(shape(2 ** 32, 1, 1000), 0, 2 ** 18);
    expect(() => allocateCall(Refused, call)).toThrow(
      /^window \[0, 262144\) needs 262144000 coordinates \(2\.0 GiB\) and the allocation failed \(Array buffer allocation failed \(262144000\)\); split it/,
    );
    // Errors other than RangeError are not the allocator's to rename.
    class Broken extends Float64Array {
      constructor() {
        super(0);
        throw new TypeError("broken");
      }
    }
    expect(() => allocateCall(Broken, call)).toThrow(TypeError);
    expect(() => allocateArray(Refused, 12, "the shifts")).toThrow(
      /^the shifts needs 12 elements \(0\.0 GiB\) and the allocation failed \(Array buffer allocation failed \(12\)\)$/,
    );
    expect(allocateArray(Uint8Array, 3, "x")).toEqual(new Uint8Array(3));
  });
});

describe("generatePoints and generateInto", () => {
  const g = shape(100, 2, 2);
  const write = (out: Float64Array, a: number, b: number) => {
    // Coordinate value = its index, so the layout [r][i − start][j] is visible.
    for (let r = 0; r < 2; r++)
      for (let i = a; i < b; i++) for (let j = 0; j < 2; j++) out[(r * (b - a) + i - a) * 2 + j] = 1000 * r + 10 * i + j;
  };

  it("generatePoints returns the PointSet the fill callback wrote", () => {
    const ps = generatePoints(g, 3, 5, write);
    expect(ps).toBeInstanceOf(PointSet);
    expect([ps.replications, ps.n, ps.dimension]).toEqual([2, 2, 2]);
    expect(Array.from(ps.data)).toEqual([30, 31, 40, 41, 1030, 1031, 1040, 1041]);
    expect(generatePoints(g, 2, undefined, write).toRows(1)).toEqual([
      [1000, 1001],
      [1010, 1011],
    ]);
  });

  it("generateInto checks the buffer and returns it", () => {
    const out = new Float64Array(8);
    expect(generateInto(g, out, 3, 5, write)).toBe(out);
    expect(Array.from(out)).toEqual([30, 31, 40, 41, 1030, 1031, 1040, 1041]);
    expect(() => generateInto(g, new Float64Array(7), 3, 5, write)).toThrow(
      "out.length must be replications · (end − start) · dimension = 8; got 7",
    );
    expect(() => generateInto(g, new Float32Array(8) as unknown as Float64Array, 3, 5, write)).toThrow(TypeError);
  });
});

describe("generateReplicationInto", () => {
  const shape = { maxPoints: 16, replications: 3, dimension: 2 };
  it("validates replication, the window and out, then fills one replication", () => {
    const out = generateReplicationInto(shape, new Float64Array(4), 2, 3, 5, (o, r, a, b) => o.fill(r * 100 + a * 10 + b));
    expect(Array.from(out)).toEqual([235, 235, 235, 235]);
    expect(() => generateReplicationInto(shape, new Float64Array(4), 3, 3, 5, () => {})).toThrow(
      /^replication must be an integer in \[0, 2\]/,
    );
    expect(() => generateReplicationInto(shape, new Float64Array(3), 0, 3, 5, () => {})).toThrow(/^out/);
    expect(() => generateReplicationInto(shape, new Float64Array(4), 0, 3, 17, () => {})).toThrow(/^end/);
  });
});
