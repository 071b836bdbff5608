import { formatValue } from "../validate/formatValue.js";

/**
 * The one check the scalar special functions make: every argument is a number. Values outside a
 * function's domain give NaN (CONVENTIONS 9); another kind (a bigint, a string) is a TypeError naming the
 * parameter rather than an engine error or a silent coercion.
 */
export function checkNumbers(names: readonly string[], values: readonly unknown[]): void {
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] !== "number")
      throw new TypeError(`${names[i]} must be a number; got ${formatValue(values[i])} (${typeof values[i]})`);
  }
}
