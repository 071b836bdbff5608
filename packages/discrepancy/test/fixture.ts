import { readFileSync } from "node:fs";

/** One fixture case: the first n rows and d columns of a pool. */
export interface FixtureCase {
  pool: string;
  n: number;
  d: number;
  scipy: Record<string, number>;
  exact: Record<string, number>;
}

interface Fixture {
  provenance: string;
  pools: Record<string, { rows: number; columns: number; data: string }>;
  cases: FixtureCase[];
  geometric: {
    pool: string;
    n: number;
    d: number;
    method: "mindist" | "mst";
    metric: "euclidean" | "chebyshev" | "cityblock";
    scipy: number;
  }[];
  update: { pool: string; n: number; d: number; newRow: number; scipy: number }[];
}

/** Reference values from scipy and exact rational arithmetic (scripts/discrepancy-fixture.py). */
export const fixture: Fixture = JSON.parse(readFileSync(new URL("./fixtures/discrepancy.json", import.meta.url), "utf8"));

const decoded = new Map<string, Float64Array>();

/** The first n rows and d columns of a fixture pool, row-major. */
export function poolPoints(pool: string, n: number, d: number): Float64Array {
  let all = decoded.get(pool);
  const p = fixture.pools[pool];
  if (!all) {
    const bytes = Buffer.from(p.data, "base64");
    all = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    decoded.set(pool, all);
  }
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) out[i * d + k] = all[i * p.columns + k];
  return out;
}
