for (const m of [
  "lattice",
  "digital-net",
  "halton",
  "cubature",
  "rotation-quant",
  "cli",
  "distributed",
  "transforms",
  "kernels",
  "discrepancy",
]) {
  const mod = await import(`@qmckit/${m}`);
  console.log(m, Object.keys(mod).join(" "));
}
