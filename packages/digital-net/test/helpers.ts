import { readFileSync } from "node:fs";

/** Reads a JSON fixture of this package (test/fixtures). */
export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as T;
}

/** An MSB-aligned word pair (hi, lo) as the BigInt hi·2^32 + lo. */
export function word(hi: number, lo: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/** Exact equality of two numeric arrays, reporting the first mismatch. */
export function firstMismatch(a: ArrayLike<number>, b: ArrayLike<number>): string | undefined {
  if (a.length !== b.length) return `length ${a.length} vs ${b.length}`;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return `index ${i}: ${a[i]} vs ${b[i]}`;
  return undefined;
}
