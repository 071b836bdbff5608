/**
 * The shortest nonzero vector of the integer lattice spanned by the rows of `basis` (d × d,
 * row-major, exact integers below 2^53 in magnitude): LLL reduction (δ = 0.99) then Fincke–Pohst
 * enumeration of every coefficient vector inside the ball of the first reduced vector. The
 * Gram–Schmidt data are floating point; the lengths compared at the end are exact integer sums.
 */
export function shortestVector(basis: Float64Array, d: number): { vector: Float64Array; squaredLength: number } {
  const b = Float64Array.from(basis);
  lll(b, d);
  const { mu, bStar } = gramSchmidt(b, d);
  // Enumerate x with ‖Σ x_i b_i‖² ≤ bound, from the last coordinate down (Fincke–Pohst).
  let bestSq = norm2(b, 0, d);
  let best = b.slice(0, d);
  const bound = () => bestSq * (1 + 1e-9) + 1e-9;
  const x = new Float64Array(d);
  const partial = new Float64Array(d + 1); // partial[i]: Σ_{k ≥ i} (x_k + c_k)² B_k
  const v = new Float64Array(d);
  const visit = (i: number): void => {
    let c = 0;
    for (let k = i + 1; k < d; k++) c -= x[k] * mu[k * d + i];
    const radius = Math.sqrt(Math.max(0, (bound() - partial[i + 1]) / bStar[i]));
    const lo = Math.ceil(c - radius);
    const hi = Math.floor(c + radius);
    for (let xi = lo; xi <= hi; xi++) {
      x[i] = xi;
      const p = partial[i + 1] + (xi - c) * (xi - c) * bStar[i];
      if (p > bound()) continue;
      partial[i] = p;
      if (i > 0) {
        visit(i - 1);
        continue;
      }
      // A leaf: compute the vector exactly.
      let zero = true;
      for (let k = 0; k < d; k++) if (x[k] !== 0) zero = false;
      if (zero) continue;
      v.fill(0);
      for (let k = 0; k < d; k++) {
        if (x[k] === 0) continue;
        for (let t = 0; t < d; t++) v[t] += x[k] * b[k * d + t];
      }
      const sq = norm2(v, 0, d);
      if (sq < bestSq) {
        bestSq = sq;
        best = v.slice();
      }
    }
    x[i] = 0;
  };
  visit(d - 1);
  return { vector: best, squaredLength: bestSq };
}

function norm2(a: Float64Array, offset: number, d: number): number {
  let s = 0;
  for (let t = 0; t < d; t++) s += a[offset + t] * a[offset + t];
  return s;
}

function gramSchmidt(b: Float64Array, d: number): { mu: Float64Array; bStar: Float64Array } {
  const star = new Float64Array(d * d);
  const mu = new Float64Array(d * d);
  const bStar = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    for (let t = 0; t < d; t++) star[i * d + t] = b[i * d + t];
    for (let j = 0; j < i; j++) {
      let dot = 0;
      for (let t = 0; t < d; t++) dot += b[i * d + t] * star[j * d + t];
      const m = dot / bStar[j];
      mu[i * d + j] = m;
      for (let t = 0; t < d; t++) star[i * d + t] -= m * star[j * d + t];
    }
    bStar[i] = norm2(star, i * d, d);
  }
  return { mu, bStar };
}

/** In-place LLL reduction (δ = 0.99), Gram–Schmidt recomputed after each change (d is small). */
function lll(b: Float64Array, d: number): void {
  let k = 1;
  let guard = 0;
  while (k < d && guard++ < 100000) {
    let gs = gramSchmidt(b, d);
    for (let j = k - 1; j >= 0; j--) {
      const q = Math.round(gs.mu[k * d + j]);
      if (q !== 0) {
        for (let t = 0; t < d; t++) b[k * d + t] -= q * b[j * d + t];
        gs = gramSchmidt(b, d);
      }
    }
    const m = gs.mu[k * d + k - 1];
    if (gs.bStar[k] >= (0.99 - m * m) * gs.bStar[k - 1]) {
      k++;
    } else {
      for (let t = 0; t < d; t++) {
        const tmp = b[k * d + t];
        b[k * d + t] = b[(k - 1) * d + t];
        b[(k - 1) * d + t] = tmp;
      }
      k = Math.max(k - 1, 1);
    }
  }
}
