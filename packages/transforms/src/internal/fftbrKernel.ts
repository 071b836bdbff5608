import { first2, first4, first8 } from "./fftbrFirstPasses.js";
import { pass2, pass4, pass8 } from "./fftbrPasses.js";
import { radix2Twiddles, radix4Twiddles, radix8Twiddles } from "./fftbrTables.js";
import { last4, last8 } from "./ifftbrLastPasses.js";
import { ipass2, ipass4, ipass8 } from "./ifftbrPasses.js";

/**
 * Spans from which radix-4 replaces radix-8. A radix-8 pass touches 16 streams (8 of re, 8 of im);
 * once the span is a multiple of 4 KiB they fall in one L1 set (12 ways) and thrash — measured 2.6×
 * slower per stage at n = 2^20. Radix-4's 8 streams fit.
 */
const LONG_SPAN = 256;

/**
 * Block for the passes of short span: 2^14 entries, re + im = 256 KiB, L2-resident on common CPUs.
 * At n = 2^20 this leaves 3 sweeps over memory instead of 8 (5 % faster here, where the 32 MiB L3
 * holds all of x; more where it does not).
 */
const BLOCK = 2 ** 14;

/**
 * The passes of a length-2^m transform: a twiddle-free lead pass (radix 8 when m ≥ 3), then radix-8
 * passes at spans below LONG_SPAN, radix-4 passes for the rest. Radix 4 costs no more per stage than
 * radix 8 here (≈ 0.6 ms per stage at n = 2^20 since pass4 shares each twiddle load between two
 * butterflies, ≈ 0.8 ms for radix 8) while a lone radix-2 pass costs a whole pass for one
 * stage, so when the stages left over are odd one radix-8 pass gives way to a radix-4 pass; a
 * radix-2 pass remains only for m = 4. Encoded as [radix, span] pairs after the lead.
 */
function plan(m: number): { lead: number; passes: Array<[number, number]> } {
  const lead = Math.min(m, 3);
  let radix8 = 0;
  for (let h = 8; h < LONG_SPAN && lead + 3 * (radix8 + 1) <= m; h *= 8) radix8++;
  if ((m - lead - 3 * radix8) % 2 === 1 && radix8 > 0) radix8--;
  const passes: Array<[number, number]> = [];
  let h = 1 << lead;
  for (let k = 0; k < radix8; k++, h *= 8) passes.push([8, h]);
  for (; 4 * h <= 2 ** m; h *= 4) passes.push([4, h]);
  if (h < 2 ** m) passes.push([2, h]);
  return { lead, passes };
}

const plans: Array<{ lead: number; passes: Array<[number, number]> }> = [];
function planFor(m: number) {
  let p = plans[m];
  if (p === undefined) {
    p = plan(m);
    plans[m] = p;
  }
  return p;
}

/**
 * Unchecked in-place `s · DFT(x[rev(·)])` on x[o, o + n), n = 2^m ≥ 2: decimation in time on the
 * bit-reversed input, output in natural order, no permutation pass.
 */
export function fftbrKernel(re: Float64Array, im: Float64Array, o: number, n: number, s: number): void {
  const { lead, passes } = planFor(31 - Math.clz32(n));
  const block = Math.min(n, BLOCK);
  const local = localPasses(passes, block);
  // A pass of radix r and span h works within aligned blocks of r·h entries, so the passes that fit
  // a block run block by block while it is cache-resident; only the long-span passes sweep all of x.
  for (let b = o, end = o + n; b < end; b += block) {
    if (lead === 1) first2(re, im, b, block, s);
    else if (lead === 2) first4(re, im, b, block, s);
    else first8(re, im, b, block, s);
    for (let p = 0; p < local; p++) forwardPass(re, im, b, block, passes[p][0], passes[p][1]);
  }
  for (let p = local; p < passes.length; p++) forwardPass(re, im, o, n, passes[p][0], passes[p][1]);
}

/**
 * Unchecked in-place inverse: `s · bitrev(conj-DFT(y))` on y[o, o + n), the adjoint of
 * {@link fftbrKernel} with s = 1/√n. The forward passes are undone in reverse order (decimation in
 * frequency), so natural-order input gives bit-reversed output without a permutation pass.
 */
export function ifftbrKernel(re: Float64Array, im: Float64Array, o: number, n: number, s: number): void {
  const { lead, passes } = planFor(31 - Math.clz32(n));
  const block = Math.min(n, BLOCK);
  const local = localPasses(passes, block);
  for (let p = passes.length - 1; p >= local; p--) inversePass(re, im, o, n, passes[p][0], passes[p][1]);
  for (let b = o, end = o + n; b < end; b += block) {
    for (let p = local - 1; p >= 0; p--) inversePass(re, im, b, block, passes[p][0], passes[p][1]);
    if (lead === 1) first2(re, im, b, block, s);
    else if (lead === 2) last4(re, im, b, block, s);
    else last8(re, im, b, block, s);
  }
}

/** How many leading passes stay within aligned blocks of `block` entries (radix · span ≤ block). */
function localPasses(passes: Array<[number, number]>, block: number): number {
  let p = 0;
  while (p < passes.length && passes[p][0] * passes[p][1] <= block) p++;
  return p;
}

/** One forward pass of the plan, by radix, with its cached twiddles. */
function forwardPass(re: Float64Array, im: Float64Array, o: number, n: number, radix: number, h: number): void {
  if (radix === 8) pass8(re, im, o, n, h, radix8Twiddles(h));
  else if (radix === 4) pass4(re, im, o, n, h, radix4Twiddles(h));
  else pass2(re, im, o, n, h, radix2Twiddles(h));
}

/** The adjoint of {@link forwardPass}. */
function inversePass(re: Float64Array, im: Float64Array, o: number, n: number, radix: number, h: number): void {
  if (radix === 8) ipass8(re, im, o, n, h, radix8Twiddles(h));
  else if (radix === 4) ipass4(re, im, o, n, h, radix4Twiddles(h));
  else ipass2(re, im, o, n, h, radix2Twiddles(h));
}
