/**
 * Growable scratch buffers reused across the coordinates of one `fill` call, so that the engines
 * allocate nothing per point and little per coordinate.
 *
 * @example
 * ```ts
 * const ws = new Workspace();
 * const top = ws.f64("top", 4096); // length ≥ 4096
 * ```
 */
export class Workspace {
  #f64 = new Map<string, Float64Array>();
  #u32 = new Map<string, Uint32Array>();
  #u16 = new Map<string, Uint16Array>();

  /** A Float64Array of at least `size` entries (contents unspecified). */
  f64(key: string, size: number): Float64Array {
    return grow(this.#f64, key, size, (n) => new Float64Array(n));
  }

  /** A Uint32Array of at least `size` entries (contents unspecified). */
  u32(key: string, size: number): Uint32Array {
    return grow(this.#u32, key, size, (n) => new Uint32Array(n));
  }

  /** A Uint16Array of at least `size` entries (contents unspecified). */
  u16(key: string, size: number): Uint16Array {
    return grow(this.#u16, key, size, (n) => new Uint16Array(n));
  }
}

function grow<T extends { length: number }>(map: Map<string, T>, key: string, size: number, make: (n: number) => T): T {
  const cur = map.get(key);
  if (cur !== undefined && cur.length >= size) return cur;
  const next = make(Math.max(size, 2 * (cur?.length ?? 0)));
  map.set(key, next);
  return next;
}
