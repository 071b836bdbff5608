import { formatValue, validateOptions } from "@qmckit/core";

/**
 * Result of {@link parseGeneratingVector}.
 * @example
 * ```ts
 * const { generatingVector, n, mMax, declaredDimension } = parseGeneratingVector("2\n16\n1\n5\n");
 * // [1, 5], 16, 4, 2
 * ```
 */
export interface ParsedGeneratingVector {
  /** The components, in file order (component j + 1 at index j). */
  generatingVector: Uint32Array;
  /** The number of points n of the header (the modulus), or null without a header. */
  n: number | null;
  /** log2 n when the header's n is a power of two (pass it as `mMax` to {@link Lattice}), else null. */
  mMax: number | null;
  /** The dimension the header declares, or null without a header (see remarks). */
  declaredDimension: number | null;
}

/**
 * Options of {@link parseGeneratingVector}.
 * @example
 * ```ts
 * parseGeneratingVector("1\n5\n9\n", { header: false }).generatingVector; // [1, 5, 9]
 * ```
 */
export interface ParseGeneratingVectorOptions {
  /** Whether the first two values are the header `s` (dimension) and `n` (points); default true. */
  header?: boolean;
}

const INTEGER = /^[0-9]+$/;

/**
 * Parses a generating vector in the text format of the LDData collection (and of F. Kuo's and
 * D. Nuyens's lattice files), so that users can load vectors we do not ship.
 *
 * @param text - the file contents. Everything from `#` or `%` to the end of a line is a comment;
 *   blank lines are skipped; every other line holds one non-negative integer. With a header (default)
 *   the first two values are the dimension s and the number of points n, and the rest are the
 *   components z_1, z_2, …; without one every value is a component.
 * @param options - `{ header }`, see {@link ParseGeneratingVectorOptions}.
 * @returns the components and the header's n (with mMax = log2 n for a power of two).
 * @throws TypeError when `text` is not a string; RangeError naming the line for a value that is not an
 *   integer in [0, 2^32 − 1], a line with more than one value, or a file without components.
 * @remarks
 * The header's dimension is reported as `declaredDimension` but not enforced: published files disagree
 * with their own headers (LDData's `mps.exod2_base2_m20_CKN.txt` declares 8 and lists 250 components),
 * so every listed component is returned and the caller chooses how many to use.
 * @example
 * ```ts
 * const text = "# lattice\n3 # dimensions\n1024 # 2^10\n1\n433\n229\n";
 * const { generatingVector, mMax } = parseGeneratingVector(text);
 * // generatingVector = Uint32Array [1, 433, 229], mMax = 10
 * const lattice = new Lattice(3, { generatingVector, mMax: mMax ?? 10 });
 * ```
 */
export function parseGeneratingVector(text: string, options?: ParseGeneratingVectorOptions): ParsedGeneratingVector {
  const { header = true } = validateOptions("options", options, ["header"]);
  if (typeof text !== "string") throw new TypeError(`text must be a string; got ${formatValue(text)}`);
  if (typeof header !== "boolean") throw new TypeError(`header must be a boolean; got ${formatValue(header)}`);
  const values: number[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const content = lines[i].replace(/[#%].*$/, "").trim();
    if (content === "") continue;
    if (/\s/.test(content)) {
      throw new RangeError(`line ${i + 1} must hold one integer (and optionally a comment); got ${formatValue(content)}`);
    }
    const v = Number(content);
    if (!INTEGER.test(content) || v > 2 ** 32 - 1) {
      throw new RangeError(`line ${i + 1} must hold an integer in [0, 4294967295]; got ${formatValue(content)}`);
    }
    values.push(v);
  }
  const first = header ? 2 : 0;
  if (values.length <= first) {
    throw new RangeError(
      `text must list at least one component${header ? " after the header lines (dimension, n)" : ""}; found ${values.length} value(s)`,
    );
  }
  const n = header ? values[1] : null;
  const mMax = n !== null && n > 0 && 2 ** Math.round(Math.log2(n)) === n ? Math.round(Math.log2(n)) : null;
  return {
    generatingVector: Uint32Array.from(values.slice(first)),
    n,
    mMax,
    declaredDimension: header ? values[0] : null,
  };
}
