import { checkCallSize } from "./internal/checkCallSize.js";
import { checkOutput } from "./internal/checkOutput.js";
import { resolveWindow } from "./internal/resolveWindow.js";
import { checkMemory } from "./memoryBudget.js";
import { PointSet } from "./PointSet.js";
import type { Sequence } from "./Sequence.js";
import { validateInteger } from "./validate/validateInteger.js";

/**
 * What {@link resolveCall} needs to know of a generator: its capacity and its output shape. Every
 * {@link Sequence} has these fields, so a generator passes itself.
 * @example
 * ```ts
 * const shape: GeneratorShape = { maxPoints: 2 ** 32, replications: 1, dimension: 8 };
 * ```
 */
export interface GeneratorShape {
  /** Capacity: indices must satisfy `0 ≤ start ≤ end ≤ maxPoints`. */
  readonly maxPoints: number;
  /** The leading axis of every output. */
  readonly replications: number;
  /** Coordinates per point. */
  readonly dimension: number;
}

/**
 * A checked window of one generator call, from {@link resolveCall}.
 * @example
 * ```ts
 * const { start, end, n, length } = resolveCall(generator, 0, 1024); // length = replications · 1024 · dimension
 * ```
 */
export interface GeneratorCall {
  /** First index, inclusive. */
  readonly start: number;
  /** Last index, exclusive. */
  readonly end: number;
  /** Points per replication: `end − start`. */
  readonly n: number;
  /** Coordinates the call writes: `replications · n · dimension`, at most {@link MAX_COORDINATES_PER_CALL}. */
  readonly length: number;
}

/**
 * A typed-array constructor the generators allocate their outputs with.
 * @example
 * ```ts
 * const type: TypedArrayType<Uint32Array> = Uint32Array;
 * ```
 */
export type TypedArrayType<T> = new (length: number) => T;

/**
 * Resolves the arguments of `points(n)` / `points(start, end)` (or of any method that takes a window)
 * against a generator's capacity and checks the call-size limit: the first step of every generator call.
 *
 * @param generator - capacity and output shape.
 * @param startOrN - `n` when `end` is omitted (the window [0, n)), else `start`.
 * @param end - end of the window, exclusive.
 * @throws TypeError for a non-number; RangeError naming `n`, `start` or `end` with the capacity, or the
 *   window when it holds more than {@link MAX_COORDINATES_PER_CALL} coordinates.
 * @example
 * ```ts
 * resolveCall({ maxPoints: 2 ** 32, replications: 2, dimension: 3 }, 8, 16); // { start: 8, end: 16, n: 8, length: 48 }
 * ```
 */
export function resolveCall(generator: GeneratorShape, startOrN: unknown, end?: unknown): GeneratorCall {
  const [start, stop] = resolveWindow(startOrN, end, generator.maxPoints);
  checkCallSize(generator.replications, start, stop, generator.dimension);
  const n = stop - start;
  return { start, end: stop, n, length: generator.replications * n * generator.dimension };
}

/**
 * Allocates the output of a checked call: `new type(call.length)`, where an allocation the engine
 * refuses (out of memory) becomes a RangeError that names the window, instead of the engine's
 * "Array buffer allocation failed".
 *
 * @param type - `Float64Array` for points, `Uint32Array` for integer forms, …
 * @param call - the window, from {@link resolveCall}.
 * @throws RangeError naming the window and the size when the allocation fails.
 * @example
 * ```ts
 * const call = resolveCall(generator, start, end);
 * const hi = allocateCall(Uint32Array, call);
 * ```
 */
export function allocateCall<T>(type: TypedArrayType<T>, call: GeneratorCall): T {
  return allocateArray(
    type,
    call.length,
    `window [${call.start}, ${call.end})`,
    "coordinates",
    "split it into several calls or fill a buffer of your own",
  );
}

/**
 * Allocates a typed array of a size the caller controls (a window, or a generator's per-replication and
 * per-coordinate state), turning an allocation the engine refuses into a RangeError that names what was
 * being allocated, instead of the engine's "Array buffer allocation failed". {@link allocateCall} is this
 * for the output of a call.
 *
 * @param type - the typed-array constructor.
 * @param length - number of elements.
 * @param what - what is allocated, for the message, e.g. `"the shifts of 65536 replications × 3600 coordinates"`.
 * @param unit - what one element is, for the message; default `"elements"`.
 * @param advice - what to do instead, appended to the message.
 * @throws RangeError naming `what` and the bytes it needs when they exceed {@link MEMORY_BUDGET_BYTES} (checked
 *   before allocating), or the engine's reason when the allocation fails.
 * @example
 * ```ts
 * const seeds = allocateArray(Float64Array, replications * dimension, "the scramble seeds");
 * ```
 */
export function allocateArray<T>(type: TypedArrayType<T>, length: number, what: string, unit = "elements", advice?: string): T {
  checkMemory(
    `${what} (${length} ${unit})`,
    length * ((type as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 8),
    advice,
  );
  try {
    return new type(length);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const bytes = length * ((type as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 8);
    throw new RangeError(
      `${what} needs ${length} ${unit} (${(bytes / 2 ** 30).toFixed(1)} GiB) and the allocation failed (${e.message})${advice ? `; ${advice}` : ""}`,
    );
  }
}

/**
 * The whole of a generator's `points(n)` / `points(start, end)`: resolves and checks the window
 * ({@link resolveCall}), allocates the output ({@link allocateCall}), lets `fill` write the points into
 * it (layout `[replication][i − start][j]`) and returns them as a {@link PointSet}. Every qmckit
 * generator implements `points` with it, so that windows, the call-size limit and allocation errors
 * behave alike.
 *
 * @param fill - writes the points of the checked window [start, end) into `out` (exactly `length` long).
 * @example
 * ```ts
 * points(startOrN: number, end?: number): PointSet {
 *   return generatePoints(this, startOrN, end, (out, a, b) => this.#fill(out, a, b));
 * }
 * ```
 */
export function generatePoints(
  generator: GeneratorShape,
  startOrN: unknown,
  end: unknown,
  fill: (out: Float64Array, start: number, end: number) => void,
): PointSet {
  const call = resolveCall(generator, startOrN, end);
  const out = allocateCall(Float64Array, call);
  fill(out, call.start, call.end);
  return new PointSet(out, generator.replications, call.n, generator.dimension);
}

/**
 * The whole of a generator's `fill(out, start, end)`: resolves and checks the window, checks that `out`
 * is a Float64Array of length `replications · (end − start) · dimension`, lets `fill` write into it and
 * returns it.
 *
 * @throws TypeError when `out` is not a Float64Array; RangeError for a bad window or length.
 * @example
 * ```ts
 * fill(out: Float64Array, start: number, end: number): Float64Array {
 *   return generateInto(this, out, start, end, (o, a, b) => this.#fill(o, a, b));
 * }
 * ```
 */
export function generateInto(
  generator: GeneratorShape,
  out: Float64Array,
  start: number,
  end: number,
  fill: (out: Float64Array, start: number, end: number) => void,
): Float64Array {
  const call = resolveCall(generator, start, end);
  checkOutput(out, call.length);
  fill(out, call.start, call.end);
  return out;
}

/**
 * The body of a generator's `fillReplication(out, replication, start, end)`: validates `replication`
 * (an integer in [0, replications − 1]), the window (as {@link generateInto}) and `out` (a Float64Array
 * of exactly `(end − start) · dimension` values, one replication), then calls `fill(out, replication,
 * start, end)` and returns `out`.
 *
 * @throws RangeError / TypeError naming `replication`, the window or `out`.
 * @example
 * ```ts
 * fillReplication(out: Float64Array, replication: number, start: number, end: number): Float64Array {
 *   return generateReplicationInto(this, out, replication, start, end, (o, r, a, b) => this.#fillOne(o, 0, r, a, b));
 * }
 * ```
 */
export function generateReplicationInto(
  generator: GeneratorShape,
  out: Float64Array,
  replication: number,
  start: number,
  end: number,
  fill: (out: Float64Array, replication: number, start: number, end: number) => void,
): Float64Array {
  const r = validateInteger("replication", replication, 0, generator.replications - 1);
  const call = resolveCall({ maxPoints: generator.maxPoints, replications: 1, dimension: generator.dimension }, start, end);
  checkOutput(out, call.length);
  fill(out, r, call.start, call.end);
  return out;
}
