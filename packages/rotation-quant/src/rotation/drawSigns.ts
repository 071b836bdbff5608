import { formatValue, RandomStream } from "@qmckit/core";

/**
 * Fills `out` with random signs ±1, one `nextUint32()` draw per entry: −1 when the draw's top bit is set.
 * (The top bit, not the low ones: the low bits of xoroshiro128+ are its weakest.)
 *
 * @param stream - the random stream to draw from (advanced by out.length draws).
 * @param out - receives the signs.
 * @returns `out`.
 *
 * @throws TypeError naming stream (not a RandomStream) or out (not a Float32Array / Float64Array).
 * @example
 * ```ts
 * drawSigns(new RandomStream(1), new Float32Array(8)); // e.g. [1, -1, -1, 1, …]
 * ```
 */
export function drawSigns<T extends Float32Array | Float64Array>(stream: RandomStream, out: T): T {
  if (!(stream instanceof RandomStream)) throw new TypeError(`stream must be a RandomStream; got ${formatValue(stream)}`);
  if (!(out instanceof Float32Array || out instanceof Float64Array)) {
    throw new TypeError(`out must be a Float32Array or Float64Array; got ${formatValue(out)}`);
  }
  for (let i = 0; i < out.length; i++) out[i] = stream.nextUint32() >>> 31 ? -1 : 1;
  return out;
}
