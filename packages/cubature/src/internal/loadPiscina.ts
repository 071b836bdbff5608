import { createRequire } from "node:module";

/** The part of piscina's pool that the worker evaluator uses (declared here so our types never name piscina). */
export interface PiscinaPool {
  run(task: unknown): Promise<unknown>;
  destroy(): Promise<void>;
}

/** The part of the piscina module that the worker evaluator uses. */
export interface PiscinaModule {
  Piscina: new (options: { filename: string; minThreads: number; maxThreads: number; execArgv: string[] }) => PiscinaPool;
  move(value: Float64Array): unknown;
}

/**
 * Loads piscina, the optional peer dependency of `@qmckit/cubature/worker`, when a pool is first made
 * (so that installing cubature never pulls a worker pool, or its optional native binary, in).
 *
 * @throws Error naming the package to install when piscina is missing.
 */
export function loadPiscina(): PiscinaModule {
  try {
    return createRequire(import.meta.url)("piscina") as PiscinaModule;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "MODULE_NOT_FOUND" && String(err.message).includes("'piscina'"))
      throw new Error(
        "@qmckit/cubature/worker needs its optional peer dependency piscina, which is not installed: run `npm install piscina`",
      );
    throw e;
  }
}
