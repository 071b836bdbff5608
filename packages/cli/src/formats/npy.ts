import type { Format } from "./Writer.js";

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * NumPy `.npy` version 1.0: magic `\x93NUMPY`, a header dict padded so that the data starts at a
 * multiple of 64 bytes, then little-endian float64 values in C order, shape `(n, d)` for one
 * replication, else `(R, n, d)`. Loads with `numpy.load`.
 */
export function npy(): Format {
  return {
    begin(l) {
      const shape = l.replications > 1 ? `(${l.replications}, ${l.n}, ${l.dimension})` : `(${l.n}, ${l.dimension})`;
      let dict = `{'descr': '<f8', 'fortran_order': False, 'shape': ${shape}, }`;
      // 10 bytes of preamble + dict + '\n' must be a multiple of 64.
      const total = Math.ceil((10 + dict.length + 1) / 64) * 64;
      dict = `${dict.padEnd(total - 10 - 1, " ")}\n`;
      const out = new Uint8Array(total);
      out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, dict.length & 0xff, dict.length >> 8]);
      for (let i = 0; i < dict.length; i++) out[10 + i] = dict.charCodeAt(i);
      return out;
    },
    block(values) {
      const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
      // A copy: the caller reuses its block buffer while this chunk may still be queued for writing.
      if (littleEndian) return bytes.slice(0, values.byteLength);
      // Big-endian host: swap each 8-byte value.
      const out = new Uint8Array(values.byteLength);
      for (let k = 0; k < out.length; k += 8) for (let b = 0; b < 8; b++) out[k + b] = bytes[k + 7 - b];
      return out;
    },
    end() {
      return new Uint8Array(0);
    },
  };
}
