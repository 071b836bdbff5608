import { readFileSync } from "node:fs";
import { expect } from "vitest";

/** Rows of `fixtures/special.json` (mpmath at 60 digits, correctly rounded; scipy last): see special.py. */
export const reference: Record<string, number[][]> = JSON.parse(
  readFileSync(new URL("../fixtures/special.json", import.meta.url), "utf8"),
);

/** The spacing of doubles at |x| (x normal). */
export function ulp(x: number): number {
  const a = Math.abs(x);
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e -= 1;
  return 2 ** (e - 52);
}

/**
 * Checks `f` on every fixture row of `name` to within `maxUlps` ulps of the correctly rounded value,
 * measured at max(|expected|, `floor`) (a floor of 1 makes it an absolute error near zeros), and prints the
 * worst case on failure.
 */
export function expectWithinUlps(name: string, f: (...args: number[]) => number, arity: number, maxUlps: number, floor = 0) {
  const rows = reference[name];
  expect(rows.length).toBeGreaterThan(50);
  let worst = 0;
  let worstRow: number[] = [];
  for (const row of rows) {
    const expected = row[arity];
    const got = f(...row.slice(0, arity));
    const err = got === expected ? 0 : Math.abs(got - expected) / ulp(Math.max(Math.abs(expected), floor));
    if (!(err <= worst)) {
      worst = err;
      worstRow = [...row.slice(0, arity), got, expected];
    }
  }
  expect(worst, `${name}${JSON.stringify(worstRow)}: ${worst} ulps`).toBeLessThanOrEqual(maxUlps);
}
