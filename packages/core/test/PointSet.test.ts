import { describe, expect, it } from "vitest";
import { PointSet } from "../src/index.js";

describe("PointSet", () => {
  const data = Float64Array.from([0, 0.5, 0.25, 0.75, 0.125, 0.625, 0.375, 0.875]);
  const ps = new PointSet(data, 2, 2, 2);

  it("is row-major [replication][point][dimension]", () => {
    expect(ps.get(1, 0)).toBe(0.25);
    expect(ps.get(0, 1, 1)).toBe(0.625);
    expect(Array.from(ps.point(1, 1))).toEqual([0.375, 0.875]);
  });

  it("toRows(r) gives nested arrays of one replication", () => {
    expect(ps.toRows()).toEqual([
      [0, 0.5],
      [0.25, 0.75],
    ]);
    expect(ps.toRows(1)).toEqual([
      [0.125, 0.625],
      [0.375, 0.875],
    ]);
    expect(() => ps.toRows(2)).toThrow(/^r must be an integer in \[0, 1\]/);
  });

  it("replication(r) is a view, not a copy", () => {
    expect(ps.replication(1).data.buffer).toBe(data.buffer);
    expect(ps.replication(1).toRows()).toEqual(ps.toRows(1));
  });

  it("rejects a buffer of the wrong length", () => {
    expect(() => new PointSet(new Float64Array(7), 2, 2, 2)).toThrow(
      "data.length must be replications · n · dimension = 8; got 7",
    );
  });
});
