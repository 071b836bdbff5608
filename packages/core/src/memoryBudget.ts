import { formatValue } from "./validate/formatValue.js";

/**
 * The most memory one call of a qmckit function may ask for at once, in bytes: 4 GiB. Every allocation
 * whose size a caller controls (points, integer forms, `toRows`, `spawn`, replications, the d × d factors
 * of Gaussian measures, …) is checked against it before any work starts, because an engine that grants
 * a larger typed array lazily can still kill the process (out of memory, exit 134) when it is touched.
 * Larger jobs stream: `fill` a buffer of your own in several windows.
 *
 * @example
 * ```ts
 * const rows = Math.floor(MEMORY_BUDGET_BYTES / (8 * dimension)); // most float64 points one call may return
 * ```
 */
export const MEMORY_BUDGET_BYTES = 2 ** 32;

function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  return `${bytes} bytes`;
}

/**
 * Checks that `bytes` fits the {@link MEMORY_BUDGET_BYTES} of one call, before anything is allocated.
 *
 * @param what - what would be allocated, starting with the parameter responsible, e.g.
 *   `"window [0, 2147483647)"` or `"dimension 65536 (the d × d covariance factors)"`.
 * @param bytes - the bytes it would need.
 * @param advice - what to do instead, appended to the message.
 * @param budget - the budget to hold it to, default {@link MEMORY_BUDGET_BYTES}; objects of the engine's
 *   collected heap (nested arrays), whose default limit is lower, use a fraction of it.
 * @throws RangeError naming `what`, the bytes it needs and the budget.
 * @example
 * ```ts
 * checkMemory(`dimension ${d} (the d × d covariance factors)`, 3 * 8 * d * d);
 * ```
 */
export function checkMemory(what: string, bytes: number, advice?: string, budget = MEMORY_BUDGET_BYTES): void {
  if (!(bytes <= budget)) {
    throw new RangeError(
      `${what} would need ${Number.isFinite(bytes) ? formatBytes(bytes) : formatValue(bytes)} (${bytes} bytes), more than the memory budget of one call (${formatBytes(budget)})${advice ? `; ${advice}` : ""}`,
    );
  }
}
