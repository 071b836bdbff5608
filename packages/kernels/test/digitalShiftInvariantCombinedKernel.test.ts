import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { digitalShiftInvariantCombinedKernel, digitalShiftInvariantKernel } from "../src/index.js";
import { expectClose, uniforms } from "./helpers.js";

describe("digitalShiftInvariantCombinedKernel", () => {
  it("K̃_j = Σ_p a_jp K̃_p of the closed forms; symmetric", () => {
    const rng = new RandomStream(17);
    const coefficients = [
      [1, 0.5, 0, 0.25],
      [0, 0, 2, 1],
    ];
    const k = digitalShiftInvariantCombinedKernel({ dimension: 2, coefficients, weights: [0.7, 0.3], scale: 2 });
    const x = uniforms(40, rng);
    const z = uniforms(40, rng);
    const f = k.factors(x, z);
    const single = [1, 2, 3, 4].map((a) => digitalShiftInvariantKernel({ dimension: 2, alpha: a }).factors(x, z));
    for (let i = 0; i < 40; i++) {
      let want = 0;
      for (let p = 0; p < 4; p++) want += coefficients[i % 2][p] * single[p][i];
      expectClose(f[i], want, 1e-15, `factor ${i}`, 1);
    }
    expect(Array.from(k.evaluate(x, z))).toEqual(Array.from(k.evaluate(z, x)));
    expect(k.form).toBe("combined");
    expect(k.coefficients).toEqual(coefficients);
  });

  it("one row of coefficients applies to every coordinate; bad coefficients are refused", () => {
    const k = digitalShiftInvariantCombinedKernel({ dimension: 3, coefficients: [1, 1, 0, 0], weights: 1 });
    expect(k.diagonal()).toBe(3.5 ** 3);
    expect(() => digitalShiftInvariantCombinedKernel({ dimension: 2, coefficients: [1, -1, 0, 0] })).toThrow(
      /coefficients\[0\]\[1\] must be a finite number ≥ 0; got -1/,
    );
    expect(() => digitalShiftInvariantCombinedKernel({ dimension: 2, coefficients: [0, 0, 0, 0] })).toThrow(
      /must have a positive entry/,
    );
    expect(() => digitalShiftInvariantCombinedKernel({ dimension: 2, coefficients: [1, 0, 0] })).toThrow(/array of 4 numbers/);
    expect(() => k.with({ alpha: 2 })).toThrow(TypeError);
  });
});
