/**
 * Writes cos(2πk/N) to `out[at]` and −sin(2πk/N) to `out[at + 1]`, i.e. e^{−2πik/N}, for N a power
 * of two and any integer k. The angle is reduced exactly (integer arithmetic on k mod N) to [0, π/4]
 * before calling Math.cos / Math.sin, so that quadrant values are exact (e^{−iπ/2} = −i, not
 * 6e−17 − i) and the tables are exactly symmetric; each entry is within about one ulp.
 */
export function unitRoot(k: number, N: number, out: Float64Array, at: number): void {
  let K = ((k % N) + N) % N;
  let M = N;
  if (M < 8) {
    K *= 8 / M;
    M = 8;
  }
  const Q = M / 4;
  const quadrant = Math.floor(K / Q);
  const r = K - quadrant * Q;
  let c: number;
  let s: number;
  if (2 * r === Q) {
    // π/4: Math.cos and Math.sin differ by an ulp there; √½ correctly rounded keeps the symmetry.
    c = Math.SQRT1_2;
    s = Math.SQRT1_2;
  } else if (2 * r < Q) {
    const t = (2 * Math.PI * r) / M;
    c = Math.cos(t);
    s = Math.sin(t);
  } else {
    const t = (2 * Math.PI * (Q - r)) / M;
    c = Math.sin(t);
    s = Math.cos(t);
  }
  // Rotate (c, s) = (cos, sin) of the reduced angle by quadrant · π/2.
  let cq = c;
  let sq = s;
  if (quadrant === 1) {
    cq = -s;
    sq = c;
  } else if (quadrant === 2) {
    cq = -c;
    sq = -s;
  } else if (quadrant === 3) {
    cq = s;
    sq = -c;
  }
  // + 0 turns −0 into +0, so that exact zeros compare equal everywhere.
  out[at] = cq + 0;
  out[at + 1] = 0 - sq;
}
