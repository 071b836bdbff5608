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
