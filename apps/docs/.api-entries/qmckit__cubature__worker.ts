/**
 * The `./worker` entry point of @qmckit/cubature.
 *
 * @module @qmckit/cubature/worker
 */
export * from "@qmckit/cubature/worker";
