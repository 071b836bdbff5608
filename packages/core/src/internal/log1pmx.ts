/** ln(1 + u) − u for u > −1, without the cancellation of forming it that way when |u| is small. */
export function log1pmx(u: number): number {
  if (Math.abs(u) >= 0.5) return Math.log1p(u) - u;
  // −u²/2 + u³/3 − u⁴/4 + …, summed until the terms stop mattering.
  let power = -u * u;
  let sum = power / 2;
  for (let k = 3; k < 200; k++) {
    power *= -u;
    const term = power / k;
    sum += term;
    if (Math.abs(term) <= Math.abs(sum) * 1e-17) break;
  }
  return sum;
}
