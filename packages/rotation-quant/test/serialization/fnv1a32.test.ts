import { describe, expect, it } from "vitest";
import { fnv1a32 } from "../../src/index.js";

const ascii = (s: string) => new TextEncoder().encode(s);

describe("fnv1a32", () => {
  it("gives the published FNV-1a test vectors", () => {
    expect(fnv1a32(new Uint8Array(0))).toBe(0x811c9dc5);
    expect(fnv1a32(ascii("a"))).toBe(0xe40c292c);
    expect(fnv1a32(ascii("foobar"))).toBe(0xbf9cf968);
  });
});
