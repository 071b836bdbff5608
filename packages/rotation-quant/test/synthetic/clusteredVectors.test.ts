import { describe, expect, it } from "vitest";
import { clusteredVectors } from "../../src/index.js";

describe("clusteredVectors", () => {
  it("is a function of the seed and has mean pairwise cosine ≈ 0.33 at d = 384 (0.25–0.40)", () => {
    const a = clusteredVectors({ count: 300, dimension: 384, seed: 1 });
    expect(clusteredVectors({ count: 300, dimension: 384, seed: 1 })).toEqual(a);
    expect(clusteredVectors({ count: 300, dimension: 384, seed: 2 })).not.toEqual(a);
    let sum = 0;
    let pairs = 0;
    const d = 384;
    for (let i = 0; i < 300; i++) {
      for (let k = i + 1; k < 300; k++) {
        let dot = 0;
        let ni = 0;
        let nk = 0;
        for (let j = 0; j < d; j++) {
          dot += a[i * d + j] * a[k * d + j];
          ni += a[i * d + j] ** 2;
          nk += a[k * d + j] ** 2;
        }
        sum += dot / Math.sqrt(ni * nk);
        pairs++;
      }
    }
    const meanCos = sum / pairs;
    expect(meanCos).toBeGreaterThan(0.25);
    expect(meanCos).toBeLessThan(0.4);
  });

  it("rejects bad options", () => {
    expect(() => clusteredVectors({ count: -1, dimension: 8 })).toThrow(/^count must be an integer/);
    expect(() => clusteredVectors({ count: 1, dimension: 1 })).toThrow(/^dimension must be an integer in \[2, 65536\]/);
    expect(() => clusteredVectors({ count: 1, dimension: 8, size: 3 } as never)).toThrow(/unknown option 'size'/);
  });
});
