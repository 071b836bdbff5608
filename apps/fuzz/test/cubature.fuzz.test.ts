import * as C from "@qmckit/cubature";
import fc from "fast-check";
import { describe, it } from "vitest";
import { checkPoints } from "../src/checkPoints.js";
import { ensure, ensureFinite, expectCovered, fuzz, mostly, optionsOf, weird } from "../src/harness.js";

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

const modelOptions = {
  dimension: fc.integer({ min: 1, max: 8 }),
  volatility: fc.constantFrom(0.1, 0.5, 2),
  startPrice: fc.constantFrom(1, 30, 100),
  strikePrice: fc.constantFrom(1, 35, 100),
  interestRate: fc.constantFrom(0, 0.05, -0.01),
  tFinal: fc.constantFrom(0.5, 1, 3),
  callPut: fc.constantFrom("call", "put"),
  decomposition: fc.constantFrom("pca", "cholesky"),
};
const modelParams = ["options", ...Object.keys(modelOptions)];
const specArb = optionsOf({
  kind: fc.constantFrom(...C.SEQUENCE_KINDS),
  dimension: fc.integer({ min: 1, max: 6 }),
  seed: fc.integer({ min: 0, max: 2 ** 53 - 1 }),
  replications: fc.integer({ min: 1, max: 3 }),
  randomize: fc.constantFrom("shift", "lms-ds", "ds", "none", "lms-perm", "nus"),
  order: fc.constantFrom("natural", "gray", "radical-inverse", "linear"),
  alpha: fc.integer({ min: 1, max: 3 }),
});
const specParams = [
  "spec",
  "kind",
  "dimension",
  "seed",
  "replications",
  "randomize",
  "order",
  "alpha",
  "generatingVector",
  "mMax",
];

const bayesCriteria: [string, (f: unknown, o: unknown) => unknown][] = [
  ["cubBayesLatticeG", (f, o) => C.cubBayesLatticeG(f as never, o as never)],
  ["cubBayesNetG", (f, o) => C.cubBayesNetG(f as never, o as never)],
];
const bayesOptions = {
  ...toleranceOptions,
  nMax: fc.constantFrom(2 ** 10, 2 ** 12),
  fitLoss: fc.constantFrom("mll", "gcv"),
  posterior: fc.constantFrom("empirical", "full"),
  level: fc.constantFrom(0.5, 0.99, 1e-3),
  smoothness: fc.constantFrom(1, 2, 4),
};
const asyncCriteria: [string, (f: unknown, o: unknown) => Promise<unknown>, Record<string, fc.Arbitrary<unknown>>][] = [
  ["cubQmcNetGAsync", (f, o) => C.cubQmcNetGAsync(f as never, o as never), {}],
  ["cubQmcLatticeGAsync", (f, o) => C.cubQmcLatticeGAsync(f as never, o as never), {}],
  ["cubMcCltAsync", (f, o) => C.cubMcCltAsync(f as never, o as never), { alpha: fc.constantFrom(1e-12, 0.01) }],
  [
    "cubQmcRepStudentTAsync",
    (f, o) => C.cubQmcRepStudentTAsync(f as never, o as never),
    { replications: fc.constantFrom(2, 8), alpha: fc.constantFrom(1e-12, 0.01) },
  ],
  ["cubBayesLatticeGAsync", (f, o) => C.cubBayesLatticeGAsync(f as never, o as never), {}],
  ["cubBayesNetGAsync", (f, o) => C.cubBayesNetGAsync(f as never, o as never), {}],
];
const criterionParams = [
  "integrand",
  "options",
  ...Object.keys(bayesOptions),
  "replications",
  "alpha",
  "inflate",
  "generator",
  "signal",
  "resume",
  "onProgress",
  "evaluator",
  "concurrency",
];

const more = [
  ...bayesCriteria.map(([name, run]) => ({
    name,
    params: criterionParams,
    args: fc.tuple(mostly(integrandArb), optionsOf(bayesOptions)),
    run: ([f, o]: readonly unknown[]) => run(f, o),
    check: checkResult,
    runs: 20,
    maxMs: 15_000,
  })),
  ...asyncCriteria.map(([name, run, extra]) => ({
    name,
    params: criterionParams,
    args: fc.tuple(mostly(integrandArb), optionsOf({ ...toleranceOptions, ...extra })),
    run: ([f, o]: readonly unknown[]) => run(f, o),
    check: checkResult,
    runs: 15,
    maxMs: 15_000,
    async: true,
  })),
  {
    name: "asianOption",
    params: [...modelParams, "mean"],
    known:
      "asianOption({ dimension: 1, volatility: 1e308, mean: 'geometric' }) throws 'exactValue must be a finite number; got NaN', naming no option",
    args: fc.tuple(optionsOf({ ...modelOptions, mean: fc.constantFrom("arithmetic", "geometric") })),
    run: ([o]: readonly unknown[]) => C.asianOption(o as never),
  },
  {
    name: "europeanOption",
    params: modelParams,
    args: fc.tuple(optionsOf(modelOptions)),
    run: ([o]: readonly unknown[]) => C.europeanOption(o as never),
  },
  {
    name: "ishigami",
    params: ["options", "a", "b"],
    args: fc.tuple(optionsOf({ a: fc.constantFrom(7, 0, -1), b: fc.constantFrom(0.1, 0) })),
    run: ([o]: readonly unknown[]) => C.ishigami(o as never),
  },
  {
    name: "createSequence",
    params: specParams,
    args: fc.tuple(specArb, fc.integer({ min: 0, max: 20 })),
    run: ([spec, n]: readonly unknown[]) => {
      const g = C.createSequence(spec as never);
      const ps = g.points(n as number);
      checkPoints(ps, { replications: g.replications, n: n as number, dimension: g.dimension });
      return ps;
    },
  },
  {
    name: "periodize",
    params: ["kind", "u", "w", "n", "d", "out"],
    known:
      "periodize(-1, u, w, 1, 2) (a bad kind) is the engine's 'undefined is not iterable'; and n = NaN or ∞ loops forever (not fed here)",
    args: fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 4 })).chain(([n, d]) =>
      fc.tuple(
        // Only `kind` gets wrong values: periodize does not validate u, w, n and d (a NaN or ∞ n
        // loops forever), and cubature's sources are not this suite's to change; reported in the note.
        mostly(fc.constantFrom(...C.PERIODIZATIONS)),
        fc.float64Array({ minLength: n * d, maxLength: n * d, min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.constant(new Float64Array(n).fill(1)),
        fc.constant(n),
        fc.constant(d),
      ),
    ),
    run: ([k, u, w, n, d]: readonly unknown[]) =>
      C.periodize(k as never, u as Float64Array, w as Float64Array, n as number, d as number),
    check: (v: unknown) => ensureFinite("periodized", v),
  },
  {
    name: "integrand",
    params: ["measure", "g", "options", "outputs", "sampler", "exactValue", "u", "n", "periodization", "out", "active"],
    args: fc.tuple(
      mostly(fc.integer({ min: 1, max: 4 }).map((d) => C.uniform(d))),
      mostly(fc.constant((t: { n: number }) => new Float64Array(t.n).fill(0.5))),
      optionsOf({ outputs: fc.integer({ min: 1, max: 3 }), exactValue: fc.constantFrom(0.5, [0.5, 0.5]) }),
      fc.integer({ min: 0, max: 8 }),
    ),
    run: ([m, g, o, n]: readonly unknown[]) => {
      const f = C.integrand(m as never, g as never, o as never) as C.Integrand<C.OutputShape>;
      return f.evaluate(new Float64Array((n as number) * f.dimension).fill(0.25), n as number);
    },
  },
  {
    name: "evaluateWindow",
    known: "evaluateWindow(keister(1), { generator: null, … }) is the engine's 'Cannot read properties of null (reading 'fill')'",
    params: ["f", "integrand", "task", "generator", "periodization", "start", "end", "outputs", "active", ...specParams],
    args: fc.tuple(
      mostly(integrandArb),
      optionsOf({
        generator: fc.record({
          kind: fc.constantFrom(...C.SEQUENCE_KINDS),
          dimension: fc.integer({ min: 1, max: 3 }),
          seed: fc.integer({ min: 0, max: 100 }),
          replications: fc.integer({ min: 1, max: 2 }),
        }),
        periodization: fc.constantFrom(...C.PERIODIZATIONS),
        start: fc.integer({ min: 0, max: 64 }),
        end: fc.integer({ min: 0, max: 128 }),
        outputs: fc.integer({ min: 1, max: 2 }),
        active: fc.constantFrom([true], [false], [true, true]),
      }),
    ),
    run: ([f, t]: readonly unknown[]) => C.evaluateWindow(f as never, t as never),
  },
  {
    name: "IidUniform",
    params: ["dimension", "options", "seed", "replications", "k"],
    args: fc.tuple(
      mostly(fc.integer({ min: 1, max: 8 })),
      optionsOf({ seed: fc.integer({ min: 0, max: 100 }) }),
      mostly(fc.integer({ min: 0, max: 4 })),
    ),
    run: ([d, o, k]: readonly unknown[]) => new C.IidUniform(d as number, o as never).spawn(k as number),
  },
];

describe("@qmckit/cubature: criteria, integrands and helpers not fuzzed above", () => {
  it("every export has a recipe", () => {
    expectCovered(
      C as unknown as Record<string, unknown>,
      [
        ...criteria.map(([n]) => n),
        ...more.map((r) => r.name),
        "keisterExact",
        "keister",
        "genz",
        "boxIntegral",
        "gaussian",
        "brownianMotion",
        "uniform",
        "lebesgue",
      ],
      { PERIODIZATIONS: "a constant list", SEQUENCE_KINDS: "a constant list" },
    );
  });
  for (const r of more) fuzz(r as never);
});
