// The generated data modules must be exactly the committed copy of new-joe-kuo-6.21201 (data/), bit-packed
// by scripts/build-joe-kuo.mjs: decode every dimension and compare with a fresh parse of the text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { JOE_KUO_1024 } from "../src/data/joeKuo1024.js";
import { JOE_KUO_FULL } from "../src/data/joeKuoFull.js";
import { decodeDirectionNumbers } from "../src/index.js";
import { sobolMatrices } from "../src/internal/sobolMatrices.js";

const text = readFileSync(new URL("../data/new-joe-kuo-6.21201", import.meta.url), "utf8");
const parsed = text
  .split("\n")
  .slice(1)
  .filter((l) => l.trim() !== "")
  .map((l) => l.trim().split(/\s+/).map(Number));

describe("packed Joe–Kuo tables", () => {
  it("decode to the text file's (s, a, m) for all 21,201 dimensions", () => {
    const all = decodeDirectionNumbers(JOE_KUO_FULL, 21201);
    expect(all.length).toBe(21201);
    expect(all[0]).toEqual({ s: 0, a: 0, m: [] });
    let bad = 0;
    parsed.forEach(([d, s, a, ...m], i) => {
      const got = all[i + 1];
      if (d !== i + 2 || got.s !== s || got.a !== a || got.m.join() !== m.join()) bad++;
    });
    expect(parsed.length).toBe(21200);
    expect(bad).toBe(0);
  });

  it("the 1,024-dimension table is a prefix of the full one", () => {
    expect(JOE_KUO_1024.maxDimension).toBe(1024);
    expect(decodeDirectionNumbers(JOE_KUO_1024, 1024)).toEqual(decodeDirectionNumbers(JOE_KUO_FULL, 1024));
  });
});

describe("sobolMatrices (Bratley–Fox)", () => {
  it("coordinate 0 is the identity (van der Corput)", () => {
    const m = sobolMatrices(JOE_KUO_1024, 1);
    expect(Array.from(m.hi)).toEqual(Array.from({ length: 32 }, (_, k) => 2 ** (31 - k)));
  });

  it("every matrix is upper triangular with a unit diagonal (nonsingular: a (0, m, 1)-net per coordinate)", () => {
    const m = sobolMatrices(JOE_KUO_1024, 1024);
    let bad = 0;
    for (let j = 0; j < 1024; j++) {
      for (let k = 0; k < 32; k++) {
        const w = m.hi[j * 32 + k];
        // Column k has its lowest set row at k: rows below k are zero, row k is one.
        if (((w >>> (31 - k)) & 1) !== 1 || (k < 31 && w % 2 ** (31 - k) !== 0)) bad++;
      }
    }
    expect(bad).toBe(0);
  });
});
