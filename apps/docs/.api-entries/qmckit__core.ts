/**
 * Seeded splittable random streams, PointSet, the Sequence contract and validation errors shared by every qmckit package.
 *
 * @module @qmckit/core
 */
export * from "@qmckit/core";
