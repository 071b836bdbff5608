import { CholeskyDecomposition, EigenvalueDecomposition, Matrix } from "ml-matrix";

function toMatrix(sigma: Float64Array, d: number): Matrix {
  const m = new Matrix(d, d);
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) m.set(i, j, sigma[i * d + j]);
  return m;
}

/** Throws unless Σ is symmetric to rounding. */
export function checkSymmetric(name: string, sigma: Float64Array, d: number): void {
  for (let i = 0; i < d; i++)
    for (let j = 0; j < i; j++) {
      const a = sigma[i * d + j];
      const b = sigma[j * d + i];
      if (Math.abs(a - b) > 1e-12 * Math.max(1, Math.abs(a), Math.abs(b)))
        throw new RangeError(`${name} must be symmetric; got ${name}[${i}][${j}] = ${a} ≠ ${name}[${j}][${i}] = ${b}`);
    }
}

/**
 * PCA factor A = V·√Λ with A·Aᵀ = Σ: eigenvectors in columns sorted by decreasing eigenvalue, each
 * column's sign chosen so that its first entry is ≥ 0 (QMCPy's convention). Row-major d × d.
 *
 * @throws RangeError when Σ has an eigenvalue below −1e-12·max|λ| (not positive semidefinite).
 */
export function pcaFactor(name: string, sigma: Float64Array, d: number): Float64Array {
  const eig = new EigenvalueDecomposition(toMatrix(sigma, d), { assumeSymmetric: true });
  const values = eig.realEigenvalues;
  const vectors = eig.eigenvectorMatrix;
  const order = values.map((_, k) => k).sort((p, q) => values[q] - values[p]);
  const scale = Math.max(...values.map(Math.abs), 0);
  const a = new Float64Array(d * d);
  order.forEach((k, col) => {
    const lambda = values[k];
    if (lambda < -1e-12 * scale) throw new RangeError(`${name} must be positive semidefinite; it has eigenvalue ${lambda}`);
    const root = Math.sqrt(Math.max(lambda, 0));
    // Sign convention: the first nonzero entry of each column is positive.
    let sign = 1;
    for (let i = 0; i < d; i++) {
      const v = vectors.get(i, k);
      if (Math.abs(v) > 1e-14) {
        sign = v < 0 ? -1 : 1;
        break;
      }
    }
    for (let i = 0; i < d; i++) a[i * d + col] = sign * root * vectors.get(i, k);
  });
  return a;
}

/**
 * Lower-triangular Cholesky factor L with L·Lᵀ = Σ, row-major d × d.
 *
 * @throws RangeError when Σ is not positive definite.
 */
export function choleskyFactor(name: string, sigma: Float64Array, d: number): Float64Array {
  const chol = new CholeskyDecomposition(toMatrix(sigma, d));
  if (!chol.isPositiveDefinite()) throw new RangeError(`${name} must be positive definite for a Cholesky factor`);
  const l = chol.lowerTriangularMatrix;
  const out = new Float64Array(d * d);
  for (let i = 0; i < d; i++) for (let j = 0; j <= i; j++) out[i * d + j] = l.get(i, j);
  return out;
}

/**
 * Brownian-bridge factor A (row-major d × d) for Brownian motion with unit diffusion on the increasing
 * times t_0 < … < t_{d−1}: column 0 fixes W(t_{d−1}) = √t_{d−1}·z_0, then each further column fills the
 * midpoint (by index) of the widest remaining gap from its two known neighbours,
 * W(t_m) = ((t_r − t_m)W(t_l) + (t_m − t_l)W(t_r))/(t_r − t_l) + √((t_m − t_l)(t_r − t_m)/(t_r − t_l))·z_k,
 * with W(0) = 0 (Glasserman, Monte Carlo Methods in Financial Engineering, §3.1). A·Aᵀ = min(t_i, t_j).
 */
export function bridgeFactor(times: Float64Array): Float64Array {
  const d = times.length;
  const a = new Float64Array(d * d);
  a[(d - 1) * d] = Math.sqrt(times[d - 1]);
  let col = 1;
  const queue: [number, number][] = [[-1, d - 1]];
  for (let q = 0; q < queue.length; q++) {
    const [l, r] = queue[q];
    if (r - l <= 1) continue;
    const m = (l + r) >> 1;
    const tl = l < 0 ? 0 : times[l];
    const tr = times[r];
    const tm = times[m];
    const wl = (tr - tm) / (tr - tl);
    const wr = (tm - tl) / (tr - tl);
    for (let k = 0; k < col; k++) a[m * d + k] = (l < 0 ? 0 : wl * a[l * d + k]) + wr * a[r * d + k];
    a[m * d + col] = Math.sqrt(((tm - tl) * (tr - tm)) / (tr - tl));
    col++;
    queue.push([l, m], [m, r]);
  }
  return a;
}
