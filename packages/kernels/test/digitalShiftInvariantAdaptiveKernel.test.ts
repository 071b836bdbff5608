import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { digitalShiftInvariantAdaptiveKernel } from "../src/index.js";
import { exact, expectClose, uniforms } from "./helpers.js";

const DELTAS = [0, 1, 2, 3, 255, 512, 1023];
const X = new Float64Array(DELTAS.map((v) => v / 1024));

describe("digitalShiftInvariantAdaptiveKernel", () => {
  for (const a of [0.5, 1, 2.5]) {
    it(`K̃_α for α = ${a} equals the Walsh series Σ wal_k 2^{−(α+1)(μ₁(k)−1)} to 1e-14`, () => {
      const k = digitalShiftInvariantAdaptiveKernel({ dimension: 1, alpha: a, weights: 1, bits: 10 });
      const got = k.factors(X, new Float64Array([0]));
      const ex = exact[`dsi_adaptive_alpha${a.toFixed(1)}_t10_delta_0_1_2_3_255_512_1023`] as number[];
      DELTAS.forEach((d, i) => {
        expectClose(got[i], ex[i], 1e-14, `δ = ${d}`);
      });
    });
  }

  it("K̃(0) = ν = 2^{α+1}/(2^{α+1} − 2), diagonal() = S∏(1 + γν); defaults α = 1, bits = 53", () => {
    const k = digitalShiftInvariantAdaptiveKernel({ dimension: 2, alpha: [1, 3], weights: [0.5, 2], scale: 3 });
    expect(k.diagonal()).toBe(3 * (1 + 0.5 * 2) * (1 + 2 * (16 / 14)));
    const d = digitalShiftInvariantAdaptiveKernel({ dimension: 1 });
    expect(d.alpha).toEqual([1]);
    expect(d.bits).toBe(53);
    expect(d.form).toBe("adaptive");
    expect(d.with({ alpha: 2 }).alpha).toEqual([2]);
  });

  it("is symmetric on random points and the product of its factors", () => {
    const rng = new RandomStream(29);
    const k = digitalShiftInvariantAdaptiveKernel({ dimension: 3, alpha: [0.3, 1.7, 4], weights: [1, 0.5, 2], scale: 1.5 });
    const x = uniforms(300, rng);
    const z = uniforms(300, rng);
    expect(Array.from(k.evaluate(x, z))).toEqual(Array.from(k.evaluate(z, x)));
    const f = k.factors(x, z);
    const v = k.evaluate(x, z);
    for (let i = 0; i < 100; i++) {
      let p = k.scale;
      for (let j = 0; j < 3; j++) p *= 1 + k.weights[j] * f[i * 3 + j];
      expectClose(v[i], p, 1e-14, `row ${i}`, k.scale);
    }
  });

  it("α must be a real number in (0, 50]", () => {
    expect(() => digitalShiftInvariantAdaptiveKernel({ dimension: 1, alpha: 0 })).toThrow(
      /alpha must be a real number in \(0, 50\]; got 0/,
    );
    expect(() => digitalShiftInvariantAdaptiveKernel({ dimension: 1, alpha: Number.NaN })).toThrow(RangeError);
    // @ts-expect-error: wrong kind
    expect(() => digitalShiftInvariantAdaptiveKernel({ dimension: 1, alpha: "1" })).toThrow(TypeError);
  });
});
