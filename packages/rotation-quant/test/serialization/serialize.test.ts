import { crc32 } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { fnv1a32, RotationQuantizer } from "../../src/index.js";
import { fixture } from "../fixtures.js";
import { gaussians } from "../helpers.js";

interface GoldenCase {
  dimension: number;
  bits: number;
  count: number;
  seed: number;
  rounds: number;
  vectors: number[];
  codes: number[];
  norms: number[];
  scales: number[];
  rotationFingerprint: number;
  codebookFingerprint: number;
  fingerprint: number;
  header: number[];
}
const golden = fixture<{ cases: GoldenCase[] }>("goldenEncoding.json");

describe("serialize / deserialize", () => {
  it("reproduces an independent numpy restatement: header bytes, fingerprints and packed codes exactly; scales to 1e-5", () => {
    for (const c of golden.cases) {
      const rq = new RotationQuantizer({ dimension: c.dimension, bits: c.bits, seed: c.seed, rotation: "hadamard" });
      expect(rq.rounds).toBe(c.rounds);
      expect([rq.rotationFingerprint, rq.codebookFingerprint, rq.fingerprint]).toEqual([
        c.rotationFingerprint,
        c.codebookFingerprint,
        c.fingerprint,
      ]);
      const batch = rq.encode(Float32Array.from(c.vectors));
      expect(Array.from(batch.codes)).toEqual(c.codes);
      batch.norms.forEach((v, i) => {
        expect(Math.abs(v / c.norms[i] - 1)).toBeLessThan(1e-7);
      });
      batch.scales.forEach((v, i) => {
        expect(Math.abs(v / c.scales[i] - 1)).toBeLessThan(1e-5);
      });
      const bytes = rq.serialize(batch);
      expect(Array.from(bytes.subarray(0, 64))).toEqual(c.header);
      expect(Array.from(bytes.subarray(64, 64 + c.codes.length))).toEqual(c.codes);
    }
  });

  it("gives identical bytes for the same seed and input, from two separately built quantizers (golden hash)", () => {
    const x = Float32Array.from(gaussians(123, 40 * 64));
    const a = new RotationQuantizer({ dimension: 64, bits: 4, seed: 2024 });
    const b = new RotationQuantizer({ dimension: 64, bits: 4, seed: 2024 });
    const bytesA = a.serialize(a.encode(x));
    expect(b.serialize(b.encode(x))).toEqual(bytesA);
    // Regression hash of this package's own output (the independent checks are the numpy header and codes
    // above); a change here means the encoding changed and FORMAT_VERSION or the fingerprint must say so.
    expect(bytesA.length).toBe(64 + 40 * 32 + 2 * 4 * 40 + 4);
    expect(fnv1a32(bytesA).toString(16)).toBe(GOLDEN_FNV);
  });

  it("round-trips: the quantizer and batch come back equal and decode identically (all options)", () => {
    const x = Float32Array.from(gaussians(5, 9 * 100));
    for (const options of [
      { dimension: 100, bits: 3, seed: 1 },
      { dimension: 100, bits: 5, seed: 2, rotation: "hadamard", rounds: 1, scale: "norm" },
      { dimension: 100, bits: 8, seed: 3, codebook: "exact" },
    ] as const) {
      const rq = new RotationQuantizer(options);
      const batch = rq.encode(x);
      const { quantizer, batch: back } = RotationQuantizer.deserialize(rq.serialize(batch));
      expect([
        quantizer.fingerprint,
        quantizer.seed,
        quantizer.rotation,
        quantizer.rounds,
        quantizer.scale,
        quantizer.codebook,
      ]).toEqual([rq.fingerprint, rq.seed, rq.rotation, rq.rounds, rq.scale, rq.codebook]);
      expect(back.codes).toEqual(batch.codes);
      expect(back.scales).toEqual(batch.scales);
      expect(back.norms).toEqual(batch.norms);
      expect(quantizer.decode(back)).toEqual(rq.decode(batch));
    }
  });

  it("serializes an empty batch", () => {
    const rq = new RotationQuantizer({ dimension: 8, bits: 2, seed: 1 });
    const { batch } = RotationQuantizer.deserialize(rq.serialize(rq.encode(new Float32Array(0))));
    expect(batch.count).toBe(0);
  });

  describe("refuses bad bytes with a clear error", () => {
    const rq = new RotationQuantizer({ dimension: 32, bits: 4, seed: 77 });
    const good = rq.serialize(rq.encode(Float32Array.from(gaussians(9, 10 * 32))));
    const patched = (edit: (b: Uint8Array, v: DataView) => void, fixHeaderCrc = true) => {
      const b = good.slice();
      const v = new DataView(b.buffer);
      edit(b, v);
      if (fixHeaderCrc) v.setUint32(60, crc32(b.subarray(0, 60)), true);
      return b;
    };

    it("not a Uint8Array → TypeError; too short or foreign magic → RangeError", () => {
      expect(() => RotationQuantizer.deserialize([1, 2] as never)).toThrow(TypeError);
      expect(() => RotationQuantizer.deserialize(good.subarray(0, 40))).toThrow(
        /^bytes is truncated: a serialized batch has a 64-byte header; got 40 bytes/,
      );
      expect(() => RotationQuantizer.deserialize(patched((b) => (b[0] = 0x50)))).toThrow(
        /^bytes is not a serialized rotation-quant batch/,
      );
    });

    it("unknown version → refuses, naming the version", () => {
      expect(() => RotationQuantizer.deserialize(patched((_, v) => v.setUint16(4, 2, true)))).toThrow(
        /^bytes has format version 2; this build of @qmckit\/rotation-quant reads version 1 only/,
      );
    });

    it("a flipped header bit → corrupted header; a flipped payload bit → corrupted payload", () => {
      expect(() => RotationQuantizer.deserialize(patched((b) => (b[9] ^= 1), false))).toThrow(/^bytes has a corrupted header/);
      expect(() => RotationQuantizer.deserialize(patched((b) => (b[100] ^= 4), false))).toThrow(
        /^bytes is corrupted \(payload CRC-32/,
      );
    });

    it("truncated or padded payload → refuses with the expected length", () => {
      expect(() => RotationQuantizer.deserialize(good.subarray(0, good.length - 1))).toThrow(
        /^bytes is truncated: the header announces 10 vectors = 308 bytes; got 307/,
      );
      const longer = new Uint8Array(good.length + 3);
      longer.set(good);
      expect(() => RotationQuantizer.deserialize(longer)).toThrow(/^bytes has 3 unexpected trailing bytes/);
    });

    it("a rotation fingerprint that this build does not derive → refuses (an incompatible writer)", () => {
      expect(() => RotationQuantizer.deserialize(patched((_, v) => v.setUint32(28, v.getUint32(28, true) ^ 1, true)))).toThrow(
        /^bytes has rotation fingerprint 0x[0-9a-f]{8} but this build derives 0x[0-9a-f]{8} from the same parameters \(seed 77\)/,
      );
    });

    it("an unknown PRNG id or invalid parameters → refuses", () => {
      expect(() => RotationQuantizer.deserialize(patched((_, v) => v.setUint8(17, 2)))).toThrow(
        /^bytes was written with PRNG id 2/,
      );
      expect(() => RotationQuantizer.deserialize(patched((_, v) => v.setUint8(13, 9)))).toThrow(
        /^bytes has an unknown rotation, scale or codebook id/,
      );
      expect(() => RotationQuantizer.deserialize(patched((_, v) => v.setUint8(14, 0)))).toThrow(
        /^bytes has invalid parameters: rounds must be/,
      );
    });

    it("serialize refuses a batch from another quantizer", () => {
      const other = new RotationQuantizer({ dimension: 32, bits: 4, seed: 78 });
      expect(() => rq.serialize(other.encode(new Float32Array(32).fill(1)))).toThrow(
        /^batch was encoded by a different quantizer/,
      );
    });
  });
});

const GOLDEN_FNV = "ca24ceca";
