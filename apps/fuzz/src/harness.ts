import fc from "fast-check";
import { it } from "vitest";

/**
 * How many calls each property makes, as a multiple of its base count: 1 in `npm test`, 10 or more in
 * `npm run fuzz` (the release check), through the environment variable FUZZ_SCALE.
 */
export const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
/** Fixed seed: a failure replays exactly; `npm run fuzz` may set FUZZ_SEED to explore further. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
/** FUZZ_TRACE=1 prints each call before it runs, so that a call that never returns can be found. */
const TRACE = process.env.FUZZ_TRACE === "1";
/** FUZZ_COUNT=1 prints the number of calls of each property when it passes (for the release note). */
const COUNT = process.env.FUZZ_COUNT === "1";

function trace(name: string, args: unknown): void {
  if (TRACE) process.stderr.write(`fuzz call ${name} ${fc.stringify(args).slice(0, 2000)}\n`);
}

/** Messages of the engine rather than ours: a call that fails with one of these escaped our validation. */
const ENGINE_MESSAGES =
  /Invalid typed array length|Array buffer allocation failed|Invalid array length|Cannot read propert|Cannot set propert|is not a function|is not iterable|Maximum call stack|Cannot convert|Cannot mix BigInt|BigInt|out of memory|undefined is not|null is not/;

/** Values that break naive code: special numbers, wrong kinds, empty and odd containers. */
export const weird: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  0.5,
  -1,
  1.5,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  1e308,
  -1e308,
  "3",
  "",
  null,
  undefined,
  true,
  {},
  [],
  [1, 2],
  new Float64Array(0),
  10n,
);

/** A valid value most of the time, a weird one otherwise. */
export function mostly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: weird, weight: 1 });
}

/** An options object with the given entries, each possibly absent or weird, sometimes with an unknown key. */
export function optionsOf(entries: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const record = fc.record(Object.fromEntries(Object.entries(entries).map(([k, a]) => [k, mostly(a)])), { requiredKeys: [] });
  return fc.oneof(
    { arbitrary: record, weight: 6 },
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: record.map((r) => ({ ...r, bogusKey: 1 })), weight: 1 },
    { arbitrary: weird, weight: 1 },
  );
}

/** One public entry under test. */
export interface Recipe<A extends readonly unknown[] = readonly unknown[]> {
  /** The export (and method) called, e.g. `"Lattice#points"`. */
  name: string;
  /** Parameter names an error message may start with (an error must name what was wrong). */
  params: readonly string[];
  args: fc.Arbitrary<A>;
  run: (args: A) => unknown;
  /** Checks a returned value (throws to fail): no NaN, values in range, converged means finite. */
  check?: (value: unknown, args: A) => void;
  /** Calls in `npm test` (times SCALE); default 60. */
  runs?: number;
  /** Longest a single call may take, in ms, before it counts as a hang; default 3000. */
  maxMs?: number;
  /** `run` returns a Promise: awaited, a rejection counts as a throw. */
  async?: boolean;
  /**
   * A failure this suite has found and cannot fix here (another package's code), with its
   * counterexample: the case is registered with `it.fails`, so it passes while the defect is there and
   * turns red once it is fixed, to have the marker removed.
   */
  known?: string;
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.constructor.name}: ${e.message}` : `non-Error ${String(e)}`;
}

/**
 * Runs one call and asserts the library's promises: it returns a value that passes `check`, or it throws a
 * TypeError / RangeError whose message starts with the name of a parameter and is not an engine message;
 * and it finishes within `maxMs` (a hang detector, not a performance claim).
 */
export function expectWellBehaved<A extends readonly unknown[]>(recipe: Recipe<A>, args: A): void {
  trace(recipe.name, args);
  const t0 = performance.now();
  let value: unknown;
  let error: unknown;
  let threw = false;
  try {
    value = recipe.run(args);
  } catch (e) {
    threw = true;
    error = e;
  }
  judge(recipe, args, performance.now() - t0, threw, error, value);
}

/**
 * {@link expectWellBehaved} for entries that return a Promise (the async criteria, the CLI's `main`):
 * a rejection counts as a throw, and the time is that of the settled promise.
 */
export async function expectWellBehavedAsync<A extends readonly unknown[]>(recipe: Recipe<A>, args: A): Promise<void> {
  trace(recipe.name, args);
  const t0 = performance.now();
  let value: unknown;
  let error: unknown;
  let threw = false;
  try {
    value = await recipe.run(args);
  } catch (e) {
    threw = true;
    error = e;
  }
  judge(recipe, args, performance.now() - t0, threw, error, value);
}

function judge<A extends readonly unknown[]>(
  recipe: Recipe<A>,
  args: A,
  ms: number,
  threw: boolean,
  error: unknown,
  value: unknown,
): void {
  const maxMs = recipe.maxMs ?? 3000;
  if (ms > maxMs) throw new Error(`${recipe.name} took ${ms.toFixed(0)} ms (> ${maxMs} ms)`);
  if (threw) {
    if (!(error instanceof TypeError || error instanceof RangeError))
      throw new Error(`${recipe.name} threw ${describeError(error)}; only TypeError / RangeError are allowed`);
    if (ENGINE_MESSAGES.test(error.message))
      throw new Error(`${recipe.name} let an engine error through: ${describeError(error)}`);
    const names = recipe.params.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    if (!new RegExp(`^(options\\.)?(${names})\\b`).test(error.message))
      throw new Error(`${recipe.name} threw a message naming none of [${recipe.params.join(", ")}]: ${describeError(error)}`);
    return;
  }
  recipe.check?.(value, args);
}

/** A vitest case that fuzzes one recipe with fast-check (fixed seed, bounded runs). */
export function fuzz<A extends readonly unknown[]>(recipe: Recipe<A>): void {
  const options = { seed: SEED, numRuns: Math.max(1, Math.round((recipe.runs ?? 60) * SCALE)), endOnFailure: true };
  const test = recipe.known === undefined ? it : it.fails;
  const title = `${recipe.name}: only the library's errors naming a parameter, sound output, bounded time`;
  test(recipe.known === undefined ? title : `${title} [known failure: ${recipe.known}]`, async () => {
    let calls = 0;
    if (recipe.async) {
      await fc.assert(
        fc.asyncProperty(recipe.args, (args) => {
          calls++;
          return expectWellBehavedAsync(recipe, args);
        }),
        options,
      );
    } else {
      fc.assert(
        fc.property(recipe.args, (args) => {
          calls++;
          expectWellBehaved(recipe, args);
        }),
        options,
      );
    }
    if (COUNT) process.stderr.write(`fuzz calls ${recipe.name} ${calls}\n`);
  });
}

/** Fails unless `ok`, with the message. */
export function ensure(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** A finite number, or a Float64Array of finite numbers. */
export function ensureFinite(what: string, v: unknown): void {
  if (typeof v === "number") ensure(Number.isFinite(v), () => `${what} is ${v}`);
  else if (v instanceof Float64Array || v instanceof Float32Array) {
    for (let i = 0; i < v.length; i++) ensure(Number.isFinite(v[i]), () => `${what}[${i}] is ${v[i]}`);
  }
}

/**
 * Every runtime export of a module is covered by a recipe or exempted with a reason, so that a new export
 * without a fuzz recipe fails the suite.
 */
export function expectCovered(module: Record<string, unknown>, covered: readonly string[], exempt: Record<string, string>): void {
  const missing = Object.keys(module).filter((k) => !covered.includes(k) && !(k in exempt));
  ensure(missing.length === 0, () => `exports without a fuzz recipe: ${missing.join(", ")}`);
  const stale = [...covered, ...Object.keys(exempt)].filter((k) => !(k in module));
  ensure(stale.length === 0, () => `recipes or exemptions for names the module does not export: ${stale.join(", ")}`);
}
