// Stirling-series coefficients B₂ₖ / (2k(2k−1)), k = 1..8.
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];

/**
 * Δ(z) = ln Γ(z) − ((z − ½) ln z − z + ½ ln 2π) = Σₖ B₂ₖ / (2k(2k−1) z^(2k−1)), for z ≥ 10 (8 terms; the
 * truncation error is below 1e−17 there).
 */
export function stirlingCorrection(z: number): number {
  const inv = 1 / z;
  const inv2 = inv * inv;
  let series = 0;
  let power = inv;
  for (const coefficient of STIRLING) {
    series += coefficient * power;
    power *= inv2;
  }
  return series;
}
