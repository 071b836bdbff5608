import { describe, expect, it } from "vitest";
import { gaussianCodebook, RotationQuantizer, scaleCodebook } from "../../src/index.js";

describe("scaleCodebook", () => {
  it("divides centroids and thresholds by √d of the given dimension (float32)", () => {
    const cb = gaussianCodebook(3);
    const s = scaleCodebook(cb, 64);
    cb.centroids.forEach((c, i) => {
      expect(s.centroids[i]).toBe(Math.fround(c / 8));
    });
    cb.thresholds.forEach((t, i) => {
      expect(s.thresholds[i]).toBe(Math.fround(t / 8));
    });
  });
  it("is applied with the original dimension, not a padded one (d = 768 and 100 use 1/√768 and 1/√100)", () => {
    for (const [dimension, rotation] of [
      [768, "fft"],
      [100, "hadamard"],
      [1024, "hadamard"],
    ] as const) {
      const rq = new RotationQuantizer({ dimension, bits: 2, seed: 1, rotation });
      expect(rq.scaledCodebook.centroids[3]).toBe(Math.fround(gaussianCodebook(2).centroids[3] / Math.sqrt(dimension)));
    }
  });
});
