import * as D from "@qmckit/discrepancy";
import fc from "fast-check";
import { describe, it } from "vitest";
import { ensure, ensureFinite, expectCovered, fuzz, mostly, optionsOf, weird } from "../src/harness.js";

/** Points as number[][] (sometimes ragged or out of range) or flat Float64Arrays. */
const pointsArb = fc.oneof(
  fc.integer({ min: 1, max: 4 }).chain((d) =>
    fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: d, maxLength: d }), {
      minLength: 0,
      maxLength: 20,
    }),
  ),
  fc.array(fc.array(fc.double({ min: -0.5, max: 1.5 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
  weird,
);

describe("@qmckit/discrepancy", () => {
  it("every export has a recipe", () => {
    expectCovered(
      D as unknown as Record<string, unknown>,
      [
        "discrepancy",
        "updateDiscrepancy",
        "geometricDiscrepancy",
        "kernelDiscrepancy",
        "latticePAlpha",
        "spectralTest",
        "tValue",
      ],
      {
        DISCREPANCY_METHODS: "a constant",
        SPECTRAL_TEST_MAX_DIMENSION: "a constant",
        T_VALUE_MAX_DIMENSION: "a constant",
        T_VALUE_MAX_M: "a constant",
      },
    );
  });

  fuzz({
    name: "discrepancy",
    params: ["points", "options", "method", "dimension", "iterative", "workers"],
    args: fc.tuple(pointsArb, optionsOf({ method: fc.constantFrom(...D.DISCREPANCY_METHODS) })),
    run: ([p, o]) => D.discrepancy(p as never, o as never),
    check: (v) => {
      ensureFinite("discrepancy", v);
      ensure((v as number) >= -1e-12, () => `negative discrepancy ${v}`);
    },
  });
  fuzz({
    name: "updateDiscrepancy",
    params: ["xNew", "points", "initial", "initialDiscrepancy"],
    args: fc.tuple(
      mostly(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 })),
      pointsArb,
      mostly(fc.double({ min: 0, max: 1, noNaN: true })),
    ),
    run: ([x, p, i]) => D.updateDiscrepancy(x as never, p as never, i as number),
    check: (v) => ensureFinite("updateDiscrepancy", v),
  });
  fuzz({
    name: "geometricDiscrepancy",
    params: ["points", "options", "method", "metric", "dimension"],
    args: fc.tuple(
      pointsArb,
      optionsOf({ method: fc.constantFrom("mindist", "mst"), metric: fc.constantFrom("euclidean", "chebyshev", "cityblock") }),
    ),
    run: ([p, o]) => D.geometricDiscrepancy(p as never, o as never),
  });
  fuzz({
    name: "kernelDiscrepancy",
    params: ["points", "kernel", "options", "form", "dimension"],
    args: fc.tuple(pointsArb, weird, optionsOf({ form: fc.constantFrom("pairwise", "group") })),
    run: ([p, k, o]) => D.kernelDiscrepancy(p as never, k as never, o as never),
  });
  fuzz({
    name: "latticePAlpha",
    params: ["generatingVector", "n", "options", "alpha"],
    args: fc.tuple(
      mostly(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 4 })),
      mostly(fc.integer({ min: 1, max: 2 ** 12 })),
      optionsOf({ alpha: fc.constantFrom(2, 4, 6) }),
    ),
    run: ([z, n, o]) => D.latticePAlpha(z as never, n as number, o as never),
  });
  fuzz({
    name: "spectralTest",
    params: ["generatingVector", "n"],
    args: fc.tuple(
      mostly(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 4 })),
      mostly(fc.integer({ min: 2, max: 2 ** 12 })),
    ),
    run: ([z, n]) => D.spectralTest(z as never, n as number),
  });
  fuzz({
    name: "tValue",
    params: ["matrices", "m"],
    args: fc.tuple(weird, mostly(fc.integer({ min: 0, max: 24 }))),
    run: ([g, m]) => D.tValue(g as never, m as number),
  });
});
