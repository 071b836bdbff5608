const which = process.argv[2];
const t0 = performance.now();
const cases: Record<string, () => Promise<unknown>> = {
  clt: async () => {
    const C = await import("@qmckit/cubature");
    return C.cubMcClt(C.keister(2), { relTol: 0.5, absTol: 0, alpha: 1e-300, seed: 1, nMax: 2 ** 14 } as never);
  },
  repT: async () => {
    const C = await import("@qmckit/cubature");
    return C.cubQmcRepStudentT(C.boxIntegral(2, 1), { relTol: 0.999999, alpha: 2.76e-34 } as never);
  },
  cltBig: async () => {
    const C = await import("@qmckit/cubature");
    const f = C.integrand(C.uniform(2), (t: { n: number }) => new Float64Array(t.n).fill(1e200));
    return C.cubMcClt(f as never, { absTol: 1e-3 } as never);
  },
  netConst: async () => {
    const C = await import("@qmckit/cubature");
    const f = C.integrand(C.uniform(2), (t: { n: number }) => new Float64Array(t.n).fill(1e308));
    return C.cubQmcNetG(f as never, { absTol: 1e-3 } as never);
  },
  haltonRows: async () => {
    const { Halton } = await import("@qmckit/halton");
    return new Halton(1, { randomize: "none" }).points(2 ** 26).toRows().length;
  },
  haltonSpawn: async () => {
    const { Halton } = await import("@qmckit/halton");
    return new Halton(1000, { seed: 1 }).spawn(2 ** 14).length;
  },
  gaussian: async () => {
    const C = await import("@qmckit/cubature");
    return C.gaussian({ dimension: 65536 });
  },
  brownian: async () => {
    const C = await import("@qmckit/cubature");
    return C.brownianMotion(65536);
  },
  netBig: async () => {
    const { DigitalNet } = await import("@qmckit/digital-net");
    return new DigitalNet(1).points(2 ** 31 - 1).n;
  },
  halton32: async () => {
    const { Halton } = await import("@qmckit/halton");
    return new Halton(1000).points(2 ** 32).n;
  },
  iid: async () => {
    const C = await import("@qmckit/cubature");
    return new C.IidUniform(31, { replications: 8 }).points(1e9).n;
  },
  netInt: async () => {
    const { DigitalNet } = await import("@qmckit/digital-net");
    return new DigitalNet(1024).integers(2 ** 32);
  },
  evalWin: async () => {
    const C = await import("@qmckit/cubature");
    return C.evaluateWindow(C.keister(2), {
      generator: { kind: "lattice", dimension: 2, seed: 7, replications: 1, order: "natural" } as never,
      periodization: "baker",
      start: 8,
      end: 4,
      outputs: 1,
      active: [true],
    });
  },
  pointSet: async () => {
    const C = await import("@qmckit/core");
    return new C.PointSet(null as never, 1, 7, 1);
  },
  mix64: async () => {
    const C = await import("@qmckit/core");
    return C.mix64(5 as never);
  },
  cbc: async () => {
    const L = await import("@qmckit/lattice");
    return L.cbc({ dimension: 3, n: 64, weights: 1e200 } as never);
  },
  cbcD: async () => {
    const L = await import("@qmckit/lattice");
    return L.cbc({ dimension: 3, n: 64, weights: 1e200, distinct: true } as never);
  },
  haltonLms: async () => {
    const { Halton } = await import("@qmckit/halton");
    const h = new Halton(1000, { replications: 8 });
    const a = performance.now();
    h.points(1);
    const b = performance.now();
    h.points(1, 2);
    return `first ${(b - a).toFixed(0)} ms, next ${(performance.now() - b).toFixed(0)} ms`;
  },
  netReps: async () => {
    const { DigitalNet } = await import("@qmckit/digital-net");
    return new DigitalNet(1024, { replications: 65536 }).replications;
  },
  latReps: async () => {
    const { Lattice } = await import("@qmckit/lattice");
    const l = new Lattice(3600, { replications: 65536 });
    return `${l.replications} rss ${(process.memoryUsage().rss / 1e9).toFixed(2)} GB`;
  },
  keister0: async () => {
    const C = await import("@qmckit/cubature");
    return C.keisterExact(0);
  },
  keisterS: async () => {
    const C = await import("@qmckit/cubature");
    return C.keisterExact("3" as never);
  },
  keisterBig: async () => {
    const C = await import("@qmckit/cubature");
    return C.keisterExact(2 ** 32);
  },
  splitMix: async () => {
    const C = await import("@qmckit/core");
    return C.splitMix64(0n, Infinity);
  },
};
const show = (v: unknown) => {
  try {
    return JSON.stringify(v, (_k, x) =>
      typeof x === "bigint" ? String(x) : typeof x === "number" && !Number.isFinite(x) ? String(x) : x,
    )?.slice(0, 300);
  } catch {
    return String(v).slice(0, 300);
  }
};
try {
  const v = await cases[which]();
  console.log(`${which}: OK ${((performance.now() - t0) / 1000).toFixed(2)}s ${show(v)}`);
} catch (e) {
  console.log(
    `${which}: ${(e as Error).constructor.name} ${((performance.now() - t0) / 1000).toFixed(2)}s ${(e as Error).message.slice(0, 200)}`,
  );
}
