import { describe, expect, it } from "vitest";
import { RotationQuantizer } from "../../src/index.js";

/** CRC-32 (IEEE 802.3, reflected 0xEDB88320), written out here so the test does not trust the code it checks. */
function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A valid empty batch whose header is rewritten to (dimension, rotation, rounds), with both CRCs recomputed. */
function crafted(dimension: number, rotation: 1 | 2, rounds: number, bits = 1): Uint8Array {
  const rq = new RotationQuantizer({ dimension: 8, bits: 1, seed: 1 });
  const bytes = rq.serialize(rq.encode(new Float32Array(0)));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  view.setUint32(8, dimension, true);
  view.setUint8(12, bits);
  view.setUint8(13, rotation);
  view.setUint8(14, rounds);
  view.setUint32(48, Math.ceil((dimension * bits) / 8), true);
  view.setUint32(60, crc(bytes.subarray(0, 60)), true);
  view.setUint32(bytes.length - 4, crc(bytes.subarray(0, bytes.length - 4)), true);
  return bytes;
}

describe("deserialize bounds the work a header can ask for", () => {
  it("a 68-byte header asking for d = 2^20 − 1, fft, 16 rounds is refused before any rotation is built", () => {
    const bytes = crafted(2 ** 20 - 1, 2, 16);
    expect(bytes.length).toBe(68);
    const t0 = performance.now();
    expect(() => RotationQuantizer.deserialize(bytes)).toThrow(
      /bytes announces 0 vector\(s\) of dimension 1048575 with 16 rotation round\(s\).*refused as malformed/,
    );
    // A guard against the old behaviour (≈ 28 s of CPU), not a timing test: refusal does no rotation work.
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it("an empty batch of a small quantizer still round-trips", () => {
    const rq = new RotationQuantizer({ dimension: 256, bits: 4, seed: 3, rounds: 16 });
    const { batch } = RotationQuantizer.deserialize(rq.serialize(rq.encode(new Float32Array(0))));
    expect(batch.count).toBe(0);
    expect(batch.dimension).toBe(256);
  });

  it("a one-vector batch of a large dimension with the most rounds passes the bound", () => {
    // 1 bit per coordinate and 16 rounds is the tightest legitimate case: codes of d/8 bytes, work 16·d.
    const d = 8192;
    const rq = new RotationQuantizer({ dimension: d, bits: 1, seed: 5, rounds: 16 });
    const x = Float32Array.from({ length: d }, (_, i) => Math.sin(i + 1));
    const { batch } = RotationQuantizer.deserialize(rq.serialize(rq.encode(x)));
    expect(batch.count).toBe(1);
  });
});
