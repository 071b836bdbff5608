import { LITTLE_ENDIAN } from "../../serialization/format.js";

/**
 * Unchecked kernel: Σ_j (R q)_j c[code_j] for vectors [start, end) of a packed code array, from a query
 * table ({@link buildQueryTable}), into `out[i − start]`. Accumulates in double precision, in several
 * independent sums (so the result may differ from a sequential sum in the last bits).
 */
export function scoreCodes(
  codes: Uint8Array,
  stride: number,
  d: number,
  bits: number,
  layout: "byte" | "pair" | "coordinate",
  table: Float32Array,
  start: number,
  end: number,
  out: Float64Array,
): void {
  if (layout === "pair") scorePairs(codes, stride, d, table, start, end, out);
  else if (layout === "coordinate") scoreCoordinates(codes, stride, d, bits, table, start, end, out);
  else if (LITTLE_ENDIAN && stride % 4 === 0 && codes.byteOffset % 4 === 0) {
    scoreWords(new Uint32Array(codes.buffer, codes.byteOffset, codes.length >>> 2), stride >>> 2, table, start, end, out);
  } else scoreBytes(codes, stride, table, start, end, out);
}

/** Byte-aligned widths read four code bytes at a time (little-endian: byte 4q + m is bits 8m..8m+7). */
function scoreWords(
  words: Uint32Array,
  wordsPerRow: number,
  table: Float32Array,
  start: number,
  end: number,
  out: Float64Array,
): void {
  for (let i = start; i < end; i++) {
    const o = i * wordsPerRow;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let q = 0; q < wordsPerRow; q++) {
      const w = words[o + q];
      const b = q << 10;
      s0 += table[b | (w & 255)];
      s1 += table[b | 256 | ((w >>> 8) & 255)];
      s2 += table[b | 512 | ((w >>> 16) & 255)];
      s3 += table[b | 768 | (w >>> 24)];
    }
    out[i - start] = s0 + s1 + (s2 + s3);
  }
}

/** Byte-aligned widths: one table read per code byte. */
function scoreBytes(codes: Uint8Array, stride: number, table: Float32Array, start: number, end: number, out: Float64Array): void {
  for (let i = start; i < end; i++) {
    const o = i * stride;
    let s0 = 0;
    let s1 = 0;
    let p = 0;
    // Two accumulators: independent dependency chains for the adds.
    for (; p + 1 < stride; p += 2) {
      s0 += table[(p << 8) | codes[o + p]];
      s1 += table[((p + 1) << 8) | codes[o + p + 1]];
    }
    if (p < stride) s0 += table[(p << 8) | codes[o + p]];
    out[i - start] = s0 + s1;
  }
}

/** 3 bits: one table read per pair of coordinates; four 6-bit fields per 3 bytes, a tail by accumulator. */
function scorePairs(
  codes: Uint8Array,
  stride: number,
  d: number,
  table: Float32Array,
  start: number,
  end: number,
  out: Float64Array,
): void {
  const pairs = (d + 1) >>> 1;
  const groups = pairs >>> 2;
  for (let i = start; i < end; i++) {
    let pos = i * stride;
    let s0 = 0;
    let s1 = 0;
    let t = 0;
    for (let g = 0; g < groups; g++) {
      const w = codes[pos] | (codes[pos + 1] << 8) | (codes[pos + 2] << 16);
      pos += 3;
      s0 += table[t | (w & 63)] + table[(t + 128) | ((w >>> 12) & 63)];
      s1 += table[(t + 64) | ((w >>> 6) & 63)] + table[(t + 192) | (w >>> 18)];
      t += 256;
    }
    let acc = 0;
    let filled = 0;
    for (let p = groups << 2; p < pairs; p++) {
      if (filled < 6) {
        // The row's last byte may be absent when d is odd: its missing high bits read as 0.
        acc |= (pos < (i + 1) * stride ? codes[pos] : 0) << filled;
        pos++;
        filled += 8;
      }
      s0 += table[t + (acc & 63)];
      t += 64;
      acc >>>= 6;
      filled -= 6;
    }
    out[i - start] = s0 + s1;
  }
}

/**
 * Other widths: one table read per coordinate. Codes are extracted 8 at a time from the `bits` bytes
 * that hold them (a 32-bit low word and a high word), with a bit accumulator only for the last d mod 8.
 */
function scoreCoordinates(
  codes: Uint8Array,
  stride: number,
  d: number,
  bits: number,
  table: Float32Array,
  start: number,
  end: number,
  out: Float64Array,
): void {
  const levels = 1 << bits;
  const mask = levels - 1;
  const groups = d >>> 3;
  for (let i = start; i < end; i++) {
    let pos = i * stride;
    let s = 0;
    let t = 0; // table offset of the current coordinate
    for (let g = 0; g < groups; g++) {
      // 8 codes = `bits` bytes (3..7): bytes 0..3 in lo, the rest in hi.
      const lo = codes[pos] | (codes[pos + 1] << 8) | (codes[pos + 2] << 16) | (codes[pos + 3] << 24);
      let hi = 0;
      for (let k = bits - 1; k >= 4; k--) hi = (hi << 8) | codes[pos + k];
      pos += bits;
      let off = 0;
      for (let m = 0; m < 8; m++) {
        const code =
          off + bits <= 32
            ? (lo >>> off) & mask
            : off >= 32
              ? (hi >>> (off - 32)) & mask
              : ((lo >>> off) | (hi << (32 - off))) & mask;
        s += table[t + code];
        t += levels;
        off += bits;
      }
    }
    let acc = 0;
    let filled = 0;
    for (let j = groups << 3; j < d; j++) {
      if (filled < bits) {
        acc |= codes[pos++] << filled;
        filled += 8;
      }
      s += table[t + (acc & mask)];
      t += levels;
      acc >>>= bits;
      filled -= bits;
    }
    out[i - start] = s;
  }
}
