import { readFileSync } from "node:fs";

/** Reads a JSON fixture of this package's test/fixtures folder (see fixtures/PROVENANCE.md). */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as T;
}

/** |a − b| ≤ tol · max(1, |b|): a relative tolerance that becomes absolute near zero. */
export function close(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}

/** |a − b| ≤ tol · |b|. */
export function relClose(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.abs(b);
}

export interface ScipyReference {
  erfc: [number, number][];
  logGamma: [number, number][];
  betaIncomplete: [number, number, number, number][];
  sphereMoments: { d: number; a: number; b: number; mass: number; first: number; second: number }[];
  gaussian: Record<string, { positiveCentroids: number[]; mse: number; residual: number }>;
  sphere: { d: number; bits: number; positiveCentroids: number[]; mse: number; residual: number }[];
}

export interface CodebookEntry {
  centroids: number[];
  thresholds: number[];
  mse: number;
  mse_with_gaussian_codebook?: number;
}
export type ReferenceCodebooks = Record<string, Record<string, CodebookEntry>>;
