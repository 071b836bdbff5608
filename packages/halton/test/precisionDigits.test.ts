import { describe, expect, it } from "vitest";
import { firstPrimes, indexDigits, precisionDigits } from "../src/index.js";
import { digitPlan } from "../src/internal/digitPlan.js";

describe("precisionDigits / indexDigits", () => {
  it("are ⌈53 / log2 b⌉ and ⌈32 / log2 b⌉: 53 and 32 for base 2, 34 and 21 for base 3, 5 and 3 for 7919", () => {
    expect([precisionDigits(2), indexDigits(2)]).toEqual([53, 32]);
    expect([precisionDigits(3), indexDigits(3)]).toEqual([34, 21]);
    expect([precisionDigits(7919), indexDigits(7919)]).toEqual([5, 3]);
  });

  it("is the least K with b^K ≥ 2^53 (and m with b^m ≥ 2^32), checked in BigInt for the first 1000 primes", () => {
    for (const b of firstPrimes(1000)) {
      const B = BigInt(b);
      const K = precisionDigits(b);
      const m = indexDigits(b);
      expect(B ** BigInt(K) >= 2n ** 53n && B ** BigInt(K - 1) < 2n ** 53n).toBe(true);
      expect(B ** BigInt(m) >= 2n ** 32n && B ** BigInt(m - 1) < 2n ** 32n).toBe(true);
    }
  });

  it("digitPlan splits the digits into two parts that are exact integers below 2^53, with m ≥ split", () => {
    for (const b of firstPrimes(1000)) {
      const p = digitPlan(b);
      const B = BigInt(b);
      expect(B ** BigInt(p.split) <= 2n ** 53n).toBe(true);
      expect(B ** BigInt(p.digits - p.split) <= 2n ** 53n).toBe(true);
      expect(p.indexDigits >= p.split).toBe(true);
      expect(p.scaleU).toBe(1 / b ** p.split);
    }
  });

  it("rejects a bad base", () => {
    expect(() => precisionDigits(1)).toThrow(/^base must be an integer in \[2, 65536\]/);
    expect(() => indexDigits(2.5)).toThrow(RangeError);
  });
});
