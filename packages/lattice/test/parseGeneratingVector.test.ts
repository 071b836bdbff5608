import { describe, expect, it } from "vitest";
import { Lattice, parseGeneratingVector } from "../src/index.js";

/** The layout of LDData's lattice files (comment lines, a commented header, one component per line). */
const LDDATA_STYLE = `
# lattice
# An example vector in the LDData layout (values made up for this test)
4 # dimensions
1024 # 2^10
# coordinates of the generating vector, starting at j=1:
1
433
229
347
`;

describe("parseGeneratingVector", () => {
  it("reads the LDData layout: header s and n, comments after values, one component per line", () => {
    expect(parseGeneratingVector(LDDATA_STYLE)).toEqual({
      generatingVector: Uint32Array.of(1, 433, 229, 347),
      n: 1024,
      mMax: 10,
      declaredDimension: 4,
    });
  });

  it("accepts % comments, CRLF line ends, a byte-order mark and surrounding blanks", () => {
    const text = "\uFEFF% Nuyens style\r\n  3  \r\n 4096 % n\r\n\r\n1\r\n  1487 \r\n 1017\r\n";
    const parsed = parseGeneratingVector(text);
    expect(Array.from(parsed.generatingVector)).toEqual([1, 1487, 1017]);
    expect(parsed.mMax).toBe(12);
  });

  it("reports a non-power-of-two n with mMax null, and returns every component whatever the header declares", () => {
    const parsed = parseGeneratingVector("8\n1021\n1\n76\n");
    expect(parsed).toEqual({ generatingVector: Uint32Array.of(1, 76), n: 1021, mMax: null, declaredDimension: 8 });
  });

  it("reads a plain list with header: false", () => {
    expect(parseGeneratingVector("1\n5\n# tail\n9", { header: false })).toEqual({
      generatingVector: Uint32Array.of(1, 5, 9),
      n: null,
      mMax: null,
      declaredDimension: null,
    });
  });

  it("feeds a Lattice directly", () => {
    const { generatingVector, mMax } = parseGeneratingVector(LDDATA_STYLE);
    const lattice = new Lattice(4, { generatingVector, mMax: mMax ?? 0, randomize: "none" });
    expect(lattice.maxPoints).toBe(1024);
    expect(lattice.points(2).toRows()).toEqual([
      [0, 0, 0, 0],
      [0.5, 0.5, 0.5, 0.5],
    ]);
  });

  it("rejects malformed lines, naming the line", () => {
    expect(() => parseGeneratingVector("2\n16\n1\n3.5\n")).toThrow(
      /^line 4 must hold an integer in \[0, 4294967295\]; got "3.5"/,
    );
    expect(() => parseGeneratingVector("2\n16\n1\n-3\n")).toThrow(/^line 4 must hold an integer/);
    expect(() => parseGeneratingVector("2\n16\n1 3\n")).toThrow(/^line 3 must hold one integer/);
    expect(() => parseGeneratingVector("2\n16\n4294967296\n")).toThrow(/^line 3 must hold an integer in \[0, 4294967295\]/);
    expect(() => parseGeneratingVector("2\n16\nabc\n")).toThrow(RangeError);
  });

  it("rejects a file without components, and wrong kinds", () => {
    expect(() => parseGeneratingVector("# nothing\n2\n16\n")).toThrow(
      /^text must list at least one component after the header lines/,
    );
    expect(() => parseGeneratingVector("", { header: false })).toThrow(/^text must list at least one component; found 0/);
    expect(() => parseGeneratingVector(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseGeneratingVector("1", { header: "no" as unknown as boolean })).toThrow(TypeError);
    expect(() => parseGeneratingVector("1", { headers: false } as object)).toThrow(/unknown option 'headers'/);
  });
});
