import type { CbcBlock } from "./cbcGroup.js";

/**
 * What the CBC search keeps per class of residues k between stages, for one family of weights.
 *
 * With E(k) the "error density" of the s components chosen so far (n·e² = Σ_k E(k)) and a candidate
 * component z with weight γ for the next coordinate, the next squared error is
 * `n·e²(z) = Σ_k E(k) + γ Σ_k q(k) ω({k z/n})` with `q(k) = q₀ + q̃(k)`.
 */
export interface CbcState {
  /** E(k) per class. */
  readonly error: Float64Array;
  /** q₀ and q̃(k) per class, when s components have been chosen. */
  operand(s: number): { constant: number; varying: Float64Array };
  /** Applies the chosen candidate a of the next coordinate (weight γ); call after `operand(s)`. */
  update(s: number, gamma: number, a: number, blocks: readonly CbcBlock[]): void;
}

/**
 * Calls `visit(index, w)` for every class of every block with w = ω({k z/n}) of candidate a, i.e.
 * `kernel[(a − b) mod L]` for class b of a block of length L.
 */
function forEachKernelValue(blocks: readonly CbcBlock[], a: number, visit: (index: number, w: number) => void): void {
  for (const { offset, length: L, kernel } of blocks) {
    const aL = a % L;
    for (let b = 0; b <= aL; b++) visit(offset + b, kernel[aL - b]);
    for (let b = aL + 1; b < L; b++) visit(offset + b, kernel[aL - b + L]);
  }
}

/**
 * Product weights: E = D = Π_j(1 + γ_j ω_j) − 1 per class and q = 1 + D (q₀ = 1, q̃ = D). Keeping D
 * rather than the product keeps the FFT operand small, hence its rounding error.
 */
export class ProductState implements CbcState {
  readonly error: Float64Array;

  constructor(classes: number) {
    this.error = new Float64Array(classes);
  }

  operand(): { constant: number; varying: Float64Array } {
    return { constant: 1, varying: this.error };
  }

  update(_s: number, gamma: number, a: number, blocks: readonly CbcBlock[]): void {
    const D = this.error;
    for (const { offset, length: L, kernel } of blocks) {
      const aL = a % L;
      for (let b = 0; b <= aL; b++) {
        const w = gamma * kernel[aL - b];
        D[offset + b] += w * (1 + D[offset + b]);
      }
      for (let b = aL + 1; b < L; b++) {
        const w = gamma * kernel[aL - b + L];
        D[offset + b] += w * (1 + D[offset + b]);
      }
    }
  }
}

/**
 * POD weights γ_u = Γ_{|u|} Π_{j∈u} γ_j (order-dependent: γ_j = 1): p_ℓ(k) = Σ_{|u|=ℓ} Π_{j∈u} γ_j ω_j(k)
 * over the chosen coordinates, E = Σ_{ℓ≥1} Γ_ℓ p_ℓ, and q = Σ_{ℓ≥1} Γ_ℓ p_{ℓ−1} (q₀ = Γ_1). Update
 * p_ℓ ← p_ℓ + γ ω p_{ℓ−1} (Kuo, Schwab & Sloan 2012; Nuyens's fast POD CBC). Memory: s + 1 arrays.
 */
export class PodState implements CbcState {
  readonly error: Float64Array;
  readonly #orderGamma: Float64Array;
  readonly #p: Float64Array[] = [];
  readonly #q: Float64Array;

  constructor(classes: number, orderGamma: Float64Array) {
    this.error = new Float64Array(classes);
    this.#q = new Float64Array(classes);
    this.#orderGamma = orderGamma;
  }

  operand(s: number): { constant: number; varying: Float64Array } {
    const q = this.#q;
    q.fill(0);
    // p[ℓ − 1] holds p_ℓ for ℓ = 1 … s.
    for (let l = 1; l <= s; l++) {
      const G = this.#orderGamma[l + 1];
      if (G === 0) continue;
      const pl = this.#p[l - 1];
      for (let k = 0; k < q.length; k++) q[k] += G * pl[k];
    }
    return { constant: this.#orderGamma[1], varying: q };
  }

  update(s: number, gamma: number, a: number, blocks: readonly CbcBlock[]): void {
    const p = this.#p;
    p.push(new Float64Array(this.error.length));
    const E = this.error;
    const q = this.#q;
    const G1 = this.#orderGamma[1];
    forEachKernelValue(blocks, a, (k, w) => {
      const gw = gamma * w;
      E[k] += gw * (G1 + q[k]);
      for (let l = s + 1; l >= 2; l--) p[l - 1][k] += gw * p[l - 2][k];
      p[0][k] += gw;
    });
  }
}
