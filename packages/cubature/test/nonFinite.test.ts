import { describe, expect, it } from "vitest";
import {
  brownianMotion,
  cubMcClt,
  cubQmcLatticeG,
  cubQmcNetG,
  cubQmcNetGAsync,
  cubQmcRepStudentT,
  evaluateWindow,
  gaussian,
  integrand,
  keister,
  keisterExact,
  uniform,
} from "../src/index.js";

/** A scalar integrand on [0, 1)^d whose value at x is g(x₀, point index within the batch). */
function on(d: number, g: (x0: number) => number) {
  return integrand(uniform(d), (t) => {
    const y = new Float64Array(t.n * t.replications);
    for (let i = 0; i < y.length; i++) y[i] = g(t.data[i * d]);
    return y;
  });
}

const criteria = [
  ["cubQmcNetG", cubQmcNetG],
  ["cubQmcLatticeG", cubQmcLatticeG],
  ["cubQmcRepStudentT", cubQmcRepStudentT],
  ["cubMcClt", cubMcClt],
] as const;

describe("no criterion reports a non-finite result as converged", () => {
  it.each(criteria)("%s: alpha far below 1e-12 is a RangeError naming alpha (was: converged with NaN)", (name, crit) => {
    if (name !== "cubQmcRepStudentT" && name !== "cubMcClt") return;
    expect(() => crit(keister(2), { relTol: 0.5, absTol: 0, alpha: 1e-300, seed: 1, nMax: 2 ** 14 })).toThrow(
      /alpha must be in \[1e-12, 1\); got 1e-300/,
    );
  });

  it.each(criteria)("%s: the smallest alpha gives a finite, correct interval", (name, crit) => {
    if (name !== "cubQmcRepStudentT" && name !== "cubMcClt") return;
    const r = crit(keister(2), { relTol: 0.5, absTol: 0, alpha: 1e-12, seed: 1 });
    expect(r.converged).toBe(true);
    expect(Number.isFinite(r.errorBound)).toBe(true);
    expect(r.lower).toBeLessThanOrEqual(keisterExact(2));
    expect(r.upper).toBeGreaterThanOrEqual(keisterExact(2));
  });

  it.each(criteria)("%s: a NaN from the integrand is a RangeError naming the point", (_, crit) => {
    // NaN wherever x₀ < 1e-3: some point of the first window lands there for every generator.
    const f = on(2, (x0) => (x0 < 1e-3 ? Number.NaN : x0));
    expect(() => crit(f, { absTol: 1e-3, seed: 5 })).toThrow(/g must return finite values; got NaN at point \d+/);
  });

  it.each(criteria)("%s: values near the largest double are refused with a reason, quickly", (_, crit) => {
    const t0 = performance.now();
    const r = crit(
      on(2, () => 1e308),
      { absTol: 1e-2, seed: 1 },
    );
    expect(r.converged).toBe(false);
    expect(r.reason).toMatch(/overflowed|finer than double precision/);
    expect(r.n).toBeLessThanOrEqual(2 ** 14);
    // Not a timing test of speed: a guard against running on to nMax (seconds) instead of stopping.
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it("cubMcClt handles values of 1e160 with a relative tolerance (its variance no longer overflows)", () => {
    // f(x) = 1e160 · (1 + x₀): integral 1.5e160; the variance (≈ 8e318) would overflow as a sum of squares.
    const r = cubMcClt(
      on(1, (x0) => 1e160 * (1 + x0)),
      { absTol: 0, relTol: 1e-2, seed: 2 },
    );
    expect(r.converged).toBe(true);
    expect(Math.abs(r.estimate / 1.5e160 - 1)).toBeLessThanOrEqual(1e-2);
  });

  it("a tolerance below double resolution at the estimate is reported, not chased to nMax", () => {
    const r = cubMcClt(
      on(1, () => 1e160),
      { absTol: 1e-2, seed: 1 },
    );
    expect(r.converged).toBe(false);
    expect(r.n).toBe(1024);
    expect(r.reason).toMatch(/finer than double precision resolves at the estimate/);
  });

  it("nMax reached is the reason when the tolerance is not met", () => {
    const r = cubQmcNetG(keister(3), { absTol: 1e-9, seed: 1, nMax: 2 ** 12 });
    expect(r.converged).toBe(false);
    expect(r.reason).toBe("nMax was reached before the tolerance was met (n = 4096)");
  });

  it("a converged result has no reason", () => {
    expect(cubQmcNetG(keister(2), { absTol: 1e-2, seed: 1 }).reason).toBeUndefined();
  });

  it("a custom window evaluator that returns a non-finite value stops the run, naming the point and window", async () => {
    // A remote evaluator is not the integrand wrapper (which throws): its values are checked by the driver.
    const r = await cubQmcNetGAsync(keister(2), {
      absTol: 1e-3,
      seed: 5,
      evaluate: (task) => {
        const y = new Float64Array(task.end - task.start).fill(1);
        y[7] = Number.POSITIVE_INFINITY;
        return y;
      },
    });
    expect(r.converged).toBe(false);
    expect(r.n).toBe(0);
    expect(r.reason).toBe(
      "the integrand returned Infinity at point 7 (window [0, 1024)); no error bound can be derived from a non-finite value",
    );
  });
});

describe("keisterExact validates its dimension (was: NaN for 0, 1.5, −1; a hang for 2^32)", () => {
  it.each([0, 1.5, -1, 2 ** 32, Number.NaN])("keisterExact(%s) is a RangeError naming d", (d) => {
    expect(() => keisterExact(d)).toThrow(RangeError);
    expect(() => keisterExact(d)).toThrow(/^d must be an integer in \[1, 100\]/);
  });
  it("a string is a TypeError", () => {
    expect(() => keisterExact("3" as unknown as number)).toThrow(TypeError);
  });
  it("keisterExact(100) is finite", () => {
    expect(Number.isFinite(keisterExact(100))).toBe(true);
  });
});

describe("evaluateWindow checks the task's window (was: the engine's 'Invalid typed array length')", () => {
  const task = {
    generator: { kind: "lattice", dimension: 2, seed: 7, replications: 1, order: "natural" },
    periodization: "none",
    outputs: 1,
    active: [true],
  } as const;
  it("end < start is a RangeError naming end", () => {
    expect(() => evaluateWindow(keister(2), { ...task, start: 8, end: 4 })).toThrow(RangeError);
    expect(() => evaluateWindow(keister(2), { ...task, start: 8, end: 4 })).toThrow(/^end must be/);
  });
  it("a fractional start is a RangeError naming start", () => {
    expect(() => evaluateWindow(keister(2), { ...task, start: 0.5, end: 4 })).toThrow(/^start must be/);
  });
  it("a null task is a TypeError", () => {
    expect(() => evaluateWindow(keister(2), null as never)).toThrow(TypeError);
  });
  it("a valid window still evaluates", () => {
    expect(evaluateWindow(keister(2), { ...task, start: 4, end: 8 }).length).toBe(4);
  });
});

describe("Gaussian measures check their d × d factors against the memory budget (was: a 32 GiB request)", () => {
  it("gaussian({ dimension: 65536 }) is a RangeError naming the dimension and the bytes, at once", () => {
    expect(() => gaussian({ dimension: 65536 })).toThrow(
      /^dimension 65536 \(the d × d covariance and its factors\) would need 160\.0 GiB/,
    );
  });
  it("brownianMotion(65536) likewise", () => {
    expect(() => brownianMotion(65536)).toThrow(/^dimension 65536 \(the d × d covariance and its factors\) would need/);
  });
  it("the largest dimension within the budget is accepted by the check (d = 10362)", () => {
    expect(5 * 8 * 10362 ** 2).toBeLessThanOrEqual(2 ** 32);
    expect(5 * 8 * 10363 ** 2).toBeGreaterThan(2 ** 32);
  });
});
