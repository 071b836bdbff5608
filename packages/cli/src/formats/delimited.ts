import type { Format, Layout } from "./Writer.js";

/**
 * CSV / TSV: one point per line, values in the shortest decimal form that round-trips to the same
 * double (`String(x)`). With several replications, the first column is the replication index.
 */
export function delimited(separator: "," | "\t"): Format {
  let layout: Layout;
  return {
    begin(l) {
      layout = l;
      return "";
    },
    block(values, rows, replication) {
      const d = layout.dimension;
      const lines: string[] = new Array(rows);
      const prefix = layout.replications > 1 ? `${replication}${separator}` : "";
      const cells: string[] = new Array(d);
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < d; j++) cells[j] = String(values[i * d + j]);
        lines[i] = prefix + cells.join(separator);
      }
      return rows > 0 ? `${lines.join("\n")}\n` : "";
    },
    end() {
      return "";
    },
  };
}
