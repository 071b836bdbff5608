/**
 * The `./testing` entry point of @qmckit/core.
 *
 * @module @qmckit/core/testing
 */
export * from "@qmckit/core/testing";
