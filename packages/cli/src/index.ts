export {
  type BuiltGenerator,
  cliMessage,
  createGenerator,
  GENERATORS,
  type GeneratorArgs,
  type GeneratorName,
  NET_TABLES,
  type NetTable,
} from "./generators.js";
export { EXIT_STATUS, HELP, type Io, main } from "./main.js";
export { FORMATS, POINTS_HELP, type PointsRequest, parsePoints, streamPoints } from "./pointsCommand.js";
export { UsageError } from "./UsageError.js";
export { parseWorker, runWorker, WORKER_HELP, type WorkerIo, type WorkerRequest } from "./workerCommand.js";
