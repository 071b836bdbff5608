import { describe, expect, it } from "vitest";
import { FftRotation, HadamardRotation } from "../../src/index.js";
import { gaussians } from "../helpers.js";

describe("Rotation.forwardFrom", () => {
  for (const make of [(d: number) => new HadamardRotation(d, { seed: 4 }), (d: number) => new FftRotation(d, { seed: 4 })]) {
    it(`equals scaling the rows then forwardInPlace (${make(8).kind}; d = 64 and 24; float32 and float64 sources)`, () => {
      for (const d of [64, 24]) {
        const rot = make(d);
        const src = gaussians(d, 7 * d);
        const scales = Float64Array.from([0.5, 2, 1, 0, 3]);
        const expected = new Float32Array(5 * d);
        for (let i = 0; i < 5; i++) for (let j = 0; j < d; j++) expected[i * d + j] = src[(i + 2) * d + j] * scales[i];
        rot.forwardInPlace(expected);
        const got64 = rot.forwardFrom(src, 2 * d, 5, new Float32Array(6 * d), scales);
        const got32 = rot.forwardFrom(Float32Array.from(src), 2 * d, 5, new Float32Array(5 * d), scales);
        // Float32 rounding happens at different steps (source rounding, fused scale), then passes through
        // up to 4 rounds × 6 butterfly stages: allow 16 float32 ulp of 1.
        for (let k = 0; k < 5 * d; k++) {
          const tol = 2e-6 * Math.max(1, Math.abs(expected[k]));
          expect(Math.abs(got64[k] - expected[k])).toBeLessThan(tol);
          expect(Math.abs(got32[k] - expected[k])).toBeLessThan(tol);
        }
      }
    });
  }

  it("rejects a source too short for offset + count rows, or a short output", () => {
    const rot = new HadamardRotation(8, { seed: 1 });
    expect(() => rot.forwardFrom(new Float32Array(16), 9, 1, new Float32Array(8))).toThrow(
      /^offset must be an integer in \[0, 8\]; got 9/,
    );
    expect(() => rot.forwardFrom(new Float32Array(16), 0, 2, new Float32Array(8))).toThrow(
      /^count must be an integer in \[0, 1\]; got 2/,
    );
    expect(() => rot.forwardFrom([] as never, 0, 0, new Float32Array(8))).toThrow(TypeError);
  });
});
