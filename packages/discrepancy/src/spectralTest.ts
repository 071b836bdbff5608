import { formatValue, validateInteger } from "@qmckit/core";
import { shortestVector } from "./internal/shortestVector.js";

/** Result of {@link spectralTest}. */
export interface SpectralTestResult {
  /** A shortest nonzero h with h·z ≡ 0 (mod n) (the sign is arbitrary). */
  readonly shortestVector: number[];
  /** ‖h‖₂², an exact integer. */
  readonly squaredLength: number;
  /** Its Euclidean length ℓ = ‖h‖₂. */
  readonly length: number;
  /** 1/ℓ: the largest distance between adjacent parallel hyperplanes that cover the points. Smaller is better. */
  readonly hyperplaneDistance: number;
  /**
   * ℓ / (γ_d^{1/2} n^{1/d}) ∈ (0, 1], with γ_d the Hermite constant (known exactly for d ≤ 8): 1 is the
   * best any lattice of n points can do. `null` for d > 8.
   */
  readonly normalized: number | null;
}

/** γ_d^d, the d-th power of the Hermite constant, for d = 1 … 8. */
const HERMITE_POWER = [1, 4 / 3, 2, 4, 8, 64 / 3, 64, 256];

/** Largest dimension {@link spectralTest} accepts (the enumeration is exponential in d). */
export const SPECTRAL_TEST_MAX_DIMENSION = 16;

/**
 * The spectral test of the rank-1 lattice {k z / n mod 1 : k = 0 … n − 1}: the shortest nonzero vector
 * of its dual lattice L⊥ = {h ∈ ℤ^d : h·z ≡ 0 (mod n)}.
 *
 * @param generatingVector - z, d ≤ 16 integers with at least one component coprime with n.
 * @param n - number of points, an integer in [2, 2^32].
 * @returns see {@link SpectralTestResult}.
 * @throws RangeError for n or d out of range, or when no component of z is coprime with n.
 *
 * @remarks
 * The points lie on the family of parallel hyperplanes {x : h·x ∈ ℤ} for every h ∈ L⊥; the families
 * are 1/‖h‖ apart, so a short dual vector means few, widely spaced hyperplanes (Coveyou–MacLaren,
 * Knuth TAOCP vol. 2 §3.3.4; for lattice rules Sloan & Joe 1994, and the figure of merit of
 * LatNet Builder). The dual basis is (n, 0, …, 0) and e_j − (z_j z_1^{−1} mod n) e_1 after moving a
 * component coprime with n first; it is LLL-reduced and then a Fincke–Pohst enumeration finds the
 * shortest vector exactly (lengths compared in exact integer arithmetic).
 *
 * @example
 * ```ts
 * // The Fibonacci lattice n = 89, z = (1, 55), among the best 2-D lattices:
 * const r = spectralTest([1, 55], 89);
 * r.shortestVector; // [8, −5] (8 + (−5)·55 = −267 = −3·89), squaredLength 89
 * r.normalized;     // 0.9306: √89 / (γ_2^{1/2} 89^{1/2}) with γ_2 = (4/3)^{1/2}
 * ```
 */
export function spectralTest(generatingVector: ArrayLike<number>, n: number): SpectralTestResult {
  validateInteger("n", n, 2, 2 ** 32);
  if (generatingVector === null || typeof generatingVector !== "object" || typeof generatingVector.length !== "number") {
    throw new TypeError(`generatingVector must be an array of integers; got ${formatValue(generatingVector)}`);
  }
  const d = generatingVector.length;
  validateInteger("generatingVector.length", d, 1, SPECTRAL_TEST_MAX_DIMENSION);
  const z: number[] = [];
  for (let j = 0; j < d; j++) {
    const v = generatingVector[j];
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
      throw new RangeError(`generatingVector[${j}] must be a non-negative integer; got ${formatValue(v)}`);
    }
    z.push(v % n);
  }
  const lead = z.findIndex((v) => gcd(v, n) === 1);
  if (lead < 0) {
    throw new RangeError(`generatingVector must have a component coprime with n = ${n}; got [${z.join(", ")}]`);
  }
  const order = [lead, ...z.keys()].filter((j, i) => i === 0 || j !== lead);
  const inv = modInverse(z[lead], n);
  const basis = new Float64Array(d * d);
  basis[0] = n;
  for (let r = 1; r < d; r++) {
    // e_r − (z_r z_lead^{−1} mod n) e_0, in the permuted coordinates.
    basis[r * d] = -mulMod(z[order[r]], inv, n);
    basis[r * d + r] = 1;
  }
  const { vector, squaredLength } = shortestVector(basis, d);
  const h = new Array<number>(d);
  for (let r = 0; r < d; r++) h[order[r]] = vector[r] + 0; // + 0 turns −0 into 0
  const length = Math.sqrt(squaredLength);
  return {
    shortestVector: h,
    squaredLength,
    length,
    hyperplaneDistance: 1 / length,
    normalized: d <= 8 ? length / Math.sqrt(HERMITE_POWER[d - 1] ** (1 / d) * n ** (2 / d)) : null,
  };
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** a·b mod n exactly for a, b < n ≤ 2^32 (BigInt: the product exceeds 2^53). */
function mulMod(a: number, b: number, n: number): number {
  return Number((BigInt(a) * BigInt(b)) % BigInt(n));
}

/** a^{−1} mod n for gcd(a, n) = 1 (extended Euclid). */
function modInverse(a: number, n: number): number {
  let [r0, r1] = [n, a % n];
  let [t0, t1] = [0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return ((t0 % n) + n) % n;
}
