// Bad input: TypeError for a wrong kind, RangeError for a wrong value, messages naming the parameter,
// the constraint and the value (SPEC §2).
import { describe, expect, it } from "vitest";
import { DigitalNet, decodeDirectionNumbers, type GeneratingMatrices, joeKuo, matricesFromColumns } from "../src/index.js";

const joeKuoMatrices = (d: number) => joeKuo.matrices(d);

import { joeKuoFull } from "../src/joe-kuo-full.js";

describe("DigitalNet bad input", () => {
  it("a dimension beyond the default table says how to load the full Joe–Kuo table", () => {
    expect(() => new DigitalNet(2000, { seed: 1 })).toThrow(RangeError);
    expect(() => new DigitalNet(2000, { seed: 1 })).toThrow(
      /^dimension must be an integer in \[1, 1024\]; got 2000 \(.*import \{ joeKuoFull \} from "@qmckit\/digital-net\/joe-kuo-full".*generatingMatrices: joeKuoFull/,
    );
    expect(new DigitalNet(2000, { seed: 1, generatingMatrices: joeKuoFull }).dimension).toBe(2000);
  });

  it("a window of more than 2^31 − 1 coordinates is refused before it is allocated", () => {
    const net = new DigitalNet(2100, { seed: 1, generatingMatrices: joeKuoFull });
    expect(() => net.points(2 ** 20)).toThrow(
      /^window \[0, 1048576\) must hold at most 2\^31 − 1 coordinates.* = 1 · 1048576 · 2100 = /,
    );
    expect(() => net.fill(new Float64Array(0), 0, 2 ** 20)).toThrow(/at most 2\^31 − 1 coordinates/);
    expect(() => net.integers(2 ** 20)).toThrow(/^window \[0, 1048576\) must hold at most 2\^31 − 1 coordinates/);
  });

  it("a dimension beyond the full table is a RangeError", () => {
    expect(() => new DigitalNet(21202, { generatingMatrices: joeKuoFull })).toThrow(
      /^dimension must be an integer in \[1, 21201\]; got 21202/,
    );
  });

  it("alpha · dimension beyond the table is a RangeError naming alpha", () => {
    expect(() => new DigitalNet(513, { alpha: 2 })).toThrow(RangeError);
    expect(() => new DigitalNet(513, { alpha: 2 })).toThrow(
      /^dimension must be an integer in \[1, 512\]; got 513 \(alpha = 2 uses 2·dimension/,
    );
    expect(() => new DigitalNet(7068, { alpha: 3, generatingMatrices: joeKuoFull })).toThrow(
      /^dimension must be an integer in \[1, 7067\]; got 7068 \(alpha = 3/,
    );
    expect(new DigitalNet(7067, { alpha: 3, generatingMatrices: joeKuoFull, randomize: "none" }).dimension).toBe(7067);
    const tiny = matricesFromColumns([[1], [1]], { precision: 1 });
    expect(() => new DigitalNet(1, { alpha: 3, generatingMatrices: tiny })).toThrow(/^alpha must be an integer in \[1, 2\]/);
  });

  it("n beyond 2^32 (the capacity) is refused, naming maxPoints", () => {
    const net = new DigitalNet(2, { seed: 1 });
    expect(net.maxPoints).toBe(2 ** 32);
    expect(() => net.points(2 ** 32 + 1)).toThrow(/^n must be an integer in \[0, 4294967296\]; got 4294967297 \(.*maxPoints/);
    expect(() => net.points(2 ** 32 - 1, 2 ** 32 + 1)).toThrow(/^end must be/);
    expect(() => net.integers(2 ** 32 + 1)).toThrow(RangeError);
    expect(net.points(2 ** 32 - 1, 2 ** 32).n).toBe(1);
  });

  it("bits outside [1, 64] and alpha outside [1, 64]", () => {
    for (const bits of [0, 65, 1.5, Number.NaN])
      expect(() => new DigitalNet(2, { bits })).toThrow(/^bits must be an integer in \[1, 64\]/);
    expect(() => new DigitalNet(2, { bits: "53" as unknown as number })).toThrow(TypeError);
    for (const alpha of [0, 65, 2.5])
      expect(() => new DigitalNet(2, { alpha })).toThrow(/^alpha must be an integer in \[1, 64\]/);
  });

  it("an unknown randomize or order lists the valid values", () => {
    expect(() => new DigitalNet(2, { randomize: "owen" as "nus" })).toThrow(
      `randomize must be one of 'lms-ds', 'lms', 'ds', 'nus', 'none'; got "owen"`,
    );
    expect(() => new DigitalNet(2, { order: "radical inverse" as "natural" })).toThrow(
      `order must be one of 'natural', 'gray'; got "radical inverse"`,
    );
    expect(() => new DigitalNet(2, { randomize: true as unknown as "nus" })).toThrow(TypeError);
  });

  it("an unknown option key and a bad generatingMatrices are TypeErrors", () => {
    expect(() => new DigitalNet(2, { scramble: true } as never)).toThrow(
      /unknown option 'scramble'; valid options are 'randomize'/,
    );
    expect(() => new DigitalNet(2, { generatingMatrices: [[1, 2]] as unknown as GeneratingMatrices })).toThrow(
      /^generatingMatrices must be a GeneratingMatrices source/,
    );
    expect(() => new DigitalNet(2, { generatingMatrices: { ...joeKuoFull, columns: 40 } })).toThrow(
      /^generatingMatrices.columns must be/,
    );
  });

  it("fill checks its output buffer", () => {
    const net = new DigitalNet(3, { seed: 1, replications: 2 });
    expect(() => net.fill(new Float64Array(17), 0, 3)).toThrow(/out.length must be .* = 18; got 17/);
    expect(() => net.fill(new Float32Array(18) as unknown as Float64Array, 0, 3)).toThrow(TypeError);
  });
});

describe("matricesFromColumns bad input", () => {
  it("checks precision, shape and every entry", () => {
    expect(() => matricesFromColumns([[1]], {} as { precision: number })).toThrow(TypeError);
    expect(() => matricesFromColumns([[1]], { precision: 33 })).toThrow(/^precision must be an integer in \[1, 32\]; got 33/);
    expect(() => matricesFromColumns([], { precision: 3 })).toThrow(RangeError);
    expect(() => matricesFromColumns("abc" as never, { precision: 3 })).toThrow(TypeError);
    expect(() => matricesFromColumns([[4, 2], [4]], { precision: 3 })).toThrow(
      /^columns\[1\].length must equal columns\[0\].length/,
    );
    expect(() => matricesFromColumns([new Array(33).fill(1)], { precision: 3 })).toThrow(/in \[1, 32\]; got 33/);
    expect(() => matricesFromColumns([[4, 8]], { precision: 3 })).toThrow(
      /^columns\[0\]\[1\] must be an integer in \[0, 2\^3\) .*got 8/,
    );
    expect(() => matricesFromColumns([[4, -1]], { precision: 3 })).toThrow(RangeError);
    expect(() => matricesFromColumns([[4, 1.5]], { precision: 3 })).toThrow(RangeError);
    expect(() => matricesFromColumns([[4, "1"]] as never, { precision: 3 })).toThrow(TypeError);
    expect(() => matricesFromColumns([[4n, 8n]], { precision: 3 })).toThrow(RangeError);
    expect(() => matricesFromColumns([[1]], { precision: 3, bits: 2 } as never)).toThrow(/unknown option 'bits'/);
  });
});

describe("DigitalNet memory budget", () => {
  it("replications whose matrices exceed the budget are refused at construction, naming replications (was: >12 s)", () => {
    expect(() => new DigitalNet(1024, { replications: 65536 })).toThrow(/^replications 65536 × dimension 1024 .* would need/);
  });
  it("construction builds no replication: 2048 replications of 1024 coordinates are cheap until used", () => {
    const net = new DigitalNet(1024, { replications: 2048, seed: 1 });
    expect(net.replications).toBe(2048);
  });
  it("spawn checks the copies against the budget before building any, naming k", () => {
    expect(() => new DigitalNet(1024).spawn(2 ** 14)).toThrow(/^k 16384 copies .* would need/);
    expect(() => new DigitalNet(2).spawn(-1)).toThrow(/^k must be an integer/);
  });
});

describe("matrix sources check what they are asked for", () => {
  it("joeKuo.matrices(d) names dimension outside [1, 1024] instead of asking for gigabytes", () => {
    expect(() => joeKuoMatrices(2 ** 32)).toThrow(/^dimension must be an integer in \[1, 1024\]/);
    expect(() => joeKuoMatrices(0)).toThrow(/^dimension must be an integer/);
  });
  it("decodeDirectionNumbers names a wrong table, a count beyond it, and corrupt data", () => {
    expect(() => decodeDirectionNumbers(null as never, 1)).toThrow(/^table must be a packed table/);
    expect(() => decodeDirectionNumbers({ name: "t", maxDimension: 3, data: "" }, 4)).toThrow(
      /^count must be an integer in \[0, 3\]/,
    );
    // All-zero bits decode to degree 0 for coordinate 1: not a Sobol' table.
    expect(() => decodeDirectionNumbers({ name: "t", maxDimension: 3, data: "AAAA" }, 2)).toThrow(
      /^table\.data is not a packed Sobol' table/,
    );
    expect(decodeDirectionNumbers({ name: "t", maxDimension: 3, data: "" }, 0)).toEqual([]);
  });
});
