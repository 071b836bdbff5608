import { describe, expect, it } from "vitest";
import { crc32 } from "../src/index.js";

const ascii = (s: string) => new TextEncoder().encode(s);

describe("crc32", () => {
  it("gives the standard check value 0xCBF43926 for '123456789' and 0 for no bytes", () => {
    expect(crc32(ascii("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
  it("matches Python's zlib.crc32 on known strings", () => {
    // zlib.crc32(b"The quick brown fox jumps over the lazy dog") == 0x414fa339
    expect(crc32(ascii("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
    // zlib.crc32(bytes(range(256))) == 0x29058c73
    expect(crc32(Uint8Array.from({ length: 256 }, (_, i) => i))).toBe(0x29058c73);
  });
});
