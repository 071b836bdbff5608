import { describe, expect, it } from "vitest";
import { FftRotation, HadamardRotation, rotationFingerprint } from "../../src/index.js";

describe("rotationFingerprint", () => {
  it("is equal for rotations that compute the same map and differs when the seed, rounds, kind or d change", () => {
    const f = rotationFingerprint(new HadamardRotation(128, { seed: 1 }));
    expect(rotationFingerprint(new HadamardRotation(128, { seed: 1 }))).toBe(f);
    const others = [
      new HadamardRotation(128, { seed: 2 }),
      new HadamardRotation(128, { seed: 1, rounds: 2 }),
      new FftRotation(128, { seed: 1 }),
      new HadamardRotation(127, { seed: 1 }),
    ].map(rotationFingerprint);
    expect(new Set([f, ...others]).size).toBe(5);
  });
});
