/** The dimensions at which the default vector's quality is recorded and checked. */
export const CHECKPOINTS: readonly number[] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 3600];
