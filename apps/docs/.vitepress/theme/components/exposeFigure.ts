// Records what a figure drew on its root element, for readers' tools and for the browser test: the spec
// (generator, options, seed), the coordinates the marks were drawn from, the expected number of dot
// marks, and the pixel ranges of the x and y scales.
export interface FigureRecord {
  figure: string;
  spec: unknown;
  coordinates: unknown;
  marks: number;
}

interface ScaledPlot extends Element {
  scale(name: "x" | "y"): { range?: readonly number[]; domain?: readonly unknown[]; type?: string } | undefined;
}

export function exposeFigure(root: HTMLElement, plot: Element, record: FigureRecord): void {
  root.dataset.figure = record.figure;
  root.dataset.spec = JSON.stringify(record.spec);
  root.dataset.coordinates = JSON.stringify(record.coordinates);
  root.dataset.marks = String(record.marks);
  const x = (plot as ScaledPlot).scale("x");
  const y = (plot as ScaledPlot).scale("y");
  root.dataset.scales = JSON.stringify({ x: { range: x?.range, type: x?.type }, y: { range: y?.range, type: y?.type } });
  root.dataset.rendered = String(Number(root.dataset.rendered ?? "0") + 1);
}
