import { RandomStream } from "@qmckit/core";
import { joeKuo, matricesFromColumns, type NetMatrices } from "@qmckit/digital-net";
import { describe, expect, it } from "vitest";
import { tValue } from "../src/index.js";

/** The first m binary digits of the 2^m points of the net, as integers (bit m − 1 = first digit). */
function netIntegers(c: NetMatrices, m: number): Int32Array[] {
  const pts: Int32Array[] = [];
  for (let j = 0; j < c.dimension; j++) {
    const col = new Int32Array(1 << m);
    for (let i = 0; i < 1 << m; i++) {
      let w = 0;
      for (let k = 0; k < m; k++) if ((i >>> k) & 1) w ^= c.hi[j * c.columns + k] >>> (32 - m);
      col[i] = w;
    }
    pts.push(col);
  }
  return pts;
}

/** Every composition of `total` into `parts` non-negative parts. */
function* compositions(total: number, parts: number): Generator<number[]> {
  if (parts === 1) {
    yield [total];
    return;
  }
  for (let first = 0; first <= total; first++) for (const rest of compositions(total - first, parts - 1)) yield [first, ...rest];
}

/** Brute force: the smallest t for which every elementary box of volume 2^{t−m} holds 2^t points. */
function bruteForceT(c: NetMatrices, m: number): number {
  const pts = netIntegers(c, m);
  const s = c.dimension;
  for (let t = 0; t <= m; t++) {
    let ok = true;
    for (const dj of compositions(m - t, s)) {
      const counts = new Map<string, number>();
      for (let i = 0; i < 1 << m; i++) {
        const key = dj.map((dd, j) => pts[j][i] >>> (m - dd)).join(",");
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      // 2^{m−t} boxes, each must hold 2^t points.
      if (counts.size !== 2 ** (m - t) || [...counts.values()].some((v) => v !== 2 ** t)) {
        ok = false;
        break;
      }
    }
    if (ok) return t;
  }
  return m;
}

describe("tValue", () => {
  it("is 0 for the first two Sobol' coordinates for every m ≤ 20", () => {
    const c = joeKuo.matrices(2);
    for (let m = 0; m <= 20; m++) expect(tValue(c, m)).toBe(0);
  });

  it("equals a brute-force count over every elementary box for Sobol' s = 3, 4, 5 and m ≤ 8", () => {
    for (const s of [3, 4, 5]) {
      const c = joeKuo.matrices(s);
      for (let m = 1; m <= 8; m++) expect(tValue(c, m), `s=${s} m=${m}`).toBe(bruteForceT(c, m));
    }
  });

  it("equals the brute force on random matrices (seeded), including degenerate ones", () => {
    const rng = new RandomStream(18);
    for (let trial = 0; trial < 40; trial++) {
      const s = 1 + rng.nextBelow(4);
      const m = 1 + rng.nextBelow(6);
      const cols = Array.from({ length: s }, () => Array.from({ length: m }, () => rng.nextBelow(2 ** m)));
      const c = matricesFromColumns(cols, { precision: m }).matrices(s);
      expect(tValue(c, m), JSON.stringify(cols)).toBe(bruteForceT(c, m));
    }
  });

  it("is 0 for van der Corput and m − 1 for a repeated coordinate", () => {
    // van der Corput: column k has its 1 in row k: a (0, m, 1)-net.
    expect(tValue(matricesFromColumns([[8, 4, 2, 1]], { precision: 4 }).matrices(1), 4)).toBe(0);
    // Two equal coordinates: boxes with d_1 + d_2 = m − t need independent rows; row 0 of both is the
    // same, so any d_1, d_2 ≥ 1 fails, and t = m − 1.
    const same = matricesFromColumns(
      [
        [8, 4, 2, 1],
        [8, 4, 2, 1],
      ],
      { precision: 4 },
    ).matrices(2);
    expect(tValue(same, 4)).toBe(3);
    expect(bruteForceT(same, 4)).toBe(3);
  });

  it("handles the largest exact case, s = 12 and m = 20, for Sobol'", () => {
    const t = tValue(joeKuo.matrices(12), 20);
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThanOrEqual(20);
    // Monotone in s: a projection is at least as good.
    expect(tValue(joeKuo.matrices(11), 20)).toBeLessThanOrEqual(t);
  });

  it("refuses beyond the exact range and bad matrices", () => {
    expect(() => tValue(joeKuo.matrices(2), 21)).toThrow(/m must be an integer in \[0, 20\]; got 21 \(tValue is exact/);
    expect(() => tValue(joeKuo.matrices(13), 10)).toThrow(/matrices.dimension must be an integer in \[1, 12\]; got 13/);
    expect(() => tValue(matricesFromColumns([[2, 1]], { precision: 2 }).matrices(1), 3)).toThrow(/at least m = 3 columns; got 2/);
    expect(() => tValue({} as NetMatrices, 3)).toThrow(TypeError);
  });
});
