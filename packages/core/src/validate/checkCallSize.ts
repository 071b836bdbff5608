/**
 * The most coordinates one `points` / `fill` call of a generator writes: 2^31 − 1 (a 16 GiB
 * Float64Array). The generators' kernels index their output with int32 arithmetic, which V8 keeps in
 * registers; a larger window would wrap, so it is refused instead. Stream it in several calls.
 */
export const MAX_COORDINATES_PER_CALL = 2 ** 31 - 1;

/**
 * Checks that a call writing `replications · (end − start) · dimension` coordinates stays within
 * {@link MAX_COORDINATES_PER_CALL}.
 *
 * @throws RangeError naming the window and the limit.
 * @example
 * ```ts
 * checkCallSize(1, 0, 2 ** 20, 32); // fine: 2^25 coordinates
 * ```
 */
export function checkCallSize(replications: number, start: number, end: number, dimension: number): void {
  const count = replications * (end - start) * dimension;
  if (count > MAX_COORDINATES_PER_CALL) {
    throw new RangeError(
      `one call may write at most 2^31 − 1 coordinates (replications · (end − start) · dimension); window [${start}, ${end}) with dimension ${dimension} and ${replications} replication(s) gives ${count}: split it into several calls`,
    );
  }
}
