import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RandomStream, spawnSeeds, splitMix64 } from "../src/index.js";

// Known answers from fixtures/randomStream.py: an independent Python restatement of SplitMix64 and
// xoroshiro128+ as published by their authors (see the script's docstring).
const fixture = JSON.parse(readFileSync(new URL("./fixtures/randomStream.json", import.meta.url), "utf8")) as {
  streams: { seed: number; state: string[]; uint32: number[] }[];
  spawnSeeds42: number[];
  splitmix64_state0: string[];
};

describe("RandomStream", () => {
  it("seeds xoroshiro128+ from SplitMix64 as the known answers say", () => {
    for (const { seed, state } of fixture.streams) {
      expect(splitMix64(BigInt(seed), 2).map((w) => `0x${w.toString(16)}`)).toEqual(state);
    }
    expect(splitMix64(0n, 3).map((w) => `0x${w.toString(16)}`)).toEqual(fixture.splitmix64_state0);
  });

  it("nextUint32() gives the low 32 bits of xoroshiro128+ outputs (known answers)", () => {
    for (const { seed, uint32 } of fixture.streams) {
      const rng = new RandomStream(seed);
      expect(Array.from({ length: uint32.length }, () => rng.nextUint32())).toEqual(uint32);
    }
  });

  it("nextFloat64() combines the high bits of two draws into 53 bits", () => {
    const { seed, uint32 } = fixture.streams[2];
    const rng = new RandomStream(seed);
    const expected = ((uint32[0] >>> 5) * 2 ** 26 + (uint32[1] >>> 6)) / 2 ** 53;
    expect(rng.nextFloat64()).toBe(expected);
  });

  it("same seed gives the same stream; different seeds differ", () => {
    const a = new RandomStream(2024).fillUint32(new Uint32Array(64));
    const b = new RandomStream(2024).fillUint32(new Uint32Array(64));
    const c = new RandomStream(2025).fillUint32(new Uint32Array(64));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("without a seed, draws one from the cryptographic source and exposes it", () => {
    const rng = new RandomStream();
    expect(Number.isInteger(rng.seed) && rng.seed >= 0 && rng.seed <= Number.MAX_SAFE_INTEGER).toBe(true);
    expect(new RandomStream(rng.seed).nextUint32()).toBe(rng.nextUint32());
  });

  it("rejects bad seeds with a RangeError naming seed", () => {
    for (const bad of [-1, Number.NaN, 0.5, 2 ** 53, Number.POSITIVE_INFINITY]) {
      expect(() => new RandomStream(bad)).toThrow(RangeError);
      expect(() => new RandomStream(bad)).toThrow(/^seed must be an integer in \[0, 9007199254740991\]/);
    }
    expect(() => new RandomStream("1" as unknown as number)).toThrow(TypeError);
  });

  it("accepts the extreme seeds 0 and 2^53 − 1", () => {
    expect(new RandomStream(0).nextUint32()).toBe(fixture.streams[0].uint32[0]);
    expect(new RandomStream(2 ** 53 - 1).nextUint32()).toBe(fixture.streams[3].uint32[0]);
  });

  it("nextFloat64() lies in [0, 1) and has mean 1/2 (seeded; 6σ tolerance)", () => {
    const rng = new RandomStream(17);
    const n = 200_000;
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.nextFloat64();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    // σ of the mean of n uniforms is 1/√(12n).
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(6 / Math.sqrt(12 * n));
  });

  it("nextBelow(b) is uniform over [0, b): chi-squared for b = 7 (seeded, p ≈ 1e-6 cutoff)", () => {
    const rng = new RandomStream(5);
    const counts = new Array(7).fill(0);
    const n = 70_000;
    for (let i = 0; i < n; i++) counts[rng.nextBelow(7)]++;
    const chi2 = counts.reduce((s, c) => s + (c - n / 7) ** 2 / (n / 7), 0);
    // 6 degrees of freedom: P(χ² > 35.9) ≈ 3e-6.
    expect(chi2).toBeLessThan(35.9);
    expect(() => rng.nextBelow(0)).toThrow(/^bound must be/);
  });

  it("nextBigUint64() is the two next draws, high word first", () => {
    const { seed, uint32 } = fixture.streams[1];
    const big = new RandomStream(seed).nextBigUint64();
    expect(big).toBe((BigInt(uint32[0]) << 32n) | BigInt(uint32[1]));
  });
});

describe("spawn", () => {
  it("child seeds follow the documented SplitMix64 derivation (known answers)", () => {
    expect(spawnSeeds(42, 3)).toEqual(fixture.spawnSeeds42);
    expect(new RandomStream(42).spawn(3).map((s) => s.seed)).toEqual(fixture.spawnSeeds42);
  });

  it("is a pure function of the seed, prefix-stable in k, and independent of the position", () => {
    const rng = new RandomStream(42);
    rng.nextUint32();
    expect(
      rng
        .spawn(5)
        .map((s) => s.seed)
        .slice(0, 3),
    ).toEqual(fixture.spawnSeeds42);
  });

  it("children are uncorrelated with each other and with the parent (seeded; |r| < 5/√n)", () => {
    const n = 50_000;
    const parent = new RandomStream(7);
    const streams = [parent, ...parent.spawn(4)];
    const draws = streams.map((s) => s.fillFloat64(new Float64Array(n)));
    for (let a = 0; a < draws.length; a++) {
      for (let b = a + 1; b < draws.length; b++) {
        let sab = 0;
        let sa = 0;
        let sb = 0;
        let saa = 0;
        let sbb = 0;
        for (let i = 0; i < n; i++) {
          const x = draws[a][i];
          const y = draws[b][i];
          sab += x * y;
          sa += x;
          sb += y;
          saa += x * x;
          sbb += y * y;
        }
        const cov = sab / n - (sa / n) * (sb / n);
        const r = cov / Math.sqrt((saa / n - (sa / n) ** 2) * (sbb / n - (sb / n) ** 2));
        // Under independence r ≈ N(0, 1/n); 5/√n is a 5σ bound for each of the 10 pairs.
        expect(Math.abs(r)).toBeLessThan(5 / Math.sqrt(n));
      }
    }
  });

  it("rejects a bad k", () => {
    expect(() => spawnSeeds(1, -1)).toThrow(/^k must be/);
    expect(() => spawnSeeds(1, 1.5)).toThrow(RangeError);
  });
});
