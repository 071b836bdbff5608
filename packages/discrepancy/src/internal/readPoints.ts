import { formatValue, PointSet, validateInteger } from "@qmckit/core";
import type { PointsInput } from "../PointsInput.js";

/** A validated point set: row-major `data` of `n` points in [0, 1]^`dimension`. */
export interface PointMatrix {
  readonly data: Float64Array;
  readonly n: number;
  readonly dimension: number;
}

/**
 * Reads and validates a {@link PointsInput}: at least `minPoints` points, every coordinate in [0, 1]
 * (NaN is out of range). A Float64Array or PointSet is used in place (no copy); rows are copied.
 *
 * @throws TypeError for a wrong kind; RangeError naming `name` for n too small, ragged rows, a missing
 *   or inconsistent dimension, or a coordinate outside [0, 1].
 */
export function readPoints(name: string, points: unknown, dimension: unknown, minPoints = 1): PointMatrix {
  let data: Float64Array;
  let d: number;
  if (points instanceof PointSet) {
    if (points.replications !== 1) {
      throw new RangeError(
        `${name} must hold one replication; got a PointSet with ${points.replications} (pass ${name}.replication(r))`,
      );
    }
    if (dimension !== undefined && dimension !== points.dimension) {
      throw new RangeError(`dimension must equal ${name}.dimension = ${points.dimension}; got ${formatValue(dimension)}`);
    }
    data = points.data;
    d = points.dimension;
  } else if (points instanceof Float64Array) {
    if (dimension === undefined) {
      throw new TypeError(`a flat Float64Array ${name} needs the dimension option, e.g. { dimension: 2 }`);
    }
    d = validateInteger("dimension", dimension, 1, 2 ** 31 - 1);
    if (points.length % d !== 0) {
      throw new RangeError(`${name}.length must be a multiple of dimension ${d}; got ${points.length}`);
    }
    data = points;
  } else if (Array.isArray(points)) {
    const rows = points as readonly unknown[];
    const first = rows[0];
    if (rows.length > 0 && !Array.isArray(first)) {
      throw new TypeError(`${name} must be an array of rows (number[][]); ${name}[0] is ${formatValue(first)}`);
    }
    d = rows.length > 0 ? (first as unknown[]).length : 0;
    if (dimension !== undefined && rows.length > 0 && dimension !== d) {
      throw new RangeError(`dimension must equal the row length ${d} of ${name}; got ${formatValue(dimension)}`);
    }
    if (rows.length > 0 && d === 0) throw new RangeError(`${name}[0] must hold at least one coordinate; got an empty row`);
    data = new Float64Array(rows.length * d);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!Array.isArray(row) || row.length !== d) {
        throw new RangeError(
          `${name} must be a rectangular array: every row of length ${d} (the length of ${name}[0]); ${name}[${i}] is ${Array.isArray(row) ? `of length ${row.length}` : formatValue(row)}`,
        );
      }
      for (let j = 0; j < d; j++) {
        const v = row[j];
        if (typeof v !== "number") throw new TypeError(`${name}[${i}][${j}] must be a number; got ${formatValue(v)}`);
        data[i * d + j] = v;
      }
    }
  } else {
    throw new TypeError(`${name} must be a PointSet, a Float64Array (with dimension) or number[][]; got ${formatValue(points)}`);
  }
  const n = d === 0 ? 0 : data.length / d;
  if (n < minPoints) {
    throw new RangeError(`${name} must hold at least ${minPoints} point${minPoints > 1 ? "s" : ""}; got ${n}`);
  }
  for (let k = 0; k < data.length; k++) {
    const v = data[k];
    // The negated test also catches NaN.
    if (!(v >= 0 && v <= 1)) {
      const i = Math.floor(k / d);
      throw new RangeError(`${name} must lie in [0, 1]^d; coordinate ${k % d} of point ${i} is ${formatValue(v)}`);
    }
  }
  return { data, n, dimension: d };
}
