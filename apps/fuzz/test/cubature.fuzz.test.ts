import * as C from "@qmckit/cubature";
import fc from "fast-check";
import { describe } from "vitest";
import { ensure, ensureFinite, fuzz, mostly, optionsOf, weird } from "../src/harness.js";

/** Small integrands that converge quickly at the tolerances drawn below. */
const integrandArb = fc.oneof(
  fc.integer({ min: 1, max: 3 }).map((d) => C.keister(d)),
  fc.integer({ min: 1, max: 3 }).map((d) => C.genz(d, { family: "oscillatory" })),
  fc.constant(C.boxIntegral(2, 1)),
  fc.constant(C.europeanOption()),
);

const toleranceOptions = {
  absTol: fc.constantFrom(0, 1e-3, 1e-2, 0.1),
  relTol: fc.constantFrom(0, 1e-3, 1e-2, 0.5),
  errorCriterion: fc.constantFrom("either", "both"),
  nInit: fc.constantFrom(2 ** 8, 2 ** 10, 1000),
  nMax: fc.constantFrom(2 ** 12, 2 ** 14, 2 ** 16),
  seed: fc.integer({ min: 0, max: 2 ** 53 - 1 }),
  periodization: fc.constantFrom(...C.PERIODIZATIONS),
};

/** A result of a criterion: converged means a finite estimate, bound and interval. */
function checkResult(v: unknown): void {
  const r = v as C.CubatureResult;
  if (r.converged) {
    ensureFinite("estimate", r.estimate);
    ensureFinite("errorBound", r.errorBound);
    ensureFinite("lower", r.lower);
    ensureFinite("upper", r.upper);
  } else ensure(typeof r.reason === "string", () => "a result that did not converge gives no reason");
}

const criteria: [string, (f: unknown, o: unknown) => unknown, Record<string, fc.Arbitrary<unknown>>][] = [
  ["cubQmcNetG", (f, o) => C.cubQmcNetG(f as never, o as never), {}],
  ["cubQmcLatticeG", (f, o) => C.cubQmcLatticeG(f as never, o as never), {}],
  [
    "cubQmcRepStudentT",
    (f, o) => C.cubQmcRepStudentT(f as never, o as never),
    { replications: fc.constantFrom(2, 8, 16), alpha: fc.constantFrom(1e-12, 0.01, 0.2), inflate: fc.constantFrom(1, 1.2) },
  ],
  [
    "cubMcClt",
    (f, o) => C.cubMcClt(f as never, o as never),
    { alpha: fc.constantFrom(1e-12, 0.01, 0.2), inflate: fc.constantFrom(1, 1.2) },
  ],
];

describe("@qmckit/cubature criteria", () => {
  for (const [name, run, extra] of criteria) {
    fuzz({
      name,
      params: [
        "integrand",
        "options",
        ...Object.keys(toleranceOptions),
        ...Object.keys(extra),
        "generator",
        "signal",
        "resume",
        "onProgress",
      ],
      args: fc.tuple(mostly(integrandArb), optionsOf({ ...toleranceOptions, ...extra })),
      run: ([f, o]) => run(f, o),
      check: checkResult,
      runs: 40,
      maxMs: 10_000,
    });
  }
});

describe("@qmckit/cubature measures and integrands", () => {
  const dim = mostly(fc.integer({ min: 1, max: 6 }));
  fuzz({
    name: "keisterExact",
    params: ["d"],
    args: fc.tuple(dim),
    run: ([d]) => C.keisterExact(d as number),
    check: (v) => ensureFinite("value", v),
  });
  fuzz({ name: "keister", params: ["dimension"], args: fc.tuple(dim), run: ([d]) => C.keister(d as number) });
  fuzz({
    name: "genz",
    params: ["dimension", "options", "family", "a", "u", "seed"],
    args: fc.tuple(
      dim,
      optionsOf({
        family: fc.constantFrom("oscillatory", "product-peak", "corner-peak", "gaussian", "continuous", "discontinuous"),
      }),
    ),
    run: ([d, o]) => C.genz(d as number, o as never),
  });
  fuzz({
    name: "boxIntegral",
    params: ["dimension", "s"],
    args: fc.tuple(dim, mostly(fc.constantFrom(-1, 1, 2))),
    run: ([d, s]) => C.boxIntegral(d as number, s as number),
  });
  fuzz({
    name: "gaussian",
    params: ["options", "dimension", "mean", "covariance", "decomposition"],
    args: fc.tuple(optionsOf({ dimension: fc.integer({ min: 1, max: 6 }), covariance: fc.constantFrom(0.5, 1, 2) })),
    run: ([o]) => C.gaussian(o as never),
  });
  fuzz({
    name: "brownianMotion",
    params: ["dimension", "options", "timeHorizon", "drift", "diffusion", "decomposition", "times"],
    args: fc.tuple(
      dim,
      optionsOf({ timeHorizon: fc.constantFrom(0.5, 1, 2), decomposition: fc.constantFrom("pca", "cholesky") }),
    ),
    run: ([d, o]) => C.brownianMotion(d as number, o as never),
  });
  fuzz({
    name: "uniform",
    params: ["dimension", "lower", "upper", "options"],
    args: fc.tuple(dim, weird, weird),
    run: ([d, a, b]) => (C.uniform as (...x: unknown[]) => unknown)(d, a, b),
  });
  fuzz({
    name: "lebesgue",
    params: ["dimension", "options", "lower", "upper"],
    args: fc.tuple(dim, weird),
    run: ([d, o]) => C.lebesgue(d as number, o as never),
  });
  fuzz({
    name: "IidUniform#points",
    params: ["dimension", "options", "seed", "replications", "n", "start", "end", "window"],
    args: fc.tuple(
      dim,
      optionsOf({ replications: fc.integer({ min: 1, max: 8 }), seed: fc.integer({ min: 0, max: 100 }) }),
      mostly(fc.integer({ min: 0, max: 2 ** 40 })),
    ),
    run: ([d, o, n]) => new C.IidUniform(d as number, o as never).points(n as number),
  });
});
