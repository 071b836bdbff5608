import { checkRotation } from "../internal/checkObjects.js";
import { fnv1a32Ints } from "../serialization/fnv1a32.js";
import type { Rotation } from "./Rotation.js";

/** Grid of the rounded probe outputs: fine enough to see any real change, coarse enough for last-bit noise. */
const GRID = 2 ** 16;

/**
 * A 32-bit fingerprint of what a rotation actually computes: FNV-1a over (kind, d, rounds) and the
 * outputs of R on a fixed probe vector, rounded to multiples of 2^−16.
 *
 * @param rotation - the rotation.
 * @returns an unsigned 32-bit integer; equal for rotations that compute the same map.
 *
 * @remarks
 * The probe is p_j = ((j + 1) · 2654435761 mod 2^32) / 2^32 − ½ (Knuth's multiplicative hash), stored as
 * float32. A changed seed derivation, PRNG, sign convention or transform changes every output
 * coordinate by O(1/√d) and so the fingerprint; last-bit differences between JavaScript engines (from
 * `Math.cos`/`Math.sin` in the FFT rotation) almost never cross a 2^−16 rounding boundary. Stored in the
 * serialized header and checked on load (the failure mode of turbovec #151: recall → 0 after a
 * dependency changed the rotation silently).
 *
 * @throws TypeError naming rotation when it is not a Rotation.
 * @example
 * ```ts
 * rotationFingerprint(new HadamardRotation(64, { seed: 1 })) === rotationFingerprint(new HadamardRotation(64, { seed: 1 })); // true
 * ```
 */
export function rotationFingerprint(rotation: Rotation): number {
  checkRotation(rotation);
  const d = rotation.dimension;
  const probe = new Float32Array(d);
  for (let j = 0; j < d; j++) probe[j] = (Math.imul(j + 1, 0x9e3779b1) >>> 0) / 2 ** 32 - 0.5;
  rotation.forwardInPlace(probe);
  const ints = new Int32Array(d + 3);
  ints[0] = rotation.kind === "hadamard" ? 1 : 2;
  ints[1] = d;
  ints[2] = rotation.rounds;
  for (let j = 0; j < d; j++) ints[j + 3] = Math.round(probe[j] * GRID);
  return fnv1a32Ints(ints);
}
