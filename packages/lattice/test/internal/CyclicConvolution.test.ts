import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CyclicConvolution } from "../../src/internal/CyclicConvolution.js";

function direct(W: Float64Array, x: Float64Array): Float64Array {
  const L = W.length;
  const out = new Float64Array(L);
  for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) out[a] += W[(((a - b) % L) + L) % L] * x[b];
  return out;
}

describe("CyclicConvolution", () => {
  it("equals the direct O(L²) cyclic convolution for every length 1 … 70 and some larger ones (1e−14 of ‖W‖∞‖x‖₁)", () => {
    const lengths = [...Array.from({ length: 70 }, (_, i) => i + 1), 127, 128, 250, 256, 500];
    fc.assert(
      fc.property(fc.constantFrom(...lengths), fc.integer(), (L, salt) => {
        const rand = (i: number) => Math.sin(12.9898 * (i + 1) + salt * 78.233) * 0.5;
        const W = Float64Array.from({ length: L }, (_, i) => rand(i));
        const x = Float64Array.from({ length: L }, (_, i) => rand(i + 1000));
        const out = new Float64Array(L);
        new CyclicConvolution(W).apply(x, out);
        const ref = direct(W, x);
        const scale = Math.max(...W.map(Math.abs)) * x.reduce((s, v) => s + Math.abs(v), 0);
        return ref.every((v, a) => Math.abs(v - out[a]) <= 1e-14 * scale);
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it("convolving with a unit impulse returns the kernel rotated", () => {
    for (const L of [8, 15, 64]) {
      const W = Float64Array.from({ length: L }, (_, i) => i + 1);
      const x = new Float64Array(L);
      x[3] = 1;
      const out = new Float64Array(L);
      new CyclicConvolution(W).apply(x, out);
      out.forEach((v, a) => {
        expect(Math.abs(v - W[(a - 3 + L) % L])).toBeLessThan(1e-12 * L);
      });
    }
  });
});
