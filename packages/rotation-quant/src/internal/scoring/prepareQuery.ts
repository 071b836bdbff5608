import { formatValue, validateChoice } from "@qmckit/core";
import type { QuantizerCore } from "../../codec/QuantizerCore.js";
import { METRICS, type Metric } from "../../scoring/Metric.js";
import type { PreparedQuery } from "../../scoring/PreparedQuery.js";
import { buildQueryTable } from "./buildQueryTable.js";

/** Rotates a query once and builds its look-up table: see {@link RotationQuantizer.prepareQuery}. */
export function prepareQuery(core: QuantizerCore, query: unknown, metric: unknown = "ip"): PreparedQuery {
  const m = validateChoice("metric", metric, METRICS);
  const q = validateQuery(query, core.dimension);
  const rotated = Float32Array.from(q);
  let ss = 0;
  for (let j = 0; j < q.length; j++) ss += q[j] * q[j];
  core.rotationPlan.forwardInPlace(rotated);
  const { layout, table } = buildQueryTable(rotated, core.scaledCodebook.centroids, core.bits);
  return Object.freeze({
    fingerprint: core.fingerprint,
    metric: m as Metric,
    query: Float64Array.from(q),
    norm: Math.sqrt(ss),
    rotated,
    layout,
    table,
  });
}

/** A query vector: a finite Float32Array or Float64Array of length d. */
export function validateQuery(query: unknown, d: number, name = "query"): Float32Array | Float64Array {
  if (!(query instanceof Float32Array) && !(query instanceof Float64Array)) {
    throw new TypeError(`${name} must be a Float32Array (or Float64Array) of length ${d}; got ${formatValue(query)}`);
  }
  if (query.length !== d) throw new RangeError(`${name}.length must be the dimension ${d}; got ${query.length}`);
  for (let j = 0; j < d; j++) {
    if (!Number.isFinite(query[j])) throw new RangeError(`${name} must be finite; ${name}[${j}] is ${query[j]}`);
  }
  return query;
}
