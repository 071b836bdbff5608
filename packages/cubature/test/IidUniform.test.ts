import { describeSequenceContract } from "@qmckit/core/testing";
import { describe, expect, it } from "vitest";
import { IidUniform } from "../src/index.js";

describeSequenceContract({ name: "IidUniform", create: (d, o) => new IidUniform(d, o), maxDimension: 2 ** 16 });

describe("IidUniform", () => {
  it("has mean ½ and variance 1/12 per coordinate (n = 2^16; 6σ bounds)", () => {
    const x = new IidUniform(2, { seed: 5 }).points(2 ** 16).data;
    let s = 0;
    let s2 = 0;
    for (const v of x) {
      s += v;
      s2 += v * v;
    }
    const n = x.length;
    expect(Math.abs(s / n - 0.5)).toBeLessThan(6 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(s2 / n - 1 / 3)).toBeLessThan(6 * Math.sqrt(4 / 45 / n));
  });
  it("the doc example", () => {
    expect(new IidUniform(2, { seed: 7 }).points(0, 1000).data.length).toBe(2000);
  });
});

describe("IidUniform call size", () => {
  it("a window too large for one call is the library's RangeError naming the window, not an engine error", () => {
    const iid = new IidUniform(1000, { seed: 1 });
    expect(() => iid.points(0, 2 ** 22)).toThrow(RangeError);
    expect(() => iid.points(0, 2 ** 22)).toThrow(
      "window [0, 4194304) must hold at most 2^31 − 1 coordinates per call; got replications · (end − start) · dimension = 1 · 4194304 · 1000 = 4194304000 (split it into several calls)",
    );
    expect(() => iid.fill(new Float64Array(0), 2 ** 40, 2 ** 40 + 2 ** 22)).toThrow(
      /^window \[1099511627776, 1099515822080\) must hold/,
    );
  });

  it("keeps frozen resolved options that rebuild it", () => {
    const iid = new IidUniform(3, { seed: 9, replications: 2 });
    expect(iid.options).toEqual({ replications: 2, seed: 9 });
    expect(Object.isFrozen(iid.options)).toBe(true);
    expect(new IidUniform(3, iid.options).points(300).data).toEqual(iid.points(300).data);
  });
});
