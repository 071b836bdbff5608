import { describe, expect, it } from "vitest";
import { type DigitScramble, firstPrimes, HALTON_RANDOMIZATIONS, Halton } from "../src/index.js";
import { digitPlan, ONE_BELOW } from "../src/internal/digitPlan.js";
import { fillBase2 } from "../src/internal/fillBase2.js";
import { fillLinear } from "../src/internal/fillLinear.js";
import { fillSeparable } from "../src/internal/fillSeparable.js";
import { Workspace } from "../src/internal/Workspace.js";

/** A scramble whose index 0 becomes the digits b − 1, b − 1, …: the exact value 1 − b^−K. */
function allTopDigits(b: number, linear: boolean): DigitScramble {
  const plan = digitPlan(b);
  const K = plan.digits;
  const m = plan.indexDigits;
  const matrix = linear ? new Uint16Array(K * m) : null;
  if (matrix) for (let t = 0; t < m; t++) matrix[t * m + t] = 1;
  return {
    base: b,
    digits: K,
    indexDigits: m,
    matrix,
    permutations: null,
    multiplier: 1,
    shifts: new Uint16Array(K).fill(b - 1),
    nested: null,
  };
}

describe("coordinates stay below 1", () => {
  it("all digits b − 1 (exact value 1 − b^−K) give a value < 1 in every base up to 7919, in every engine", () => {
    const ws = new Workspace();
    const out = new Float64Array(1);
    let roundedDown = 0;
    for (const b of firstPrimes(1000)) {
      const plan = digitPlan(b);
      for (const linear of [false, true]) {
        const s = allTopDigits(b, linear);
        if (b === 2) fillBase2(s, out, 0, 1, 0, 1);
        else if (linear) fillLinear(s, plan, out, 0, 1, 0, 1, ws);
        else fillSeparable(s, plan, out, 0, 1, 0, 1, ws);
        expect(out[0] < 1, `b=${b}`).toBe(true);
        // Within 2 ulp of 1 − b^−K, which is within 2^−53 of 1.
        expect(out[0]).toBeGreaterThanOrEqual(1 - 3 * 2 ** -53);
        if (out[0] === ONE_BELOW) roundedDown++;
      }
    }
    // Base 2 gives exactly 1 − 2^−53; in large bases 1 − b^−K is nearer to 1.0 and is rounded down.
    expect(roundedDown).toBeGreaterThan(100);
  });

  // Draws the scrambles of 1000 coordinates for each of 8 randomizations: about 3.5 s of CPU, 11–24 s on a
  // machine shared by many test runs (measured), so the default 5 s timeout is raised.
  it("the last index 2^32 − 1 and its neighbours stay in [0, 1) for every randomization and all 1000 bases", {
    timeout: 60_000,
  }, () => {
    for (const randomize of HALTON_RANDOMIZATIONS) {
      const d = randomize === "qrng" ? 360 : 1000;
      const data = new Halton(d, { randomize, seed: 5 }).points(2 ** 32 - 3, 2 ** 32).data;
      expect(data.every((v) => v >= 0 && v < 1)).toBe(true);
    }
  });

  it("'ds' and 'perm' with many replications never produce 1.0 or NaN in 4096 points of 50 coordinates", () => {
    for (const randomize of ["ds", "perm", "lms-perm", "nus"] as const) {
      const data = new Halton(50, { randomize, seed: 8, replications: 4 }).points(4096).data;
      expect(data.every((v) => v >= 0 && v < 1)).toBe(true);
    }
  });
});
