import { expect } from "vitest";

/** Asserts |actual − expected| ≤ tol · |expected|, printing both values and the relative error. */
export function expectRelative(actual: number, expected: number, tol: number, label = ""): void {
  const rel = Math.abs(actual - expected) / Math.abs(expected);
  if (!(rel <= tol)) {
    expect.fail(`${label}: got ${actual}, expected ${expected} (relative error ${rel.toExponential(2)} > ${tol})`);
  }
}
