import { formatValue, validateInteger } from "@qmckit/core";
/**
 * A bit-packed table of Sobol' direction numbers in the Joe–Kuo format (degree s, coefficients a,
 * initial numbers m_1 … m_s per dimension from the second on), as written by
 * `scripts/build-joe-kuo.mjs`; decoded by {@link decodeDirectionNumbers}.
 *
 * @example
 * ```ts
 * import { JOE_KUO_1024 } from "./data/joeKuo1024.js";
 * decodeDirectionNumbers(JOE_KUO_1024, 3)[2]; // { s: 2, a: 1, m: [1, 3] }: the third coordinate
 * ```
 */
export interface DirectionNumbers {
  readonly name: string;
  /** Number of dimensions, the first (van der Corput) included. */
  readonly maxDimension: number;
  /** Base64 of the bit stream described in `scripts/build-joe-kuo.mjs`. */
  readonly data: string;
}

/** Primitive polynomial and initial direction numbers of one Sobol' coordinate (s = 0: van der Corput). */
export interface SobolParameters {
  readonly s: number;
  readonly a: number;
  readonly m: readonly number[];
}

/**
 * Decodes the parameters of the first `count` dimensions of a packed table (coordinate 0 is the van der
 * Corput sequence, `{ s: 0, a: 0, m: [] }`).
 *
 * @param table - a packed table.
 * @param count - number of dimensions to decode, an integer in [0, `table.maxDimension`].
 * @returns `count` parameter records.
 * @throws TypeError when `table` is not a packed table; RangeError naming `count` out of range, or
 *   `table.data` when it decodes to a degree-0 polynomial beyond coordinate 0 (corrupt data).
 *
 * @example
 * ```ts
 * decodeDirectionNumbers(JOE_KUO_1024, 4)[3]; // { s: 3, a: 1, m: [1, 3, 1] }: line "4 3 1 1 3 1" of the file
 * ```
 */
export function decodeDirectionNumbers(table: DirectionNumbers, count: number): SobolParameters[] {
  checkDirectionNumbers(table);
  validateInteger("count", count, 0, table.maxDimension, `the dimensions of ${table.name}`);
  const text = table.data;
  let pos = 0;
  // Reads straight from the base64 text (6 bits per character), so only the needed prefix is decoded.
  const read = (width: number): number => {
    let v = 0;
    for (let b = 0; b < width; b++, pos++) {
      const sextet = SEXTET[text.charCodeAt((pos / 6) | 0) & 127];
      v = v * 2 + ((sextet >>> (5 - (pos % 6))) & 1);
    }
    return v;
  };
  const out: SobolParameters[] = count === 0 ? [] : [{ s: 0, a: 0, m: [] }];
  for (let j = 1; j < count; j++) {
    const s = read(5);
    if (s === 0) throw new RangeError(`table.data is not a packed Sobol' table: coordinate ${j} has degree 0`);
    const a = read(s - 1);
    const m = [1];
    for (let k = 2; k <= s; k++) m.push(2 * read(k - 1) + 1);
    out.push({ s, a, m });
  }
  return out;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const SEXTET = new Uint8Array(128);
for (let i = 0; i < 64; i++) SEXTET[ALPHABET.charCodeAt(i)] = i;

/**
 * Checks the kind of a {@link DirectionNumbers} table (its data is decoded lazily, by
 * {@link decodeDirectionNumbers}).
 * @throws TypeError naming `table`.
 * @internal
 */
export function checkDirectionNumbers(table: unknown): asserts table is DirectionNumbers {
  const t = table as DirectionNumbers | null;
  if (
    t === null ||
    typeof t !== "object" ||
    typeof t.data !== "string" ||
    !Number.isInteger(t.maxDimension) ||
    t.maxDimension < 0
  ) {
    throw new TypeError(`table must be a packed table { name, maxDimension, data }; got ${formatValue(table)}`);
  }
}
