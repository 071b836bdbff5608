import { DigitalNet } from "@qmckit/digital-net";
import * as K from "@qmckit/kernels";
import { Lattice } from "@qmckit/lattice";
import fc from "fast-check";
import { describe, it } from "vitest";
import { ensureFinite, expectCovered, fuzz, mostly, optionsOf, weird } from "../src/harness.js";

const kernelOptions = (extra: Record<string, fc.Arbitrary<unknown>>) =>
  optionsOf({
    dimension: fc.integer({ min: 1, max: 4 }),
    weights: fc.oneof(
      fc.double({ min: 0, max: 2, noNaN: true }),
      fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 1, maxLength: 4 }),
    ),
    scale: fc.double({ min: 1e-3, max: 10, noNaN: true }),
    ...extra,
  });
const kernelParams = ["options", "dimension", "alpha", "weights", "scale", "bits", "coefficients"];
/** Flat rows in [0, 1) (sometimes of a length that is no multiple of the dimension). */
const rows = fc.float64Array({ minLength: 0, maxLength: 24, min: 0, max: 0.999, noNaN: true });

const factories = [
  ["shiftInvariantKernel", K.shiftInvariantKernel, { alpha: fc.integer({ min: 1, max: 5 }) }],
  [
    "digitalShiftInvariantKernel",
    K.digitalShiftInvariantKernel,
    { alpha: fc.integer({ min: 1, max: 4 }), bits: fc.integer({ min: 1, max: 53 }) },
  ],
  [
    "digitalShiftInvariantAdaptiveKernel",
    K.digitalShiftInvariantAdaptiveKernel,
    { alpha: fc.double({ min: 0.1, max: 5, noNaN: true }) },
  ],
  [
    "shiftInvariantCombinedKernel",
    K.shiftInvariantCombinedKernel,
    { coefficients: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 20 }) },
  ],
  [
    "digitalShiftInvariantCombinedKernel",
    K.digitalShiftInvariantCombinedKernel,
    { coefficients: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 16 }) },
  ],
] as const;

describe("@qmckit/kernels", () => {
  it("every export has a recipe", () => {
    expectCovered(K as unknown as Record<string, unknown>, [...factories.map(([n]) => n), "FastGram", "FastGP"], {
      MAX_MATRIX_ENTRIES: "a constant",
      FAST_GP_LOSSES: "a constant",
      FAST_GP_PARAMS: "a constant",
    });
  });

  for (const [name, make, extra] of factories) {
    fuzz({
      name: `${name}#evaluate`,
      params: [...kernelParams, "x", "z", "out"],
      args: fc.tuple(kernelOptions(extra), mostly(rows), mostly(rows)),
      run: ([o, x, z]) => (make as (o: unknown) => K.Kernel<Float64Array>)(o).evaluate(x as Float64Array, z as Float64Array),
      check: (v) => ensureFinite("K(x, z)", v),
    });
  }

  fuzz({
    name: "FastGram",
    params: ["options", "generator", "kernel", "n", "nugget", "replication", "dimension", "bits", "order"],
    args: fc.tuple(
      fc.oneof(fc.constant("lattice"), fc.constant("net")),
      fc.integer({ min: 1, max: 3 }),
      mostly(fc.constantFrom(1, 2, 8, 64, 3)),
      mostly(fc.constantFrom(0, 1e-8, 0.5)),
      fc.boolean(),
      weird,
    ),
    run: ([kind, d, n, nugget, swap, bogus]) => {
      const lattice = kind === "lattice";
      const generator = lattice ? new Lattice(d, { seed: 3 }) : new DigitalNet(d, { seed: 3 });
      // Sometimes pair the generator with the other family's kernel, or pass a bogus kernel.
      const si = lattice !== swap;
      const kernel =
        bogus === undefined
          ? undefined
          : si
            ? K.shiftInvariantKernel({ dimension: d })
            : K.digitalShiftInvariantKernel({ dimension: d });
      const g = new K.FastGram({ generator, kernel: kernel ?? bogus, n, nugget } as never);
      const y = Float64Array.from({ length: g.n }, (_, i) => Math.sin(i + 1));
      return [g.solve(y), g.multiply(y), g.logDet(), g.eigenvalues];
    },
    check: (v) => {
      const [solve, multiply, , eigenvalues] = v as [Float64Array, Float64Array, number, Float64Array];
      ensureFinite("solve", solve);
      ensureFinite("multiply", multiply);
      ensureFinite("eigenvalues", eigenvalues);
    },
  });

  fuzz({
    name: "FastGP",
    params: [
      "options",
      "generator",
      "kernel",
      "noise",
      "n",
      "y",
      "values",
      "loss",
      "params",
      "level",
      "x",
      "replication",
      "maxIterations",
      "fit",
    ],
    args: fc.tuple(
      fc.integer({ min: 1, max: 2 }),
      mostly(fc.constantFrom(8, 16, 32)),
      mostly(fc.constantFrom(0.1, 1, 5)),
      mostly(fc.constantFrom(...K.FAST_GP_LOSSES)),
      mostly(fc.constantFrom(0.5, 0.9, 0.99)),
      fc.boolean(),
    ),
    run: ([d, n, amplitude, loss, level, poison]) => {
      const gp = new K.FastGP({
        generator: new Lattice(d, { seed: 5 }),
        kernel: K.shiftInvariantKernel({ dimension: d }),
        noise: 1e-8,
      });
      const x = gp.nextPoints(n as number);
      const y = Array.from({ length: x.n }, (_, i) => (amplitude as number) * Math.sin(6 * x.data[i * d]) + 1);
      if (poison) y[0] = Number.NaN;
      gp.addValues(y);
      const fit = gp.fit({ loss: loss as never, maxIterations: 20 } as never);
      const integral = gp.posteriorIntegral();
      return { fit, integral, interval: gp.credibleInterval(level as number), mean: gp.posteriorMean(x.data.subarray(0, d)) };
    },
    check: (v) => {
      const r = v as {
        fit: { converged: boolean; value: number };
        integral: { mean: number; variance: number };
        interval: number[];
        mean: Float64Array;
      };
      ensureFinite("posterior integral mean", r.integral.mean);
      ensureFinite("posterior integral variance", r.integral.variance);
      ensureFinite("credible interval", Float64Array.from(r.interval));
      ensureFinite("posterior mean", r.mean);
    },
    runs: 25,
    maxMs: 10_000,
  });
});
