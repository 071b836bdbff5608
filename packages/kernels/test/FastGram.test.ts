import { RandomStream } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { Lattice } from "@qmckit/lattice";
import { describe, expect, it } from "vitest";
import { digitalShiftInvariantKernel, FastGram, shiftInvariantKernel } from "../src/index.js";
import { DenseGram } from "./dense.js";
import { exact, expectAllClose, expectClose, qmcpy } from "./helpers.js";

interface GramCheck {
  column: number[];
  eigenvalues: number[];
  logdet: number;
  solve_1_to_8: number[];
}

const Y8 = Float64Array.from({ length: 8 }, (_, i) => i + 1);
/** QMCPy's default lattice vector starts (1, 182667) (qmcpy-kernels.json: lattice_gv_first10). */
const KUO = (qmcpy.lattice_gv_first10 as number[]).slice(0, 2);

function parseReal(v: string | number): number {
  return typeof v === "number" ? v : Number.parseFloat(v.replace(/^\(/, ""));
}

function latticeGram(seed?: number): FastGram {
  const generator = new Lattice(
    2,
    seed === undefined ? { randomize: "none", generatingVector: KUO, mMax: 20 } : { seed, generatingVector: KUO, mMax: 20 },
  );
  return new FastGram({ generator, kernel: shiftInvariantKernel({ dimension: 2, alpha: 2, weights: 1 }), n: 8 });
}

function netGram(randomize: "none" | "ds" = "none"): FastGram {
  const generator = new DigitalNet(2, { randomize, bits: 32, seed: 11 });
  return new FastGram({ generator, kernel: digitalShiftInvariantKernel({ dimension: 2, alpha: 2, weights: 1, bits: 32 }), n: 8 });
}

describe("FastGram", () => {
  describe("reference checks (d = 2, n = 8, S = 1, γ = 1, α = 2)", () => {
    it("lattice / SI: column, eigenvalues, log-det and K⁻¹(1…8) equal the mpmath values to 1e-12", () => {
      const g = latticeGram();
      const ex = exact.si_gram_lattice_d2_n8 as GramCheck;
      expectAllClose(g.column(), ex.column, 1e-12, "column");
      expectAllClose(g.eigenvalues, ex.eigenvalues, 1e-12, "eigenvalues");
      expectClose(g.logDet(), ex.logdet, 1e-12, "logDet");
      expectAllClose(g.solve(Y8), ex.solve_1_to_8, 1e-12, "solve");
      expect(g.transform).toBe("fftbr");
      expect(g.clipped).toBe(0);
    });

    it("lattice / SI: QMCPy's values agree to 1e-11 (its monomial B_4 is ≈ 2.4e-12 relative off)", () => {
      const g = latticeGram();
      expectAllClose(g.column(), qmcpy.SI_gram_lattice_d2_n8_alpha2_ls1_col0 as number[], 1e-11, "column");
      expectAllClose(g.eigenvalues, (qmcpy["SI_gram_eigs_sqrt(n)*fftbr(col0)"] as string[]).map(parseReal), 1e-11, "eigenvalues");
      expectClose(g.logDet(), qmcpy.SI_gram_logdet_dense as number, 1e-11, "logDet");
      expectAllClose(g.solve(Y8), qmcpy["SI_gram_solve_y1..8"] as number[], 1e-11, "solve");
    });

    it("net / DSI: column, eigenvalues, log-det and solve equal the exact values and QMCPy's to 1e-12", () => {
      const g = netGram();
      const ex = exact.dsi_gram_sobol_d2_n8_t32 as GramCheck;
      expect(Array.from(g.column())).toEqual(ex.column); // dyadic: exact
      expectAllClose(g.eigenvalues, ex.eigenvalues, 1e-15, "eigenvalues");
      expectClose(g.logDet(), ex.logdet, 1e-12, "logDet");
      expectAllClose(g.solve(Y8), ex.solve_1_to_8, 1e-12, "solve");
      expectAllClose(g.column(), qmcpy.DSI_gram_sobol_d2_n8_t32_alpha2_ls1_col0 as number[], 0, "QMCPy column");
      expectAllClose(g.eigenvalues, qmcpy["DSI_gram_eigs_sqrt(n)*fwht(col0)"] as number[], 1e-12, "QMCPy eigenvalues");
      expectClose(g.logDet(), qmcpy.DSI_gram_logdet_dense as number, 1e-12, "QMCPy logDet");
      expectAllClose(g.solve(Y8), qmcpy["DSI_gram_solve_y1..8"] as number[], 1e-12, "QMCPy solve");
      expect(g.transform).toBe("fwht");
    });

    it("the eigenvalues do not depend on the random shift (lattice) or digital shift (net)", () => {
      expectAllClose(latticeGram(123).eigenvalues, latticeGram().eigenvalues, 1e-14, "shifted lattice");
      expectAllClose(netGram("ds").eigenvalues, netGram().eigenvalues, 1e-15, "shifted net");
    });
  });
});

function randomPair(kind: "si" | "dsi", d: number, rng: RandomStream, replications = 1) {
  const weights = Array.from({ length: d }, () => 0.1 + rng.nextFloat64());
  const scale = 0.5 + rng.nextFloat64();
  const seed = rng.nextBelow(2 ** 30);
  if (kind === "si") {
    return {
      generator: new Lattice(d, { seed, replications }),
      kernel: shiftInvariantKernel({
        dimension: d,
        alpha: Array.from({ length: d }, () => 1 + rng.nextBelow(5)),
        weights,
        scale,
      }),
    };
  }
  return {
    generator: new DigitalNet(d, { seed, replications }),
    kernel: digitalShiftInvariantKernel({
      dimension: d,
      alpha: Array.from({ length: d }, () => 1 + rng.nextBelow(4)),
      weights,
      scale,
    }),
  };
}

describe("FastGram algebra", () => {
  for (const kind of ["si", "dsi"] as const) {
    const label = kind === "si" ? "lattice / SI" : "net / DSI";

    it(`${label}: extend() equals a fresh FastGram at 2n to 1e-12 (eigenvalues, logDet, multiply, solve with nugget)`, () => {
      const rng = new RandomStream(kind === "si" ? 31 : 32);
      for (let m = 4; m <= 9; m++) {
        for (const d of [1, 3, 6]) {
          const { generator, kernel } = randomPair(kind, d, rng);
          const nugget = 1e-3 * kernel.diagonal();
          const n = 2 ** m;
          const ext = new FastGram({ generator, kernel, n, nugget }).extend();
          const fresh = new FastGram({ generator, kernel, n: 2 * n, nugget });
          const tag = `n = ${n} → ${2 * n}, d = ${d}`;
          expect(ext.n).toBe(2 * n);
          expectAllClose(ext.eigenvalues, fresh.eigenvalues, 1e-12, `eigenvalues ${tag}`);
          expectAllClose(ext.column(), fresh.column(), 0, `column ${tag}`);
          let scale = 0;
          for (const l of fresh.eigenvalues) scale += Math.abs(Math.log(l));
          expect(Math.abs(ext.logDet() - fresh.logDet())).toBeLessThanOrEqual(1e-12 * scale);
          const y = new Float64Array(2 * n).map(() => rng.nextFloat64());
          expectAllClose(ext.multiply(y), fresh.multiply(y), 1e-12, `multiply ${tag}`);
          expectAllClose(ext.solve(y), fresh.solve(y), 1e-10, `solve ${tag}`);
          expectAllClose(ext.points().data, fresh.points().data, 0, `points ${tag}`);
        }
      }
    });

    it(`${label}: withKernel / withNugget equal a fresh FastGram; a scale change reuses the spectrum`, () => {
      const rng = new RandomStream(kind === "si" ? 41 : 42);
      const { generator, kernel } = randomPair(kind, 3, rng);
      const g = new FastGram({ generator, kernel, n: 64, nugget: 0.01 });
      const k2 = kernel.with({ weights: [0.2, 0.4, 0.6], scale: 2 });
      const a = g.withKernel(k2);
      const b = new FastGram({ generator, kernel: k2, n: 64, nugget: 0.01 });
      expectAllClose(a.eigenvalues, b.eigenvalues, 1e-14, "withKernel");
      const c = g.withKernel(kernel.with({ scale: 3 * kernel.scale }));
      expectAllClose(
        c.eigenvalues,
        new FastGram({ generator, kernel: kernel.with({ scale: 3 * kernel.scale }), n: 64, nugget: 0.01 }).eigenvalues,
        1e-14,
        "scale only",
      );
      expectAllClose(
        g.withNugget(0.5).eigenvalues,
        new FastGram({ generator, kernel, n: 64, nugget: 0.5 }).eigenvalues,
        1e-15,
        "withNugget",
      );
      expect(() => g.withNugget(-1)).toThrow(/nugget must be a finite number ≥ 0; got -1/);
      expect(() => g.withKernel(shiftInvariantKernel({ dimension: 2 }))).toThrow(kind === "si" ? RangeError : TypeError);
    });

    it(`${label}: crossCovariance = kernel.matrix(x, design); crossMultiply = crossCovariance · w; a design point reproduces the column`, () => {
      const rng = new RandomStream(kind === "si" ? 51 : 52);
      const { generator, kernel } = randomPair(kind, 4, rng);
      const g = new FastGram({ generator, kernel, n: 128 });
      const x = new Float64Array(5 * 4).map(() => rng.nextFloat64());
      const C = g.crossCovariance(x);
      const ints = g.integers();
      if (kind === "si") expectAllClose(C, kernel.matrix(x, g.points()), 0, "crossCovariance");
      else if (ints)
        expectAllClose(C, (kernel as ReturnType<typeof digitalShiftInvariantKernel>).matrix(x, ints), 0, "crossCovariance");
      const w = new Float64Array(2 * 128).map(() => rng.nextFloat64() - 0.5);
      const Cw = g.crossMultiply(x, w);
      for (let r = 0; r < 5; r++) {
        for (let c = 0; c < 2; c++) {
          let s = 0;
          for (let i = 0; i < 128; i++) s += C[r * 128 + i] * w[c * 128 + i];
          expectClose(Cw[r * 2 + c], s, 1e-12, `crossMultiply ${r}, ${c}`, 1);
        }
      }
      const row = ints
        ? g.crossCovariance({ ...ints, n: 1, hi: ints.hi.slice(0, 4), lo: ints.lo.slice(0, 4) })
        : g.crossCovariance(g.points().point(0));
      expectAllClose(row, g.column(), 1e-14, "row of x_0 = first column");
    });

    it(`${label}: powerSpectrum gives yᵀK⁻¹y = Σ|ŷ_k|²/λ_k and eigenvaluesOfColumn(column()) = eigenvalues`, () => {
      const rng = new RandomStream(kind === "si" ? 61 : 62);
      const { generator, kernel } = randomPair(kind, 2, rng);
      const g = new FastGram({ generator, kernel, n: 256, nugget: 0.1 });
      const y = new Float64Array(256).map(() => rng.nextFloat64());
      const p = g.powerSpectrum(y);
      let q = 0;
      for (let k = 0; k < 256; k++) q += p[k] / g.eigenvalues[k];
      const w = g.solve(y);
      let direct = 0;
      for (let i = 0; i < 256; i++) direct += y[i] * w[i];
      expectClose(q, direct, 1e-12, "quadratic form");
      const g0 = g.withNugget(0);
      expectAllClose(g0.eigenvaluesOfColumn(g0.column()), g0.eigenvalues, 1e-12, "eigenvalues of the column");
    });

    it(`${label}: perReplication gives one FastGram per replication, each equal to the dense Gram of its points`, () => {
      const rng = new RandomStream(kind === "si" ? 71 : 72);
      const { generator, kernel } = randomPair(kind, 2, rng, 3);
      const grams = FastGram.perReplication({ generator, kernel, n: 32, nugget: 0.05 });
      expect(grams.map((x) => x.replication)).toEqual([0, 1, 2]);
      const all = generator.points(32);
      for (const [r, g] of grams.entries()) {
        expectAllClose(g.points().data, all.replication(r).data, 0, `points of replication ${r}`);
        const D = new DenseGram(kernel.matrix(g.points(), g.points()), 32, 0.05);
        const y = new Float64Array(32).map(() => rng.nextFloat64());
        expectAllClose(g.solve(y), D.solve(y), 1e-10, `replication ${r}`);
      }
      if (kind === "si") expectAllClose(grams[1].eigenvalues, grams[0].eigenvalues, 1e-13, "shift-independent spectrum");
    });
  }
});

describe("FastGram numerical behaviour", () => {
  it("a numerically singular Gram (SI α = 5, d = 1, n = 512): eigenvalues clipped and counted, never NaN; solve needs a nugget", () => {
    const generator = new Lattice(1, { seed: 5 });
    const kernel = shiftInvariantKernel({ dimension: 1, alpha: 5, weights: 1 });
    const g = new FastGram({ generator, kernel, n: 512 });
    expect(g.eigenvalues.every((l) => l >= 0 && !Number.isNaN(l))).toBe(true);
    expect(g.clipped).toBeGreaterThan(0);
    expect(Number.isNaN(g.logDet())).toBe(false);
    expect(() => g.solve(new Float64Array(512).fill(1))).toThrow(/singular to working precision.*nugget = 0; pass a nugget > 0/);
    const ok = g.withNugget(1e-8);
    expect(ok.clipped).toBe(g.clipped);
    const w = ok.solve(new Float64Array(512).fill(1));
    expect(w.every(Number.isFinite)).toBe(true);
    expectAllClose(ok.multiply(w), new Float64Array(512).fill(1), 1e-6, "K(K⁻¹1)");
  });
});

describe("FastGram bad input", () => {
  const lattice = new Lattice(2, { seed: 1 });
  const net = new DigitalNet(2, { seed: 1 });
  const si = shiftInvariantKernel({ dimension: 2 });
  const dsi = digitalShiftInvariantKernel({ dimension: 2 });

  it("pairings that are not diagonalizable are TypeErrors that name the valid pairs", () => {
    expect(() => new FastGram({ generator: net, kernel: si, n: 8 })).toThrow(
      /\(Lattice, shift-invariant kernel\) via fftbr or \(DigitalNet, digitally-shift-invariant kernel\) via fwht; got a DigitalNet with a shift-invariant kernel/,
    );
    expect(() => new FastGram({ generator: lattice, kernel: dsi, n: 8 })).toThrow(TypeError);
    // @ts-expect-error: not a generator
    expect(() => new FastGram({ generator: {}, kernel: si, n: 8 })).toThrow(/generator must be a Lattice .* or a DigitalNet/);
    // @ts-expect-error: not one of our kernels
    expect(() => new FastGram({ generator: lattice, kernel: { dimension: 2 }, n: 8 })).toThrow(/kernel must be made by/);
  });

  it("dimension mismatch, unordered generators, nus, bits that differ from the net's", () => {
    expect(() => new FastGram({ generator: lattice, kernel: shiftInvariantKernel({ dimension: 3 }), n: 8 })).toThrow(
      /kernel.dimension must equal generator.dimension = 2; got 3/,
    );
    expect(() => new FastGram({ generator: new Lattice(2, { order: "gray" }), kernel: si, n: 8 })).toThrow(
      /generator.order must be 'natural'.*got 'gray'/,
    );
    expect(() => new FastGram({ generator: new Lattice(2, { order: "linear" }), kernel: si, n: 8 })).toThrow(/got 'linear'/);
    expect(() => new FastGram({ generator: new DigitalNet(2, { order: "gray" }), kernel: dsi, n: 8 })).toThrow(
      /generator.options.order must be 'natural'.*got 'gray'/,
    );
    expect(() => new FastGram({ generator: new DigitalNet(2, { randomize: "nus" }), kernel: dsi, n: 8 })).toThrow(
      /randomize.*'nus'/,
    );
    expect(() => new FastGram({ generator: net, kernel: digitalShiftInvariantKernel({ dimension: 2, bits: 32 }), n: 8 })).toThrow(
      /kernel.bits must equal the net's bits = 53; got 32/,
    );
  });

  it("n not a power of two or beyond capacity; negative nugget; bad replication; unknown options", () => {
    expect(() => new FastGram({ generator: lattice, kernel: si, n: 12 })).toThrow(
      /n must be a power of two in \[1, 2\^24\].*got 12/,
    );
    expect(() => new FastGram({ generator: lattice, kernel: si, n: 2 ** 25 })).toThrow(/capacity maxPoints = 16777216/);
    expect(() => new FastGram({ generator: new Lattice(2, { mMax: 3 }), kernel: si, n: 4 }).extend().extend()).toThrow(
      /extend: 2n = 16 points exceed the generator's capacity maxPoints = 8/,
    );
    // @ts-expect-error: n of the wrong kind
    expect(() => new FastGram({ generator: lattice, kernel: si, n: "8" })).toThrow(TypeError);
    expect(() => new FastGram({ generator: lattice, kernel: si, n: 8, nugget: -1e-9 })).toThrow(
      /nugget must be a finite number ≥ 0; got -1e-9/,
    );
    expect(() => new FastGram({ generator: lattice, kernel: si, n: 8, replication: 1 })).toThrow(
      /replication must be an integer in \[0, 0\]; got 1/,
    );
    // @ts-expect-error: unknown option
    expect(() => new FastGram({ generator: lattice, kernel: si, n: 8, noise: 1 })).toThrow(/unknown option 'noise'/);
  });

  it("right-hand sides of the wrong kind or length", () => {
    const g = new FastGram({ generator: lattice, kernel: si, n: 8, nugget: 0.1 });
    expect(() => g.solve(new Float64Array(12))).toThrow(/y.length must be a positive multiple of n = 8.*got 12/);
    // @ts-expect-error: a plain array
    expect(() => g.multiply([1, 2, 3, 4, 5, 6, 7, 8])).toThrow(TypeError);
    expect(() => g.solve(new Float64Array(8), new Float64Array(4))).toThrow(/out.length must be 8; got 4/);
    expect(() => g.crossCovariance(new Float64Array(3))).toThrow(/x.length must be a positive multiple of the dimension 2/);
  });
});
