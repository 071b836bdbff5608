import { MAX_COORDINATES_PER_CALL } from "../MAX_COORDINATES_PER_CALL.js";

/**
 * Checks that a call writing `replications · (end − start) · dimension` coordinates stays within
 * {@link MAX_COORDINATES_PER_CALL}.
 *
 * @throws RangeError naming the window, the count and the limit.
 */
export function checkCallSize(replications: number, start: number, end: number, dimension: number): void {
  const count = replications * (end - start) * dimension;
  if (count > MAX_COORDINATES_PER_CALL) {
    throw new RangeError(
      `window [${start}, ${end}) must hold at most 2^31 − 1 coordinates per call; got replications · (end − start) · dimension = ${replications} · ${end - start} · ${dimension} = ${count} (split it into several calls)`,
    );
  }
}
