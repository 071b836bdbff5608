/** a·b mod n for integers 0 ≤ a, b < n < 2^32, exact in binary64 (split b into 16-bit halves). */
export function mulMod(a: number, b: number, n: number): number {
  const high = Math.floor(b / 65536);
  const low = b - high * 65536;
  return (((a * high) % n) * 65536 + a * low) % n;
}

/** b^e mod n by square-and-multiply. */
export function powMod(b: number, e: number, n: number): number {
  let result = 1 % n;
  let base = b % n;
  while (e > 0) {
    if (e % 2 === 1) result = mulMod(result, base, n);
    base = mulMod(base, base, n);
    e = Math.floor(e / 2);
  }
  return result;
}

/** Whether the integer n ≥ 0 is prime (trial division; n ≤ 2^32). */
export function isPrime(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let p = 3; p * p <= n; p += 2) if (n % p === 0) return false;
  return true;
}

/** The distinct prime factors of an integer m ≥ 1. */
function primeFactors(m: number): number[] {
  const factors: number[] = [];
  for (let p = 2; p * p <= m; p++) {
    if (m % p === 0) {
      factors.push(p);
      while (m % p === 0) m /= p;
    }
  }
  if (m > 1) factors.push(m);
  return factors;
}

/** The smallest primitive root of the prime n (a generator of the multiplicative group mod n). */
export function primitiveRoot(n: number): number {
  if (n === 2) return 1;
  const factors = primeFactors(n - 1);
  for (let g = 2; ; g++) {
    if (factors.every((q) => powMod(g, (n - 1) / q, n) !== 1)) return g;
  }
}
