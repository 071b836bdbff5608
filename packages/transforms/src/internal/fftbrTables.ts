import { unitRoot } from "./unitRoot.js";

const radix8 = new Map<number, Float64Array>();

/**
 * Twiddles of a radix-8 decimation-in-time pass of span h (combining 8 transforms of length h into
 * one of length 8h): for k < h, entries 14k + 2(r − 1), +1 hold W^{rk} = e^{−2πi rk/(8h)}, r = 1..7.
 * Cached per h and shared by every transform length.
 */
export function radix8Twiddles(h: number): Float64Array {
  let t = radix8.get(h);
  if (t === undefined) {
    t = new Float64Array(14 * h);
    for (let k = 0; k < h; k++) for (let r = 1; r <= 7; r++) unitRoot(r * k, 8 * h, t, 14 * k + 2 * (r - 1));
    radix8.set(h, t);
  }
  return t;
}

const radix4 = new Map<number, Float64Array>();
const radix2 = new Map<number, Float64Array>();

/** Twiddles of a radix-4 pass of span h: entries 6k + 2(r − 1), +1 hold e^{−2πi rk/(4h)}, r = 1..3. */
export function radix4Twiddles(h: number): Float64Array {
  let t = radix4.get(h);
  if (t === undefined) {
    t = new Float64Array(6 * h);
    for (let k = 0; k < h; k++) for (let r = 1; r <= 3; r++) unitRoot(r * k, 4 * h, t, 6 * k + 2 * (r - 1));
    radix4.set(h, t);
  }
  return t;
}

/** Twiddles of a radix-2 pass of span h: entries 2k, 2k + 1 hold e^{−2πi k/(2h)}. */
export function radix2Twiddles(h: number): Float64Array {
  let t = radix2.get(h);
  if (t === undefined) {
    t = new Float64Array(2 * h);
    for (let k = 0; k < h; k++) unitRoot(k, 2 * h, t, 2 * k);
    radix2.set(h, t);
  }
  return t;
}
