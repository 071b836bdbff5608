/**
 * The exact integer form of digital-net points (for the digital kernels): coordinate j of point i of
 * replication r is the binary fraction `(hi[k] · 2^32 + lo[k]) · 2^−64` with k = (r·n + i)·dimension + j,
 * words MSB-aligned: only the first `bits` bits can be nonzero. QMCPy's `return_binary` integer with
 * t = bits is `(hi · 2^32 + lo) >> (64 − bits)` ({@link integerValues}).
 */
export interface NetIntegers {
  /** Bits 1–32 of each coordinate (the first binary digits). */
  readonly hi: Uint32Array;
  /** Bits 33–64 of each coordinate (zero when `bits ≤ 32`). */
  readonly lo: Uint32Array;
  /** Significant bits per coordinate, 1–64. */
  readonly bits: number;
  readonly replications: number;
  readonly n: number;
  readonly dimension: number;
}

/**
 * The points of a {@link NetIntegers} as `bits`-bit integers: `x · 2^bits` (QMCPy's `return_binary`).
 *
 * @param ints - integer points.
 * @returns a BigUint64Array of the same layout.
 *
 * @example
 * ```ts
 * const ints = new DigitalNet(2, { randomize: "none", bits: 32 }).integers(0, 2);
 * integerValues(ints); // [0n, 0n, 2147483648n, 2147483648n]
 * ```
 */
export function integerValues(ints: NetIntegers): BigUint64Array {
  const out = new BigUint64Array(ints.hi.length);
  const shift = BigInt(64 - ints.bits);
  for (let i = 0; i < out.length; i++) out[i] = ((BigInt(ints.hi[i]) << 32n) | BigInt(ints.lo[i])) >> shift;
  return out;
}
