import { describe, expect, it } from "vitest";
import { firstPrimes } from "../src/index.js";

function isPrime(p: number): boolean {
  if (p < 2) return false;
  for (let q = 2; q * q <= p; q++) if (p % q === 0) return false;
  return true;
}

describe("firstPrimes", () => {
  it("gives 2, 3, 5, 7, 11 and the 1000th prime 7919", () => {
    expect(Array.from(firstPrimes(5))).toEqual([2, 3, 5, 7, 11]);
    expect(firstPrimes(1000)[999]).toBe(7919);
    expect(firstPrimes(0).length).toBe(0);
  });

  it("lists every prime up to the last one, in order, for many counts", () => {
    for (const count of [1, 2, 6, 7, 100, 360, 1000, 5000]) {
      const ps = firstPrimes(count);
      expect(ps.length).toBe(count);
      let k = 0;
      for (let p = 2; p <= ps[count - 1]; p++) if (isPrime(p)) expect(ps[k++]).toBe(p);
      expect(k).toBe(count);
    }
  });

  it("rejects a bad count naming it", () => {
    expect(() => firstPrimes(-1)).toThrow(/^count must be an integer/);
    expect(() => firstPrimes(2.5)).toThrow(RangeError);
    expect(() => firstPrimes("3" as unknown as number)).toThrow(TypeError);
  });
});
