import { DigitalNet } from "@qmckit/digital-net";
import { digitalShiftInvariantKernel, shiftInvariantKernel } from "@qmckit/kernels";
import { Lattice } from "@qmckit/lattice";
import { describe, expect, it } from "vitest";
import { kernelDiscrepancy } from "../src/index.js";
import { expectRelative } from "./helpers.js";

// The kernels of @qmckit/kernels are used as they are: their `kind` gives the invariance of the O(n d) form.
describe("kernelDiscrepancy with the kernels of @qmckit/kernels", () => {
  it.each([1, 2, 3])(
    "shifted lattice, SI kernel α = %i: the O(n d) group form equals the O(n² d) pairwise form to 1e-12",
    (alpha) => {
      const d = 4;
      const points = new Lattice(d, { seed: 11 }).points(256);
      const k = shiftInvariantKernel({ dimension: d, alpha, weights: [0.9, 0.5, 0.3, 0.2] });
      const pairwise = kernelDiscrepancy(points, k, { form: "pairwise" });
      const group = kernelDiscrepancy(points, k, { form: "group" });
      expectRelative(group, pairwise, 1e-12);
      expect(pairwise).toBeGreaterThan(0);
    },
  );

  it.each(["lms-ds", "ds"] as const)(
    "digitally shifted net (%s), DSI kernel α = 2: group form equals pairwise to 1e-12",
    (randomize) => {
      const d = 3;
      const points = new DigitalNet(d, { seed: 5, randomize }).points(256);
      const k = digitalShiftInvariantKernel({ dimension: d, alpha: 2 });
      expectRelative(kernelDiscrepancy(points, k, { form: "group" }), kernelDiscrepancy(points, k, { form: "pairwise" }), 1e-12);
    },
  );

  it("a Halton-like set that is no group is refused by the group form", () => {
    const d = 2;
    const k = shiftInvariantKernel({ dimension: d });
    const x = Float64Array.from({ length: 64 * d }, (_, i) => (((i * 0.754877666) % 1) + (i % 3) * 0.1) % 1);
    expect(() => kernelDiscrepancy(x, k, { form: "group", dimension: d })).toThrow(/^points must form a group/);
  });
});
