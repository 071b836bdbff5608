/**
 * Order of the points of a digital net: `'natural'` — point i is `C · digits(i)` (radical-inverse order,
 * the order of the fast digital kernels, extensible in every window); `'gray'` — point i is
 * `C · digits(i ⊕ ⌊i/2⌋)` (Gray-code order, as returned by `scipy.stats.qmc.Sobol`).
 */
export type NetOrder = "natural" | "gray";

/**
 * Every valid {@link NetOrder} value (the `order` option of {@link DigitalNet}), in the order error
 * messages list them.
 * @example
 * ```ts
 * NET_ORDERS.includes("gray"); // true
 * ```
 */
export const NET_ORDERS: readonly NetOrder[] = Object.freeze(["natural", "gray"] as NetOrder[]);

/**
 * The Gray code `i ⊕ ⌊i/2⌋` of an integer index 0 ≤ i < 2^32: consecutive codes differ in one bit.
 *
 * @example
 * ```ts
 * grayCode(2); // 3
 * grayCode(2 ** 32 - 1); // 2147483648
 * ```
 */
export function grayCode(i: number): number {
  return (i ^ (i >>> 1)) >>> 0;
}
