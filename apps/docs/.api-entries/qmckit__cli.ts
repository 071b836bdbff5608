/**
 * The qmc command: QMC point sets from the command line as csv, tsv, json or npy, streamed.
 *
 * @module @qmckit/cli
 */
export * from "@qmckit/cli";
