import { describe, expect, it } from "vitest";
import { unitRoot } from "../../src/internal/unitRoot.js";

function root(k: number, N: number): [number, number] {
  const out = new Float64Array(2);
  unitRoot(k, N, out, 0);
  return [out[0], out[1]];
}

describe("unitRoot (e^{−2πik/N})", () => {
  it("is exact at multiples of π/4 for every power-of-two N, including N = 1, 2, 4", () => {
    expect(root(0, 1)).toEqual([1, 0]);
    expect(root(1, 2)).toEqual([-1, 0]);
    expect(root(1, 4)).toEqual([0, -1]);
    expect(root(3, 4)).toEqual([0, 1]);
    for (const N of [8, 64, 2 ** 20]) {
      const e = N / 8;
      const h = Math.SQRT1_2;
      const want = [
        [1, 0],
        [h, -h],
        [0, -1],
        [-h, -h],
        [-1, 0],
        [-h, h],
        [0, 1],
        [h, h],
      ];
      for (let q = 0; q < 8; q++) expect(root(q * e, N)).toEqual(want[q]);
    }
  });

  it("reduces k mod N, negative k included", () => {
    expect(root(5, 4)).toEqual(root(1, 4));
    expect(root(-1, 8)).toEqual(root(7, 8));
  });

  // Math.cos(2πk/N) evaluated directly carries the rounding of its argument (up to 2π·2^-53 ≈ 7e-16),
  // so the comparison is to 1e-15; |w|² = 1 is checked to 3e-16 (two roundings of numbers ≤ 1).
  it("agrees with cos / −sin evaluated directly, and |w| = 1", () => {
    const N = 4096;
    for (let k = 0; k < N; k += 7) {
      const [c, s] = root(k, N);
      expect(Math.abs(c - Math.cos((2 * Math.PI * k) / N))).toBeLessThan(1e-15);
      expect(Math.abs(s + Math.sin((2 * Math.PI * k) / N))).toBeLessThan(1e-15);
      expect(Math.abs(c * c + s * s - 1)).toBeLessThan(3e-16);
    }
  });
});
