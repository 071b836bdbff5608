// Observable Plot renderings of the figure data. Each returns the SVG (or figure) element Plot builds;
// the page inserts it. Colours come from one categorical scheme so that legends match across pages.
import * as Plot from "@observablehq/plot";
import type { ConvergenceRow } from "./convergence.js";
import type { BoundRow } from "./cubatureBound.js";
import type { PointSetData, PointSetSpec } from "./pointSets.js";
import type { RecallRow } from "./recall.js";

type PlotElement = ReturnType<typeof Plot.plot>;

const SUPERSCRIPT: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/** 2^k as "2ᵏ" for the tick labels of log₂ axes. */
export function powerOfTwoLabel(x: number): string {
  return `2${String(Math.round(Math.log2(x))).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;
}

/** 1e-3 as "10⁻³" on log₁₀ axes; other ticks unlabelled to keep the axis readable. */
export function powerOfTenLabel(y: number): string {
  const k = Math.log10(y);
  return Math.abs(k - Math.round(k)) < 1e-9 ? `10${String(Math.round(k)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}` : "";
}

/** One colour per method, in a fixed order, so that every figure and legend agrees. */
export const METHOD_COLORS = ["#d3412f", "#3a6fd8", "#2a9d5c", "#8e5bd0"];

export function projectionPlot(spec: PointSetSpec, data: PointSetData, width = 460): PlotElement {
  width = Math.min(width, 460);
  const n = data.points.length;
  const rows = data.points.map(([x, y], i) => ({
    x,
    y,
    part: i < n / 2 ? `points 0 … ${n / 2 - 1}` : `points ${n / 2} … ${n - 1}`,
  }));
  return Plot.plot({
    width,
    height: width,
    marginLeft: 44,
    marginBottom: 44,
    x: { domain: [0, 1], label: `coordinate ${spec.dims[0] + 1} →`, ticks: 5, labelOffset: 34 },
    y: { domain: [0, 1], label: `↑ coordinate ${spec.dims[1] + 1}`, ticks: 5 },
    color: { legend: true, domain: [`points 0 … ${n / 2 - 1}`, `points ${n / 2} … ${n - 1}`], range: ["#3a6fd8", "#e0702b"] },
    marks: [
      Plot.ruleX(data.xLines, { stroke: "#9aa5b1", strokeOpacity: 0.55 }),
      Plot.ruleY(data.yLines, { stroke: "#9aa5b1", strokeOpacity: 0.55 }),
      Plot.frame(),
      Plot.dot(rows, { x: "x", y: "y", fill: "part", r: n > 512 ? 1.8 : 2.6 }),
    ],
  });
}

export function convergencePlot(rows: ConvergenceRow[], methods: readonly string[], width = 640): PlotElement {
  const mc = rows.filter((r) => r.method === methods[0]);
  const n0 = mc[0].n;
  const e0 = mc[0].rmse;
  const nLast = mc[mc.length - 1].n;
  const reference = [
    { n: n0, rmse: e0, rate: "∝ n⁻¹ᐟ²" },
    { n: nLast, rmse: e0 * Math.sqrt(n0 / nLast), rate: "∝ n⁻¹ᐟ²" },
    { n: n0, rmse: e0, rate: "∝ n⁻¹" },
    { n: nLast, rmse: (e0 * n0) / nLast, rate: "∝ n⁻¹" },
  ];
  return Plot.plot({
    width,
    height: Math.round(width * 0.62),
    marginLeft: 56,
    marginBottom: 44,
    marginRight: 56,
    grid: true,
    x: { type: "log", base: 2, label: "n (points per replication) →", tickFormat: powerOfTwoLabel, labelOffset: 34 },
    y: { type: "log", label: "↑ root-mean-square error", tickFormat: powerOfTenLabel },
    color: { legend: true, domain: methods, range: METHOD_COLORS },
    marks: [
      Plot.line(reference, { x: "n", y: "rmse", z: "rate", stroke: "#888", strokeDasharray: "4,4" }),
      Plot.text(
        reference.filter((_, i) => i % 2 === 1),
        { x: "n", y: "rmse", text: "rate", dx: 6, textAnchor: "start", fill: "#666", fontSize: 12 },
      ),
      Plot.line(rows, { x: "n", y: "rmse", stroke: "method", strokeWidth: 2 }),
      Plot.dot(rows, { x: "n", y: "rmse", fill: "method", r: 3.5, tip: true }),
    ],
  });
}

export function cubatureBoundPlot(rows: BoundRow[], absTolLine: number | undefined, width = 640): PlotElement {
  return Plot.plot({
    width,
    height: Math.round(width * 0.58),
    marginLeft: 56,
    marginBottom: 44,
    grid: true,
    x: { type: "log", base: 2, label: "n (integrand evaluations) →", tickFormat: powerOfTwoLabel, labelOffset: 34 },
    y: { type: "log", label: "↑ absolute error", tickFormat: powerOfTenLabel },
    color: { legend: true, domain: ["error bound", "true error"], range: ["#3a6fd8", "#d3412f"] },
    marks: [
      ...(absTolLine === undefined ? [] : [Plot.ruleY([absTolLine], { stroke: "#888", strokeDasharray: "4,4" })]),
      Plot.line(rows, { x: "n", y: "value", stroke: "quantity", strokeWidth: 2 }),
      Plot.dot(rows, { x: "n", y: "value", fill: "quantity", r: 3.5, tip: true }),
    ],
  });
}

export function recallPlot(rows: RecallRow[], k: number, width = 640): PlotElement {
  return Plot.plot({
    width,
    height: Math.round(width * 0.55),
    marginLeft: 56,
    marginBottom: 44,
    grid: true,
    x: { label: "bits per coordinate →", ticks: rows.length / 2, tickFormat: "d", labelOffset: 34 },
    y: { domain: [0, 1], label: `↑ recall@${k}`, percent: false },
    color: { legend: true, range: ["#3a6fd8", "#2a9d5c"] },
    marks: [
      Plot.ruleY([1], { stroke: "#888", strokeDasharray: "4,4" }),
      Plot.line(rows, { x: "bits", y: "recall", stroke: "search", strokeWidth: 2 }),
      Plot.dot(rows, { x: "bits", y: "recall", fill: "search", r: 4, tip: true }),
    ],
  });
}
