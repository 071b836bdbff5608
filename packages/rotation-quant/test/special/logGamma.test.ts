import { describe, expect, it } from "vitest";
import { logGamma } from "../../src/index.js";
import { fixture, type ScipyReference } from "../fixtures.js";

const ref = fixture<ScipyReference>("scipyReference.json");

describe("logGamma", () => {
  it("matches scipy.special.gammaln to 4e-15 relative (absolute below 1, near its zeros at 1 and 2)", () => {
    for (const [x, expected] of ref.logGamma) {
      expect(Math.abs(logGamma(x) - expected), `logGamma(${x})`).toBeLessThanOrEqual(4e-15 * Math.max(1, Math.abs(expected)));
    }
  });
  it("gives ln((n − 1)!) at integers and ln √π at ½", () => {
    let f = 1;
    for (let n = 1; n <= 20; n++) {
      expect(Math.abs(logGamma(n) - Math.log(f))).toBeLessThanOrEqual(4e-15 * Math.max(1, Math.log(f)));
      f *= n;
    }
    expect(Math.abs(logGamma(0.5) - 0.5 * Math.log(Math.PI))).toBeLessThan(4e-16);
  });
  it("returns NaN outside x > 0", () => {
    for (const x of [0, -1, Number.NaN]) expect(logGamma(x)).toBeNaN();
  });
});
