import { cubMcClt, keister, integrand, uniform } from "@qmckit/cubature";
const r = cubMcClt(keister(2), { relTol: 0.5, absTol: 0, alpha: 1e-300, seed: 1, nMax: 2 ** 14 });
console.log(r.estimate, r.lower, r.upper, r.errorBound, r.state.data);
const big = integrand(uniform(2), (ps) => { const o = new Float64Array(ps.n * ps.replications); o.fill(1e160); return o; });
try { const r2 = cubMcClt(big, { absTol: 1e-2, seed: 1 }); console.log(r2.estimate, r2.converged, r2.reason) } catch (e) { console.log(e) }
