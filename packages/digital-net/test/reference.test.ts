// Tier 1/2: exact equality with QMCPy's deterministic values (test/fixtures/qmcpy-reference.json, copied
// from shared/reference with its provenance). All values are dyadic rationals: compared with ===.
import { describe, expect, it } from "vitest";
import {
  DigitalNet,
  digitalShift,
  integersToFloat,
  integerValues,
  interlaceMatrices,
  joeKuo,
  linearMatrixScramble,
  type NetMatrices,
  netWalk,
} from "../src/index.js";
import { fixture } from "./helpers.js";

const ref = fixture<Record<string, number[][] & number[]>>("qmcpy-reference.json");

function rows(data: Float64Array, d: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < data.length; i += d) out.push(Array.from(data.subarray(i, i + d)));
  return out;
}

describe("unrandomized Sobol' (Joe–Kuo) equals QMCPy", () => {
  it("generating-matrix columns 0–7 of dimensions 1–5 (MSB, 32 bits)", () => {
    const m = joeKuo.matrices(5);
    const got = [0, 1, 2, 3, 4].map((j) => Array.from(m.hi.subarray(j * 32, j * 32 + 8)));
    expect(got).toEqual(ref.sobol_C_first5dims_first8cols_msb32);
    expect(Array.from(m.lo).every((w) => w === 0)).toBe(true);
  });

  it("natural order, points 0–7 and 8–15, as floats and as 32-bit integers", () => {
    const net = new DigitalNet(5, { randomize: "none" });
    expect(net.points(8).toRows()).toEqual(ref.sobol_d5_natural_0_8);
    expect(net.points(8, 16).toRows()).toEqual(ref.sobol_d5_natural_8_16);
    const ints = new DigitalNet(5, { randomize: "none", bits: 32 }).integers(8);
    expect(rows(new Float64Array(Array.from(integerValues(ints), Number)), 5)).toEqual(ref.sobol_d5_natural_binary_t32_0_8);
  });

  it("Gray order, points 0–7, and its binary form for points 1–7", () => {
    const net = new DigitalNet(5, { randomize: "none", order: "gray", bits: 32 });
    expect(net.points(8).toRows()).toEqual(ref.sobol_d5_gray_0_8);
    expect(rows(new Float64Array(Array.from(integerValues(net.integers(1, 8)), Number)), 5)).toEqual(
      ref.sobol_d5_gray_binary_1_8,
    );
  });

  it("QMCPy's window examples: gray [2,4) and natural [2,4) in d = 2", () => {
    expect(new DigitalNet(2, { randomize: "none", order: "gray" }).points(2, 4).toRows()).toEqual([
      [0.75, 0.25],
      [0.25, 0.75],
    ]);
    expect(new DigitalNet(2, { randomize: "none" }).points(2, 4).toRows()).toEqual([
      [0.25, 0.75],
      [0.75, 0.25],
    ]);
  });

  it("point 1 of dimensions 996–1000 is 0.5 (the top bit of column 0)", () => {
    const p = new DigitalNet(1000, { randomize: "none" }).points(1, 2).data;
    expect(Array.from(p.subarray(995, 1000))).toEqual(ref.sobol_d1000_point1_dims995_1000);
  });
});

describe("higher order (alpha = 2) equals QMCPy", () => {
  it("points 0–7 of d = 3", () => {
    expect(new DigitalNet(3, { randomize: "none", alpha: 2 }).points(8).toRows()).toEqual(ref.sobol_ho_alpha2_d3_0_8);
  });

  it("binary form with QMCPy's t = 63 bits (points 0–3)", () => {
    const ints = new DigitalNet(3, { randomize: "none", alpha: 2, bits: 63 }).integers(4);
    // The JSON values are exact doubles (multiples of 2^40), so BigInt(number) recovers them.
    expect(Array.from(integerValues(ints))).toEqual(ref.sobol_ho_alpha2_d3_binary_t64.flat().map((v) => BigInt(v)));
  });

  it("qmctoolscl's interlacing chain (C_lms, 6 bits → 12 bits)", () => {
    const chain = (ref as unknown as { qmctoolscl_lms_chain: { C_lms: number[][][]; C_interlaced_alpha2_t12: number[][][] } })
      .qmctoolscl_lms_chain;
    for (let r = 0; r < 2; r++) {
      const cols = chain.C_lms[r];
      const base: NetMatrices = {
        dimension: 4,
        columns: 4,
        rows: 6,
        hi: new Uint32Array(cols.flat().map((v) => v * 2 ** 26)),
        lo: new Uint32Array(16),
      };
      const out = interlaceMatrices(base, 2, 12);
      expect(out.rows).toBe(12);
      const got = [0, 1].map((j) => Array.from(out.hi.subarray(j * 4, j * 4 + 4), (w) => w / 2 ** 20));
      expect(got).toEqual(chain.C_interlaced_alpha2_t12[r]);
    }
  });
});

describe("fixed randomizations equal QMCPy's deterministic chains", () => {
  it("digital shift with t = 63 and the given shifts (natural, d = 5)", () => {
    const shifts = (ref.sobol_d5_DS_fixed_shift_t63_shifts as number[]).map(
      (v, j) =>
        // The JSON numbers are not all exact doubles; rebuild the exact shifts from their definitions.
        [2n ** 62n, 2n ** 62n + 2n ** 61n, 12345678901234567n, 2n ** 63n - 1n, 0n][j] ?? BigInt(v),
    );
    const aligned = shifts.map((s) => s << 1n); // t = 63 → MSB-aligned 64-bit words
    const sh = new Uint32Array(aligned.map((w) => Number(w >> 32n)));
    const sl = new Uint32Array(aligned.map((w) => Number(w & 0xffffffffn)));
    const { hi, lo } = netWalk(joeKuo.matrices(5), 0, 8, "natural");
    digitalShift(hi, lo, 5, sh, sl);
    const got = rows(integersToFloat(hi, lo), 5);
    const want = ref.sobol_d5_DS_fixed_shift_t63_points as number[][];
    for (let i = 0; i < 8; i++) {
      for (let j = 0; j < 5; j++) {
        // Our conversion truncates to 53 bits (QMCPy rounds, and rounds 2^63 − 1 up to 1.0): compute
        // the truncation of the exact 63-bit value and check it is within 2^−53 of QMCPy's value.
        const exact = (BigInt(Math.round(ref.sobol_d5_natural_0_8[i][j] * 2 ** 32)) << 31n) ^ shifts[j];
        const truncated = Number(exact >> 10n) / 2 ** 53;
        expect(got[i][j]).toBe(truncated);
        expect(Math.abs(got[i][j] - want[i][j])).toBeLessThanOrEqual(2 ** -53);
      }
    }
    expect(got[0][3]).toBe(1 - 2 ** -53); // QMCPy: 1.0
  });

  it("linear matrix scramble with QMCPy's fixed S (rows r ≥ 1 also copy row 0), t = 32, d = 2", () => {
    // Rows of S: row 0 = e0, row r = e0 + e_r. By columns: column 0 is all ones, column c ≥ 1 is e_c.
    const rowsS = ref.LMS_fixedS_rows_dim0_first4 as number[];
    expect(rowsS).toEqual([2 ** 31, 2 ** 31 + 2 ** 30, 2 ** 31 + 2 ** 29, 2 ** 31 + 2 ** 28]);
    const hi = new Uint32Array(64);
    for (let j = 0; j < 2; j++) for (let c = 0; c < 32; c++) hi[j * 32 + c] = c === 0 ? 0xffffffff : 2 ** (31 - c);
    const C = linearMatrixScramble(joeKuo.matrices(2), { dimension: 2, precision: 32, hi, lo: new Uint32Array(64) }, 32);
    const cols = [0, 1].map((j) => Array.from(C.hi.subarray(j * 32, j * 32 + 8)));
    expect(cols).toEqual(ref.LMS_fixedS_C_lms_first2dims_first8cols);
    const w = netWalk(C, 0, 8, "natural");
    expect(rows(integersToFloat(w.hi, w.lo), 2)).toEqual(ref.LMS_fixedS_points_0_8);
  });

  it("qmctoolscl's LMS chain: printed S of coordinate 0 with t_new = 6", () => {
    const chain = (
      ref as unknown as { qmctoolscl_lms_chain: { C_msb_t4: number[][]; S_r0_j0_rows: number[]; C_lms: number[][][] } }
    ).qmctoolscl_lms_chain;
    // S is 6 × 4 by rows (MSB = column 0); transpose to columns as MSB-aligned words.
    const sHi = new Uint32Array(4);
    chain.S_r0_j0_rows.forEach((row, r) => {
      for (let c = 0; c < 4; c++) if ((row >>> (3 - c)) & 1) sHi[c] |= 2 ** (31 - r);
    });
    const C: NetMatrices = {
      dimension: 1,
      columns: 4,
      rows: 4,
      hi: new Uint32Array(chain.C_msb_t4[0].map((v) => v * 2 ** 28)),
      lo: new Uint32Array(4),
    };
    const out = linearMatrixScramble(C, { dimension: 1, precision: 4, hi: sHi, lo: new Uint32Array(4) }, 6);
    expect(Array.from(out.hi, (w) => w / 2 ** 26)).toEqual(chain.C_lms[0][0]);
  });
});
