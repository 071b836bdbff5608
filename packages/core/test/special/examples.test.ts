import { describe, expect, it } from "vitest";
import { betaIncomplete, erf, erfc, logGamma, normalCdf, normalQuantile, studentTQuantile } from "../../src/special/index.js";

// The @example blocks of the special functions' TSDoc, with the values they state (≈: to 8 ulps unless stated).
const near = (got: number, stated: number, ulps = 8) =>
  expect(Math.abs(got - stated), `${got} vs ${stated}`).toBeLessThanOrEqual(ulps * Number.EPSILON * Math.abs(stated));

describe("special functions: documentation examples", () => {
  it("give the values their examples state", () => {
    expect(erfc(0)).toBe(1);
    near(erfc(3), 2.2090496998585445e-5);
    expect(erf(0)).toBe(0);
    near(erf(0.5), 0.5204998778130465);
    near(logGamma(5), 3.1780538303479458);
    near(logGamma(0.5), 0.5723649429247);
    near(betaIncomplete(0.5, 3, 3), 0.5);
    near(betaIncomplete(0.25, 1, 1), 0.25, 32); // within its stated 128 ulps for a, b ≤ 10
    expect(normalCdf(0)).toBe(0.5);
    near(normalCdf(1.96), 0.9750021048517795);
    expect(normalQuantile(0.5)).toBe(0);
    near(normalQuantile(0.975), 1.959963984540054);
    near(studentTQuantile(0.975, 1), 12.706204736174694);
    near(studentTQuantile(0.975, 10), 2.228138851986274);
  });
});
