// The @example blocks of the TSDoc, run as written (with their stated results asserted).
import { DigitalNet } from "@qmckit/digital-net";
import { Lattice } from "@qmckit/lattice";
import { describe, expect, it } from "vitest";
import {
  digitalShiftInvariantAdaptiveKernel,
  digitalShiftInvariantCombinedKernel,
  digitalShiftInvariantKernel,
  FastGram,
  MAX_MATRIX_ENTRIES,
  shiftInvariantCombinedKernel,
  shiftInvariantKernel,
} from "../src/index.js";
import { expectAllClose, expectClose } from "./helpers.js";

describe("TSDoc examples", () => {
  it("shiftInvariantKernel", () => {
    const k = shiftInvariantKernel({ dimension: 3, alpha: [2, 3, 4], weights: [1, 0.5, 0.25], scale: 2 });
    const v = k.evaluate(new Float64Array([0.1, 0.25, 0.7]), new Float64Array([0.85, 0.5, 0.3]))[0];
    expectClose(v, 1.0349062159362, 1e-13, "value");
    expectClose(v, 1.034906215951, 1e-9, "QMCPy");
  });

  it("shiftInvariantCombinedKernel", () => {
    const k = shiftInvariantCombinedKernel({ dimension: 2, coefficients: [1, 0.5, 0, 0, 0], weights: 1 });
    expectClose(k.diagonal(), (1 + Math.PI ** 2 / 3 + (0.5 * Math.PI ** 4) / 45) ** 2, 1e-15, "diagonal");
  });

  it("ShiftInvariantKernel, Kernel, MAX_MATRIX_ENTRIES", () => {
    const k = shiftInvariantKernel({ dimension: 2, alpha: [1, 2] });
    const x = new Float64Array([0.1, 0.2]);
    const z = new Float64Array([0.3, 0.4]);
    expectClose(
      k.with({ weights: 0.1 }).evaluateMinusOne(x, z)[0],
      k.with({ weights: 0.1 }).evaluate(x, z)[0] - 1,
      1e-14,
      "K − 1",
      1,
    );
    expect(
      shiftInvariantKernel({ dimension: 2 }).evaluate(new Float64Array([0, 0]), new Float64Array([0.5, 0.5, 0.25, 0.75])).length,
    ).toBe(2);
    expect(Math.sqrt(MAX_MATRIX_ENTRIES)).toBe(4096);
  });

  it("digitalShiftInvariantKernel and DigitalShiftInvariantKernel", () => {
    const k = digitalShiftInvariantKernel({ dimension: 1, alpha: 2, weights: 1, bits: 10 });
    expect(k.evaluate(new Float64Array([0.5]), new Float64Array([0]))[0]).toBe(0.75);
    const net = new DigitalNet(2, { seed: 3, bits: 32 });
    const k2 = digitalShiftInvariantKernel({ dimension: 2, bits: 32 });
    expect(k2.matrix(net.integers(4), net.integers(4)).length).toBe(16);
  });

  it("digitalShiftInvariantAdaptiveKernel and digitalShiftInvariantCombinedKernel", () => {
    expect(digitalShiftInvariantAdaptiveKernel({ dimension: 1, alpha: 1, weights: 1 }).diagonal()).toBe(3);
    expect(digitalShiftInvariantCombinedKernel({ dimension: 1, coefficients: [1, 1, 0, 0], weights: 1 }).diagonal()).toBe(3.5);
  });

  it("FastGram", () => {
    const lattice = new Lattice(2, { seed: 7 });
    const gram = new FastGram({ generator: lattice, kernel: shiftInvariantKernel({ dimension: 2 }), n: 256, nugget: 1e-6 });
    const y = new Float64Array(256).fill(1);
    const w = gram.solve(y);
    expectAllClose(gram.multiply(w), y, 1e-10, "K K⁻¹ y");
    expect(Number.isFinite(gram.logDet())).toBe(true);
    expect(gram.extend().n).toBe(512);
  });
});
