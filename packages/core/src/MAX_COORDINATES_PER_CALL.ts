/**
 * The most coordinates one `points` / `fill` / `integers` call of a generator writes: 2^31 − 1 (a
 * 16 GiB Float64Array). The generators' kernels index their output with int32 arithmetic, which V8 keeps
 * in registers; a larger window would wrap, so it is refused instead. Stream it in several calls.
 *
 * @example
 * ```ts
 * const rows = Math.floor(MAX_COORDINATES_PER_CALL / (replications * dimension)); // most points per call
 * ```
 */
export const MAX_COORDINATES_PER_CALL = 2 ** 31 - 1;
