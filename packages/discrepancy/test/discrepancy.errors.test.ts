import { PointSet } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { discrepancy } from "../src/index.js";

describe("discrepancy: bad input", () => {
  it("rejects coordinates outside [0, 1] and NaN, naming points", () => {
    expect(() => discrepancy([[0.5, 1.5]])).toThrow(/points must lie in \[0, 1\]\^d; coordinate 1 of point 0 is 1.5/);
    expect(() => discrepancy([[0.5], [-1e-300]])).toThrow(RangeError);
    expect(() => discrepancy([[Number.NaN, 0.5]])).toThrow(/points must lie in \[0, 1\]\^d; coordinate 0 of point 0 is NaN/);
    expect(() => discrepancy(new Float64Array([0.2, Number.POSITIVE_INFINITY]), { dimension: 1 })).toThrow(
      /coordinate 0 of point 1 is Infinity/,
    );
  });
  it("rejects ragged rows and n = 0", () => {
    expect(() => discrepancy([[0.1, 0.2], [0.3]])).toThrow(/points must be a rectangular array.*points\[1\] is of length 1/);
    expect(() => discrepancy([])).toThrow(/points must hold at least 1 point; got 0/);
    expect(() => discrepancy(new Float64Array(0), { dimension: 3 })).toThrow(/points must hold at least 1 point; got 0/);
    expect(() => discrepancy(new PointSet(new Float64Array(0), 1, 0, 2))).toThrow(RangeError);
  });
  it("rejects an unknown method, listing the valid ones", () => {
    expect(() => discrepancy([[0.5]], { method: "XD" as "CD" })).toThrow(
      "method must be one of 'CD', 'WD', 'MD', 'L2-star', 'SD'; got \"XD\"",
    );
  });
  it("rejects a flat array without dimension or of the wrong length, and unknown options", () => {
    expect(() => discrepancy(new Float64Array(4))).toThrow(/needs the dimension option/);
    expect(() => discrepancy(new Float64Array(5), { dimension: 2 })).toThrow(/multiple of dimension 2; got 5/);
    expect(() => discrepancy([[0.5]], { methd: "CD" } as never)).toThrow(/unknown option 'methd'/);
    expect(() => discrepancy([[0.5, 0.5]], { dimension: 3 })).toThrow(/dimension must equal the row length 2/);
    expect(() => discrepancy(new PointSet(new Float64Array(4), 2, 1, 2))).toThrow(/one replication/);
    expect(() => discrepancy("points" as never)).toThrow(TypeError);
  });
});
