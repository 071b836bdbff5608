import { readFileSync } from "node:fs";
import type { RandomStream } from "@qmckit/core";
import { expect } from "vitest";

/** |a − b| ≤ tol·max(|b|, floor): fails with both values, the error and the tolerance in the message. */
export function expectClose(actual: number, expected: number, tol: number, what = "value", floor = 0): void {
  const err = Math.abs(actual - expected);
  const bound = tol * Math.max(Math.abs(expected), floor);
  if (!(err <= bound)) {
    expect.fail(`${what}: got ${actual}, expected ${expected} (|Δ| = ${err.toExponential(3)} > ${bound.toExponential(3)})`);
  }
}

/** max_i |a_i − b_i| ≤ tol·max_i |b_i| (a norm-wise relative error), with a message naming the worst index. */
export function expectAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what = "array"): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  let scale = 0;
  for (let i = 0; i < expected.length; i++) scale = Math.max(scale, Math.abs(expected[i]));
  let worst = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    const e = Math.abs(actual[i] - expected[i]);
    if (!(e <= worst)) {
      worst = e;
      at = i;
    }
  }
  if (!(worst <= tol * scale)) {
    expect.fail(
      `${what}: max |Δ| = ${worst.toExponential(3)} at ${at} (got ${actual[at]}, expected ${expected[at]}) > ${tol} · max|expected| = ${(tol * scale).toExponential(3)}`,
    );
  }
}

/** Reads a JSON fixture of this package. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as T;
}

/** Seeded uniforms in [0, 1). */
export function uniforms(count: number, rng: RandomStream): Float64Array {
  const x = new Float64Array(count);
  for (let i = 0; i < count; i++) x[i] = rng.nextFloat64();
  return x;
}

/** The QMCPy reference values copied from shared/reference/qmcpy-conventions.json (see fixtures/PROVENANCE.md). */
export const qmcpy = fixture<Record<string, unknown>>("qmcpy-kernels.json");

/** High-precision values from scripts/exact_kernels.py (see fixtures/PROVENANCE.md). */
export const exact = fixture<Record<string, unknown>>("exact-kernels.json");
