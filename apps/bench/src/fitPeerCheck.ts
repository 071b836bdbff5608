// Prints FastGP.fit's optimum on the benchmark problem (apps/bench/src/cases/fastgp.bench.ts) and scipy's
// (apps/bench/peers/peers.py, op numpy.fastgp_fit): the losses must agree to 1e-6 relative.
// Usage: npx tsx --conditions source apps/bench/src/fitPeerCheck.ts
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bench } from "./cases/fastgp.bench.js";

const fit = bench.cases[0].setup()() as {
  value: number;
  converged: boolean;
  evaluations: number;
  scale: number;
  weights: number[];
};
const peer = bench.peers?.[0];
const peersPy = fileURLToPath(new URL("../peers/peers.py", import.meta.url));
const code = `import json,sys\nexec(open(${JSON.stringify(peersPy)}).read())\nf=prepare(${JSON.stringify(peer?.op)}, json.loads(${JSON.stringify(JSON.stringify(peer?.args))}))\nf()\nr=_cache['fastgp_fit_result']\nprint(json.dumps({'fun': float(r.fun), 'nfev': int(r.nfev), 'x': [float(v) for v in r.x], 'success': bool(r.success)}))`;
const out = execFileSync("python3", ["-c", code], { input: "", encoding: "utf8" }).trim().split("\n");
const scipy = JSON.parse(out[out.length - 1]) as { fun: number; nfev: number; x: number[]; success: boolean };
const rel = Math.abs(fit.value - scipy.fun) / Math.abs(scipy.fun);
process.stdout.write(
  `qmckit: loss ${fit.value} (${fit.evaluations} evaluations, converged ${fit.converged}), S = ${fit.scale}, γ = ${fit.weights.join(", ")}\n` +
    `scipy : loss ${scipy.fun} (${scipy.nfev} evaluations, success ${scipy.success}), S = ${Math.exp(scipy.x[0])}, γ = ${scipy.x.slice(1).map(Math.exp).join(", ")}\n` +
    `relative difference ${rel.toExponential(3)} (${rel <= 1e-6 ? "within" : "ABOVE"} 1e-6)\n`,
);
