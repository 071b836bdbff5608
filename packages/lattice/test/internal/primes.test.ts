import { describe, expect, it } from "vitest";
import { isPrime, mulMod, powMod, primitiveRoot } from "../../src/internal/primes.js";

describe("primes", () => {
  it("isPrime agrees with a sieve below 10 000", () => {
    const sieve = new Uint8Array(10000).fill(1);
    sieve[0] = sieve[1] = 0;
    for (let p = 2; p * p < 10000; p++) if (sieve[p]) for (let q = p * p; q < 10000; q += p) sieve[q] = 0;
    for (let n = 0; n < 10000; n++) expect(isPrime(n), `n=${n}`).toBe(sieve[n] === 1);
    expect(isPrime(2147483647)).toBe(true);
    expect(isPrime(2147483649)).toBe(false);
  });

  it("mulMod and powMod are exact near 2^32 (checked with BigInt)", () => {
    const n = 4294967291; // the largest prime below 2^32
    for (const [a, b] of [
      [n - 1, n - 1],
      [123456789, 987654321],
      [2 ** 31, 2 ** 31 + 5],
    ]) {
      expect(mulMod(a, b, n)).toBe(Number((BigInt(a) * BigInt(b)) % BigInt(n)));
    }
    expect(powMod(3, n - 1, n)).toBe(1); // Fermat
    expect(powMod(7, 12345, 1000003)).toBe(Number(7n ** 12345n % 1000003n));
  });

  it("primitiveRoot generates the whole unit group (by enumeration) and is the smallest such", () => {
    for (const n of [3, 5, 7, 11, 13, 31, 101, 1021, 4093]) {
      const g = primitiveRoot(n);
      const seen = new Set<number>();
      let x = 1;
      for (let t = 0; t < n - 1; t++) {
        seen.add(x);
        x = (x * g) % n;
      }
      expect(seen.size, `n=${n}`).toBe(n - 1);
      for (let h = 2; h < g; h++) {
        let order = 1;
        for (let y = h; y !== 1; y = (y * h) % n) order++;
        expect(order).toBeLessThan(n - 1);
      }
    }
    expect(primitiveRoot(2)).toBe(1);
  });
});
