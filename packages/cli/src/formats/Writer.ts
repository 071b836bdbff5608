/** Where formatted output goes: a sink of strings and bytes with back-pressure. */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
}

/** Everything a format needs to know before the first block. */
export interface Layout {
  generator: string;
  dimension: number;
  n: number;
  replications: number;
  seed: number;
}

/**
 * A streaming output format: `begin` once, then `block` for consecutive blocks of points in output
 * order (replication-major, then point), then `end`. Blocks carry `rows` points of `dimension` values.
 */
export interface Format {
  begin(layout: Layout): string | Uint8Array;
  block(values: Float64Array, rows: number, replication: number, first: boolean): string | Uint8Array;
  end(): string | Uint8Array;
}
