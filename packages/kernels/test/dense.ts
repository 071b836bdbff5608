import { CholeskyDecomposition, Matrix } from "ml-matrix";

/** A dense reference for a Gram matrix: ml-matrix's Cholesky of K (row-major n × n). */
export class DenseGram {
  readonly n: number;
  readonly K: Matrix;
  readonly chol: CholeskyDecomposition;

  constructor(entries: Float64Array, n: number, nugget = 0) {
    this.n = n;
    const rows: number[][] = [];
    for (let i = 0; i < n; i++) {
      const r = Array.from(entries.subarray(i * n, (i + 1) * n));
      r[i] += nugget;
      rows.push(r);
    }
    this.K = new Matrix(rows);
    this.chol = new CholeskyDecomposition(this.K);
  }

  multiply(y: Float64Array): Float64Array {
    return Float64Array.from(this.K.mmul(Matrix.columnVector(Array.from(y))).to1DArray());
  }

  solve(y: Float64Array): Float64Array {
    return Float64Array.from(this.chol.solve(Matrix.columnVector(Array.from(y))).to1DArray());
  }

  logDet(): number {
    const L = this.chol.lowerTriangularMatrix;
    let s = 0;
    for (let i = 0; i < this.n; i++) s += 2 * Math.log(L.get(i, i));
    return s;
  }
}
