/**
 * e^(−c·x²) for c = 1 or c = 1/2, to about one ulp for |x| < 2^6: x² is split as xh² + (x − xh)(x + xh)
 * with xh = x rounded down to 2^−20, so that c·xh² is exact in double precision and the rounding of x²
 * (an error of c·x²·2^−53 in the exponent, ~ 700 ulp at x = 37) never reaches the result. The trick of
 * Cody's and fdlibm's erfc.
 */
export function expMinusSquare(x: number, c: 1 | 0.5 = 1): number {
  const a = Math.abs(x);
  const h = Math.trunc(a * 1048576) / 1048576;
  return Math.exp(-c * h * h) * Math.exp(-c * (a - h) * (a + h));
}
