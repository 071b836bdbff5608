import { describe, expect, it } from "vitest";
import { codebookDistortion, gaussianCodebook, gaussianMarginal, sphereMarginal } from "../../src/index.js";
import { fixture, type ReferenceCodebooks } from "../fixtures.js";

const reference = fixture<ReferenceCodebooks>("lloyd-max-codebooks.json");

describe("codebookDistortion", () => {
  it("gives the reference 'MSE with the N(0,1) codebook' under each exact sphere marginal (1e-9 relative)", () => {
    for (const d of [64, 128, 256, 1024]) {
      for (let bits = 1; bits <= 4; bits++) {
        const expected = reference[`sphere_d${d}`][String(bits)].mse_with_gaussian_codebook as number;
        const got = codebookDistortion(sphereMarginal(d), gaussianCodebook(bits));
        expect(Math.abs(got - expected) / expected, `d ${d} bits ${bits}`).toBeLessThan(1e-9);
      }
    }
  });
  it("gives each Gaussian table its own MSE under the Gaussian", () => {
    for (let bits = 1; bits <= 8; bits++) {
      const cb = gaussianCodebook(bits);
      expect(Math.abs(codebookDistortion(gaussianMarginal, cb) - cb.mse) / cb.mse).toBeLessThan(1e-10);
    }
  });
});
