import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packCodes, unpackCodes } from "../../src/index.js";

describe("packCodes / unpackCodes", () => {
  it("packs least significant bits first, each row on a byte boundary (exact bytes)", () => {
    expect(Array.from(packCodes(new Uint8Array([1, 2, 3]), 4, 3))).toEqual([0x21, 0x03]);
    expect(Array.from(packCodes(new Uint8Array([1, 0, 1, 1, 0, 0, 0, 1, 1]), 1, 9))).toEqual([0b10001101, 0b1]);
    // 3 bits: 5 | 6 << 3 | 7 << 6 = 0b111110101 → bytes 0xf5, 0x01; next row starts on a new byte.
    expect(Array.from(packCodes(new Uint8Array([5, 6, 7, 1, 2, 3]), 3, 3))).toEqual([0xf5, 0x01, 0xd1, 0x00]);
    expect(Array.from(packCodes(new Uint8Array([200, 7]), 8, 1))).toEqual([200, 7]);
    expect(Array.from(packCodes(new Uint8Array([3, 0, 1, 2, 3]), 2, 5))).toEqual([0b10010011, 0b11]);
  });

  it("unpackCodes inverts packCodes for every bit width and row length (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 5 }),
        fc.infiniteStream(fc.nat()),
        (bits, d, count, stream) => {
          const it = stream[Symbol.iterator]();
          const codes = Uint8Array.from({ length: d * count }, () => it.next().value % 2 ** bits);
          const packed = packCodes(codes, bits, d);
          expect(packed.length).toBe(count * Math.ceil((d * bits) / 8));
          expect(unpackCodes(packed, bits, d)).toEqual(codes);
        },
      ),
      { seed: 20240611, numRuns: 300 },
    );
  });

  it("leaves the unused bits of a row's last byte zero", () => {
    const packed = packCodes(new Uint8Array([7, 7, 7]), 3, 3); // 9 bits
    expect(packed[1]).toBe(0b1);
  });

  it("rejects bad input with the parameter named", () => {
    expect(() => packCodes([1, 2] as unknown as Uint8Array, 2, 2)).toThrow(TypeError);
    expect(() => packCodes(new Uint8Array([4]), 2, 1)).toThrow(/^codes\[0\] must be below 2\^bits = 4; got 4/);
    expect(() => packCodes(new Uint8Array(3), 2, 2)).toThrow(/^codes.length must be a multiple of dimension = 2; got 3/);
    expect(() => packCodes(new Uint8Array(2), 9, 2)).toThrow(/^bits must be an integer in \[1, 8\]; got 9/);
    expect(() => unpackCodes(new Uint8Array(3), 4, 3)).toThrow(/^packed.length must be a multiple/);
    expect(() => packCodes(new Uint8Array(2), 4, 2, new Uint8Array(2))).toThrow(/^out must be a Uint8Array of length 1/);
  });
});
