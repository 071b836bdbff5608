import { readFileSync } from "node:fs";

/** Reference values computed by scipy/numpy (test/fixtures/make_fixtures.py). */
// biome-ignore lint/suspicious/noExplicitAny: JSON fixture
export const fixtures: any = JSON.parse(readFileSync(new URL("./fixtures/cubature-fixtures.json", import.meta.url), "utf8"));

/**
 * Values copied from /work/shared/reference/qmcpy-conventions.json (computed by running QMCPy 2.x,
 * Apache-2.0, and independent restatements; see that file's README). Copied here so that tests never
 * read outside the package.
 */
export const qmcpy = {
  keister: [
    1.380388447043143, 1.8081864292636192, 2.168309102165481, 2.1659293025745034, 1.1353239910124924, -2.327303729297949,
    -11.05684907978818, -30.60907500355859, -71.63323428022507, -154.19388562221818,
  ],
  keisterD20D50: [-82757.01080626152, 610591703186.338],
  boxD3: { "-1": 1.1900386819897766, "1": 0.9605919564550528 },
  boxD2S1: 0.7651957164642127,
  boxD2S2S4: [0.6666666666666666, 0.6222222222222222],
  genzD2Osc: [-0.3505281658600824, -0.32850390389898243, -0.2172900908068298],
  genzD2CornerPeak: [0.7133126934984565, 0.7142857142857172, 0.7199964007398577],
  genzD3Osc: -0.4289320597703979,
  ishigamiMean: 3.5,
  gaussianPca: [
    [2.88120036820587, 0.8358734582760461],
    [1.7806797559499394, -1.35247166578456],
  ],
  gaussianCholesky: [
    [3.0, 0.0],
    [1.3333333333333333, 1.7950549357115013],
  ],
  periodizationAt03: {
    baker: [0.6, 1.0],
    c0: [0.21600000000000003, 1.2599999999999998],
    c1: [0.16307999999999997, 1.3229999999999997],
    c1sin: [0.1486346542718686, 1.3090169943749475],
    c2sin: [0.10992976331703674, 1.2476250035831544],
    c3sin: [0.08258805096601414, 1.2160942417357719],
  },
  /** The true derivative of c3sin's ψ at 0.3 (qmcpy-notes §3.6; QMCPy's own weight above is wrong). */
  c3sinCorrectWeightAt03: 1.1423503277082805,
  europeanCallPut: [4.21145297623406, 9.21145297623406],
};

/** |a − b| ≤ abs + rel·|b|. */
export function close(a: number, b: number, rel: number, abs = 0): boolean {
  return Math.abs(a - b) <= abs + rel * Math.abs(b);
}
