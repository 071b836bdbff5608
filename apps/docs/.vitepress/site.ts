// What the site lists, in one place. Adding a package: add its guide page under packages/ (or a one-line
// page that includes a guide from docs/guides/, see apps/docs/README.md) and a line here. The API
// reference needs no edit: it is generated from the exports of every packages/*/package.json.
import type { DefaultTheme } from "vitepress";

export const packageGuides: DefaultTheme.SidebarItem[] = [
  { text: "@qmckit/core", link: "/packages/core" },
  { text: "@qmckit/transforms", link: "/packages/transforms" },
  { text: "@qmckit/lattice", link: "/packages/lattice" },
  { text: "@qmckit/digital-net", link: "/packages/digital-net" },
  { text: "@qmckit/halton", link: "/packages/halton" },
  { text: "@qmckit/kernels", link: "/packages/kernels" },
  { text: "@qmckit/discrepancy", link: "/packages/discrepancy" },
  { text: "@qmckit/cubature", link: "/packages/cubature" },
  { text: "@qmckit/distributed", link: "/packages/distributed" },
  { text: "@qmckit/rotation-quant", link: "/packages/rotation-quant" },
  { text: "@qmckit/cli", link: "/packages/cli" },
];

export const tutorials: DefaultTheme.SidebarItem[] = [
  { text: "QMC vs MC: the convergence you get", link: "/tutorials/qmc-vs-mc" },
  { text: "Pricing an Asian option with an error bound", link: "/tutorials/asian-option" },
  { text: "Building a lattice for your weights with CBC", link: "/tutorials/lattice-cbc" },
  { text: "Singular integrands: periodization", link: "/tutorials/periodization" },
  { text: "Choosing a criterion and its setting", link: "/tutorials/choosing-a-criterion" },
  { text: "Compressing embeddings with rotation-quant", link: "/tutorials/rotation-quant-search" },
  { text: "An expensive integrand on workers", link: "/tutorials/workers" },
  { text: "Bayesian cubature with fast Gaussian processes", link: "/tutorials/bayesian-cubature" },
];

export const start: DefaultTheme.SidebarItem[] = [
  { text: "Getting started", link: "/guide/getting-started" },
  { text: "QMC in ten minutes", link: "/guide/qmc-in-ten-minutes" },
  { text: "Point sets, live", link: "/guide/point-sets" },
];

export const migration: DefaultTheme.SidebarItem[] = [
  { text: "From scipy.stats.qmc", link: "/migration/scipy" },
  { text: "From QMCPy", link: "/migration/qmcpy" },
];
