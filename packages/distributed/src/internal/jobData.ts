import { createHash } from "node:crypto";
import { endianness } from "node:os";
import { formatValue } from "@qmckit/core";
import { PERIODIZATIONS, type SequenceSpec, type WindowTask } from "@qmckit/cubature";

/** What a job carries: the name of the integrand module (as workers know it), the export, the window. */
export interface WindowJobData {
  module: string;
  exportName: string;
  task: WindowTask & { generator: SequenceSpec };
}

/** The largest window one job may ask for: bounds a worker's memory whatever a job says. */
export const MAX_JOB_POINTS = 2 ** 24;
/** The most coordinates (replications · points · dimension) one job may generate: 2^27, a 1 GiB array. */
export const MAX_JOB_COORDINATES = 2 ** 27;

/**
 * The job id of a (sub-)window of a run: the run, the index range, and a digest of everything else
 * that determines the values (sequence spec, periodization, outputs, active), so that the same window
 * asked twice in one run is one job, and different windows never share an id. BullMQ ignores an add
 * whose id exists: that is what makes a window idempotent.
 */
export function jobIdOf(run: string, task: WindowJobData["task"], module: string, exportName: string): string {
  const digest = createHash("sha256")
    .update(JSON.stringify([module, exportName, task.generator, task.periodization, task.outputs, task.active]))
    .digest("hex")
    .slice(0, 12);
  return `${run}-${task.start}-${task.end}-${digest}`;
}

/** Values travel as base64 of little-endian float64: bit-exact (JSON would lose −0, NaN and ±∞). */
export function encodeValues(y: Float64Array): string {
  const b = Buffer.from(y.buffer, y.byteOffset, y.byteLength);
  if (endianness() === "BE") return Buffer.from(b).swap64().toString("base64");
  return b.toString("base64");
}

export function decodeValues(s: unknown, expected: number): Float64Array {
  if (typeof s !== "string") throw new TypeError(`a worker returned ${formatValue(s)} instead of encoded values`);
  const b = Buffer.from(s, "base64");
  if (b.byteLength !== expected * 8) throw new RangeError(`a worker returned ${b.byteLength / 8} values; expected ${expected}`);
  if (endianness() === "BE") b.swap64();
  const y = new Float64Array(expected);
  new Uint8Array(y.buffer).set(b);
  return y;
}

function fail(what: string, value: unknown): never {
  throw new TypeError(`job data ${what}; got ${formatValue(value)}`);
}

/** Checks a job's data on the worker side: a job is untrusted input. */
export function checkJobData(data: unknown): WindowJobData {
  if (data === null || typeof data !== "object") fail("must be an object", data);
  const { module, exportName, task } = data as Record<string, unknown>;
  if (typeof module !== "string" || module === "") fail("module must be a non-empty string", module);
  if (typeof exportName !== "string" || exportName === "") fail("exportName must be a non-empty string", exportName);
  if (task === null || typeof task !== "object") fail("task must be an object", task);
  const t = task as Record<string, unknown>;
  const { start, end, outputs, active, periodization, generator } = t;
  if (!Number.isSafeInteger(start) || (start as number) < 0) fail("task.start must be an integer ≥ 0", start);
  if (!Number.isSafeInteger(end) || (end as number) <= (start as number) || (end as number) - (start as number) > MAX_JOB_POINTS)
    fail(`task.end must be an integer in (start, start + ${MAX_JOB_POINTS}]`, end);
  if (!Number.isSafeInteger(outputs) || (outputs as number) < 1 || (outputs as number) > 2 ** 16)
    fail("task.outputs must be an integer in [1, 65536]", outputs);
  if (!Array.isArray(active) || active.length !== outputs || !active.every((a) => typeof a === "boolean"))
    fail("task.active must be an array of `outputs` booleans", active);
  if (!(PERIODIZATIONS as readonly unknown[]).includes(periodization))
    fail(`task.periodization must be one of ${PERIODIZATIONS.join(", ")}`, periodization);
  if (generator === null || typeof generator !== "object" || Array.isArray(generator))
    fail("task.generator must be a sequence spec object", generator);
  const { dimension, replications } = generator as Record<string, unknown>;
  if (typeof dimension === "number" && typeof replications === "number") {
    const coordinates = replications * ((end as number) - (start as number)) * dimension;
    if (!(coordinates <= MAX_JOB_COORDINATES))
      fail(
        `task must ask for at most ${MAX_JOB_COORDINATES} coordinates (replications · (end − start) · dimension)`,
        coordinates,
      );
  }
  return data as WindowJobData;
}
