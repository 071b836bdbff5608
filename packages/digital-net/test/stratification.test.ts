// Tier 3: every randomization keeps the net. For 2^m consecutive points of an aligned block, each 1-D
// projection has exactly one point in each interval [k/2^m, (k+1)/2^m), and coordinates 1–2 (Sobol'
// dimensions 1 and 2 form a (0, 2)-sequence) give a (0, m, 2)-net: every elementary interval
// [a/2^p, (a+1)/2^p) × [b/2^q, (b+1)/2^q) with p + q = m holds exactly one point.
import { describe, expect, it } from "vitest";
import { DigitalNet, NET_ORDERS, NET_RANDOMIZATIONS } from "../src/index.js";

const m = 10;
const n = 2 ** m;

function oneDimensional(data: Float64Array, d: number, j: number, bits: number): boolean {
  const seen = new Uint8Array(2 ** bits);
  for (let i = 0; i < data.length / d; i++) seen[Math.floor(data[i * d + j] * 2 ** bits)]++;
  return seen.every((c) => c === 1);
}

function elementaryIntervals(data: Float64Array, d: number): boolean {
  for (let p = 0; p <= m; p++) {
    const q = m - p;
    const seen = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const a = Math.floor(data[i * d] * 2 ** p);
      const b = Math.floor(data[i * d + 1] * 2 ** q);
      seen[a * 2 ** q + b]++;
    }
    if (!seen.every((c) => c === 1)) return false;
  }
  return true;
}

describe("randomized nets keep their stratification", () => {
  for (const randomize of NET_RANDOMIZATIONS) {
    for (const order of NET_ORDERS) {
      it(`${randomize}, ${order}: 1-D projections and a (0, ${m}, 2)-net in coordinates 1–2, blocks [0, 2^m) and [3·2^m, 4·2^m)`, () => {
        const d = 6;
        const net = new DigitalNet(d, { randomize, order, seed: 2024, replications: 3 });
        for (const start of [0, 3 * n]) {
          const ps = net.points(start, start + n);
          for (let r = 0; r < 3; r++) {
            const data = ps.replication(r).data;
            for (let j = 0; j < d; j++) expect(oneDimensional(data, d, j, m), `r=${r} j=${j}`).toBe(true);
            expect(elementaryIntervals(data, d), `r=${r}`).toBe(true);
          }
        }
      });
    }
  }

  it("with bits = m exactly, the points are the 2^m grid values in every coordinate", () => {
    const ps = new DigitalNet(3, { bits: m, seed: 1 }).points(n);
    for (const v of ps.data) expect(Number.isInteger(v * n)).toBe(true);
    for (let j = 0; j < 3; j++) expect(oneDimensional(ps.data, 3, j, m)).toBe(true);
  });

  for (const randomize of ["lms-ds", "nus", "none"] as const) {
    it(`alpha = 2, ${randomize}: coordinate 1 interlaces Sobol' dimensions 1–2 and is stratified at every resolution`, () => {
      const ps = new DigitalNet(2, { alpha: 2, randomize, seed: 5 }).points(n);
      for (let k = 1; k <= m; k++) {
        const pts = ps.data.filter((_, i) => i % 2 === 0);
        const seen = new Uint16Array(2 ** k);
        for (const x of pts) seen[Math.floor(x * 2 ** k)]++;
        expect(
          seen.every((c) => c === n / 2 ** k),
          `resolution 2^-${k}`,
        ).toBe(true);
      }
    });
  }
});
