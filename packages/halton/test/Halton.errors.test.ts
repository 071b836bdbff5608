import { describe, expect, it } from "vitest";
import { HALTON_RANDOMIZATIONS, Halton, type HaltonOptions } from "../src/index.js";

describe("Halton bad input", () => {
  it("dimension outside [1, 1000] is a RangeError naming it, the range and the value", () => {
    expect(() => new Halton(0)).toThrow("dimension must be an integer in [1, 1000]; got 0");
    expect(() => new Halton(1001, { seed: 1 })).toThrow(/^dimension must be an integer in \[1, 1000\]; got 1001 \(the bases/);
    expect(() => new Halton(2.5)).toThrow(RangeError);
    expect(() => new Halton("3" as unknown as number)).toThrow(TypeError);
  });

  it("'qrng' allows at most 360 dimensions and says why", () => {
    expect(new Halton(360, { randomize: "qrng", seed: 1 }).dimension).toBe(360);
    expect(() => new Halton(361, { randomize: "qrng" })).toThrow(
      /^dimension must be an integer in \[1, 360\]; got 361 .*Faure–Lemieux/,
    );
  });

  it("an unknown randomize lists the valid values", () => {
    const bad = { randomize: "owen" } as unknown as HaltonOptions;
    expect(() => new Halton(2, bad)).toThrow(
      `randomize must be one of 'lms-perm', 'lms-ds', 'lms', 'perm', 'ds', 'nus', 'qrng', 'none'; got "owen"`,
    );
    expect(() => new Halton(2, { randomize: true } as unknown as HaltonOptions)).toThrow(TypeError);
  });

  it("unknown option keys, bad seeds and replications are rejected by name", () => {
    expect(() => new Halton(2, { order: "gray" } as unknown as HaltonOptions)).toThrow(/unknown option 'order'/);
    expect(() => new Halton(2, { seed: -1 })).toThrow(/^seed must be/);
    expect(() => new Halton(2, { replications: 0 })).toThrow(/^replications must be/);
    expect(() => new Halton(2, null as unknown as HaltonOptions)).toThrow(TypeError);
  });

  it("digitScramble checks its coordinate and replication", () => {
    const h = new Halton(3, { seed: 1, replications: 2 });
    expect(() => h.digitScramble(3)).toThrow(/^j must be an integer in \[0, 2\]; got 3/);
    expect(() => h.digitScramble(0, 2)).toThrow(/^replication must be an integer in \[0, 1\]/);
  });

  it("windows beyond the capacity 2^32 name maxPoints", () => {
    const h = new Halton(2, { seed: 1 });
    expect(h.maxPoints).toBe(2 ** 32);
    expect(() => h.points(2 ** 32, 2 ** 32 + 1)).toThrow(/maxPoints = 4294967296/);
  });

  it("new Halton(1000).points(0, 2 ** 22) is the library's RangeError naming the window, not an engine error", () => {
    const h = new Halton(1000, { seed: 1 });
    expect(() => h.points(0, 2 ** 22)).toThrow(RangeError);
    expect(() => h.points(0, 2 ** 22)).toThrow(
      "window [0, 4194304) must hold at most 2^31 − 1 coordinates per call; got replications · (end − start) · dimension = 1 · 4194304 · 1000 = 4194304000 (split it into several calls)",
    );
    expect(() => h.fill(new Float64Array(0), 0, 2 ** 22)).toThrow(/^window \[0, 4194304\) must hold/);
  });

  it("exposes a frozen options object and the randomize field; HALTON_RANDOMIZATIONS lists the values", () => {
    const h = new Halton(3, { randomize: "nus", seed: 4 });
    expect(Object.isFrozen(h.options)).toBe(true);
    expect(new Halton(3, h.options).points(20).data).toEqual(h.points(20).data);
    expect(HALTON_RANDOMIZATIONS).toEqual(["lms-perm", "lms-ds", "lms", "perm", "ds", "nus", "qrng", "none"]);
    expect(() => new Halton(2, { randomize: "owen" as "nus" })).toThrow(
      `randomize must be one of ${HALTON_RANDOMIZATIONS.map((r) => `'${r}'`).join(", ")}; got "owen"`,
    );
  });
});

describe("Halton memory budget", () => {
  it("spawn checks what the copies' scrambles would hold before building any (was: out of memory)", () => {
    const t0 = performance.now();
    // 16384 copies × Σ_j 2·K_j·b_j bytes of 'lms-perm' permutations for the first 1000 primes ≈ 574 GiB.
    expect(() => new Halton(1000, { seed: 1 }).spawn(2 ** 14)).toThrow(/^k 16384 copies .* would need 573\.8 GiB/);
    expect(performance.now() - t0).toBeLessThan(5000); // refused before any copy is built (a hang guard)
    expect(() => new Halton(3, { seed: 1 }).spawn(2 ** 20 + 1)).toThrow(/^k must be an integer in \[0, 1048576\]/);
    expect(new Halton(1000, { seed: 1 }).spawn(2).length).toBe(2);
  });
  it("replications whose scrambles exceed the budget are refused at construction, naming replications", () => {
    expect(() => new Halton(1000, { seed: 1, replications: 2 ** 16 })).toThrow(/^replications 65536 × dimension 1000/);
    expect(new Halton(1000, { seed: 1, replications: 2 ** 16, randomize: "none" }).replications).toBe(2 ** 16);
  });
  it("a replication's scrambles are drawn on first use: later replications do not change earlier ones", () => {
    const many = new Halton(5, { seed: 3, replications: 4 });
    const one = new Halton(5, { seed: 3, replications: 1 });
    expect(many.points(7).replication(0).data).toEqual(one.points(7).data);
    expect(many.digitScramble(4, 3)).toEqual(new Halton(5, { seed: 3, replications: 4 }).digitScramble(4, 3));
  });
});
