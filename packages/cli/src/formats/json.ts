import type { Format, Layout } from "./Writer.js";

/**
 * JSON: `{"generator":…,"dimension":D,"n":N,"replications":R,"seed":S,"points":P}` with P nested
 * `[n][d]` when R = 1, else `[R][n][d]`, written incrementally so memory stays bounded.
 */
export function json(): Format {
  let layout: Layout;
  let currentReplication = -1;
  let pointsInReplication = 0;
  return {
    begin(l) {
      layout = l;
      const head = { generator: l.generator, dimension: l.dimension, n: l.n, replications: l.replications, seed: l.seed };
      return `${JSON.stringify(head).slice(0, -1)},"points":[`;
    },
    block(values, rows, replication) {
      const d = layout.dimension;
      let s = "";
      if (layout.replications > 1 && replication !== currentReplication) {
        s += `${currentReplication >= 0 ? "]," : ""}[`;
        currentReplication = replication;
        pointsInReplication = 0;
      }
      const parts: string[] = new Array(rows);
      const cells: string[] = new Array(d);
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < d; j++) cells[j] = String(values[i * d + j]);
        parts[i] = `[${cells.join(",")}]`;
      }
      if (rows > 0) s += (pointsInReplication > 0 ? "," : "") + parts.join(",");
      pointsInReplication += rows;
      return s;
    },
    end() {
      if (layout.replications > 1) return `${currentReplication >= 0 ? "]" : ""}]}\n`;
      return "]}\n";
    },
  };
}
