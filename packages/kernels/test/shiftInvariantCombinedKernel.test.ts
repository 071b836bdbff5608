import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { shiftInvariantCombinedKernel, shiftInvariantKernel } from "../src/index.js";
import { expectClose, uniforms } from "./helpers.js";

describe("shiftInvariantCombinedKernel", () => {
  it("K̃_j = Σ_p a_jp K̃_p with B_2p (not QMCPy's B_p): symmetric, matches the single-α factors", () => {
    const rng = new RandomStream(23);
    const coefficients = [
      [1, 0, 0.5, 0, 0.1],
      [0, 2, 0, 1, 0],
    ];
    const k = shiftInvariantCombinedKernel({ dimension: 2, coefficients, weights: [0.4, 0.9], scale: 1.5 });
    const x = uniforms(60, rng);
    const z = uniforms(60, rng);
    const f = k.factors(x, z);
    const single = [1, 2, 3, 4, 5].map((a) => shiftInvariantKernel({ dimension: 2, alpha: a }).factors(x, z));
    for (let i = 0; i < 60; i++) {
      let want = 0;
      for (let p = 0; p < 5; p++) want += coefficients[i % 2][p] * single[p][i];
      expectClose(f[i], want, 1e-14, `factor ${i}`, 1);
    }
    expect(Array.from(k.evaluate(x, z))).toEqual(Array.from(k.evaluate(z, x)));
    expect(k.form).toBe("combined");
    expect(k.alpha).toBeUndefined();
  });

  it("diagonal() = S∏(1 + γΣ_p a_p·2ζ(2p)); bad coefficients are refused", () => {
    const k = shiftInvariantCombinedKernel({ dimension: 2, coefficients: [1, 0.5, 0, 0, 0], weights: 1 });
    expectClose(k.diagonal(), (1 + Math.PI ** 2 / 3 + (0.5 * Math.PI ** 4) / 45) ** 2, 1e-15, "diagonal");
    expect(() => shiftInvariantCombinedKernel({ dimension: 1, coefficients: [1, 0, 0, -2, 0] })).toThrow(
      /coefficients\[0\]\[3\] must be a finite number ≥ 0; got -2/,
    );
    expect(() => shiftInvariantCombinedKernel({ dimension: 2, coefficients: [[1, 0, 0, 0, 0]] })).toThrow(
      /one row per dimension \(2\); got 1/,
    );
    expect(() => k.with({ alpha: 1 })).toThrow(TypeError);
  });
});
