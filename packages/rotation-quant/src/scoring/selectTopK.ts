import { formatValue, validateInteger } from "@qmckit/core";
/**
 * The indices of the k best scores, best first: the largest when `largest`, else the smallest; ties go
 * to the lower index. NaN scores are never selected ahead of numbers.
 *
 * @param scores - the scores.
 * @param k - how many, an integer in [0, scores.length] (unchecked).
 * @param largest - true to select the largest scores (similarities), false for the smallest (distances).
 * @returns k indices as a Uint32Array.
 *
 * @remarks A binary heap of the k best seen so far, worst at the root: O(n log k) time, O(k) memory.
 *
 * @throws TypeError when scores is not array-like or largest not a boolean; RangeError naming k outside
 *   [0, scores.length].
 * @example
 * ```ts
 * selectTopK(new Float64Array([0.1, 0.9, 0.5]), 2, true); // Uint32Array [1, 2]
 * ```
 */
export function selectTopK(scores: ArrayLike<number>, k: number, largest: boolean): Uint32Array {
  if (scores === null || typeof scores !== "object" || typeof (scores as ArrayLike<number>).length !== "number") {
    throw new TypeError(`scores must be an array of numbers; got ${formatValue(scores)}`);
  }
  validateInteger("k", k, 0, scores.length, "at most scores.length");
  if (typeof largest !== "boolean") throw new TypeError(`largest must be a boolean; got ${formatValue(largest)}`);
  const heap = new Uint32Array(k);
  if (k === 0) return heap;
  // key(i) is "goodness": larger is better in both modes; NaN → −∞.
  const key = (i: number) => {
    const s = scores[i];
    return Number.isNaN(s) ? Number.NEGATIVE_INFINITY : largest ? s : -s;
  };
  // a worse than b: lower key, or equal key and higher index.
  const worse = (a: number, b: number) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb || (ka === kb && a > b);
  };
  let size = 0;
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && worse(heap[l], heap[m])) m = l;
      if (r < size && worse(heap[r], heap[m])) m = r;
      if (m === i) return;
      const t = heap[i];
      heap[i] = heap[m];
      heap[m] = t;
      i = m;
    }
  };
  for (let i = 0; i < scores.length; i++) {
    if (size < k) {
      let c = size++;
      heap[c] = i;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!worse(heap[c], heap[parent])) break;
        const t = heap[c];
        heap[c] = heap[parent];
        heap[parent] = t;
        c = parent;
      }
    } else if (worse(heap[0], i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  // Pop worst-first into the tail: best ends up first.
  const result = new Uint32Array(k);
  for (let n = k - 1; n >= 0; n--) {
    result[n] = heap[0];
    heap[0] = heap[--size];
    siftDown(0);
  }
  return result;
}
