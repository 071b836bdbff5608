/**
 * The `./joe-kuo-full` entry point of @qmckit/digital-net.
 *
 * @module @qmckit/digital-net/joe-kuo-full
 */
export * from "@qmckit/digital-net/joe-kuo-full";
