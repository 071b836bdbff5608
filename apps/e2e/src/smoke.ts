/**
 * Per-entry smoke snippets of the consumer program that the pack-and-install test writes, installs beside
 * the packed tarballs and type-checks with TypeScript 5. One entry per public import path (package main
 * entry or subpath export). Each snippet sees the entry's namespace as `m` and the helpers
 * `same(what, got, expected, tolerance?)` and `assert(what, condition)`; it must compute something real
 * with known values (mathematics or an independent source), not just import.
 *
 * An entry point found in packages/*\/package.json without a snippet here is still imported and checked
 * for exports, and the test lists it as a todo: add its snippet here.
 */
export interface Smoke {
  /** TypeScript statements; may use top-level await. */
  code: string;
  /** Entries whose declarations need @types/node (the CLI); left out of the browser-style (lib dom, no @types/node) check. */
  nodeOnly?: boolean;
}

export const SMOKE: Record<string, Smoke> = {
  "@qmckit/core": {
    code: `
      same("crc32('123456789')", m.crc32(new TextEncoder().encode("123456789")), 0xcbf43926);
      const a = new m.RandomStream(42).nextFloat64();
      same("RandomStream(42) replays", new m.RandomStream(42).nextFloat64(), a);
      assert("RandomStream float in [0, 1)", a >= 0 && a < 1);`,
  },
  "@qmckit/core/special": {
    code: `
      same("normalQuantile(0.975)", m.normalQuantile(0.975), 1.959963984540054, 1e-15);
      same("normalCdf(1.959963984540054)", m.normalCdf(1.959963984540054), 0.975, 1e-15);
      same("studentTQuantile(0.975, 10) (scipy)", m.studentTQuantile(0.975, 10), 2.228138851986274, 1e-14);
      same("erfc(0)", m.erfc(0), 1);`,
  },
  "@qmckit/transforms": {
    code: `
      const y = m.fwht(new Float64Array([1, 0, 0, 0]));
      same("fwht(e0) (orthonormal)", Array.from(y).join(), [0.5, 0.5, 0.5, 0.5].join());
      const z = m.fftbr(new Float64Array([1, 0, 0, 0]));
      same("fftbr(e0).re (orthonormal)", Array.from(z.re).join(), [0.5, 0.5, 0.5, 0.5].join());`,
  },
  "@qmckit/lattice": {
    code: `
      const ps = new m.Lattice(1, { randomize: "none" }).points(4);
      same("Lattice(1) natural order, first 4 points", Array.from(ps.data).join(), [0, 0.5, 0.25, 0.75].join());`,
  },
  "@qmckit/digital-net": {
    code: `
      const ps = new m.DigitalNet(2, { randomize: "none" }).points(4);
      same("Sobol' d=2, first 4 points (natural order)", Array.from(ps.data).join(), [0, 0, 0.5, 0.5, 0.25, 0.75, 0.75, 0.25].join());`,
  },
  "@qmckit/digital-net/joe-kuo-full": {
    code: `
      const { DigitalNet } = await import("@qmckit/digital-net");
      const net = new DigitalNet(2000, { generatingMatrices: m.joeKuoFull, randomize: "none" });
      const ps = net.points(2);
      // The second Sobol' point is 1/2 in every dimension.
      assert("joeKuoFull: d = 2000, point 1 is all 1/2", ps.data.subarray(2000).every((x) => x === 0.5));`,
  },
  "@qmckit/halton": {
    code: `
      const ps = new m.Halton(2, { randomize: "none" }).points(4);
      same("Halton d=2, first 4 points", Array.from(ps.data).join(), [0, 0, 1 / 2, 1 / 3, 1 / 4, 2 / 3, 3 / 4, 1 / 9].join());`,
  },
  "@qmckit/cubature": {
    code: `
      const f = m.keister(5);
      const r = m.cubQmcNetG(f, { absTol: 1e-3, seed: 7 });
      assert("cubQmcNetG converged", r.converged);
      same("Keister d=5 estimate (QMCPy's exact value)", r.estimate, 1.1353239910124924, 1e-3);`,
  },
  "@qmckit/cubature/worker": {
    code: `
      // piscina is an optional peer dependency, not installed here: the error must say what to install.
      let message = "";
      try {
        m.workerEvaluator({ module: new URL("./integrand.mjs", import.meta.url), threads: 1 });
      } catch (e) {
        message = String((e as Error).message);
      }
      assert("workerEvaluator without piscina names the package to install: " + message, message.includes("npm install piscina"));`,
  },
  "@qmckit/rotation-quant": {
    code: `
      const d = 256;
      const q = new m.RotationQuantizer({ dimension: d, bits: 4, seed: 1 });
      const x = new Float32Array(d).map((_, i) => Math.sin(i + 1));
      const y = q.decode(q.encode(x));
      let xy = 0, xx = 0, yy = 0;
      for (let i = 0; i < d; i++) { xy += x[i] * y[i]; xx += x[i] * x[i]; yy += y[i] * y[i]; }
      // 4-bit Lloyd-Max on a rotated vector: relative MSE ≈ 0.0095, so the cosine is ≈ 0.995.
      assert("rotation-quant 4-bit round trip cosine > 0.98", xy / Math.sqrt(xx * yy) > 0.98);`,
  },
  "@qmckit/cli": {
    nodeOnly: true,
    code: `
      const { Writable } = await import("node:stream");
      let out = "";
      const sink = new Writable({ write(chunk, _encoding, done) { out += String(chunk); done(); } });
      const status = await m.main(["points", "halton", "--dimension", "2", "--n", "2", "--randomize", "none", "--format", "csv"], { stdout: sink, stderr: sink });
      same("qmc points halton exit status", status, 0);
      assert("qmc points halton csv has the point (1/2, 1/3): " + JSON.stringify(out), out.includes("0.5"));`,
  },
  "@qmckit/kernels": {
    code: `
      const { Lattice } = await import("@qmckit/lattice");
      const n = 256;
      const kernel = m.shiftInvariantKernel({ dimension: 2, alpha: 1, weights: 0.5 });
      const gram = new m.FastGram({ generator: new Lattice(2, { seed: 7 }), kernel, n, nugget: 1e-8 });
      const y = Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1));
      const back = gram.multiply(gram.solve(y));
      same("K·(K⁻¹y) = y", back[5], y[5], 1e-9);
      // α = 1: K(x, x) = ∏ (1 + γ·2π²·B₂(0)) = (1 + 0.5·π²/3)², so trace = n·K(x, x) + n·nugget.
      same("trace", gram.trace(), n * (1 + (0.5 * Math.PI ** 2) / 3) ** 2 + n * 1e-8, 1e-12);`,
  },
  "@qmckit/discrepancy": {
    code: `
      // CD² of the single point (½, ½) in d = 2: (13/12)² − 2 + 1 = 25/144 (Hickernell's formula).
      same("CD² of (½, ½)", m.discrepancy([[0.5, 0.5]]), 25 / 144, 1e-15);
      const ps = [[0.1, 0.2], [0.6, 0.7], [0.35, 0.95]];
      assert("updateDiscrepancy = discrepancy of the larger set", Math.abs(m.updateDiscrepancy([0.85, 0.45], ps, m.discrepancy(ps, { iterative: true })) - m.discrepancy([...ps, [0.85, 0.45]])) < 1e-14);`,
  },
  "@qmckit/discrepancy/parallel": {
    code: `
      const { discrepancy } = await import("@qmckit/discrepancy");
      const x = Array.from({ length: 300 }, (_, i) => [((i * 0.618034) % 1), ((i * 0.414214) % 1)]);
      const pool = m.discrepancyPool({ threads: 2 });
      try {
        same("2 threads = 1 thread, bit for bit", await pool.discrepancy(x), discrepancy(x));
      } finally {
        await pool.close();
      }`,
    nodeOnly: true,
  },
  "@qmckit/distributed": {
    // Without a Redis server the consumer can still check the boundary: options are validated before any
    // connection is made (the queue itself is tested against a real Redis in the package's own tests).
    code: `
      let message = "";
      try {
        m.queueEvaluator({ connection: "redis://127.0.0.1:1", queue: "q", module: "integrand.mjs", windowSize: 0 });
      } catch (e) {
        message = (e as Error).message;
      }
      assert("queueEvaluator refuses windowSize 0 before connecting: " + message, /^windowSize must be/.test(message));`,
    nodeOnly: true,
  },
};
