import { describe, expect, it } from "vitest";
import { describeSequenceContract } from "../src/testing/index.js";
import { ShiftedVanDerCorput } from "./referenceSequence.js";

describeSequenceContract({
  name: "ShiftedVanDerCorput (reference)",
  create: (d, o) => new ShiftedVanDerCorput(d, o),
  maxDimension: 64,
});

describe("ShiftedVanDerCorput", () => {
  it("is the van der Corput sequence shifted mod 1: consecutive dyadic blocks are stratified", () => {
    const ps = new ShiftedVanDerCorput(1, { seed: 3 }).points(16);
    const cells = new Set(Array.from(ps.data, (x) => Math.floor(x * 16)));
    expect(cells.size).toBe(16);
  });
});
