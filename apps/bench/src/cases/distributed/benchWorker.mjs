// A worker process of the distributed benchmark: `node benchWorker.mjs <json options>`; prints
// "ready" once it takes jobs and nothing else (its stdout is closed after that).
import { startWorker } from "@qmckit/distributed";

const worker = startWorker(JSON.parse(process.argv[2]));
process.once("SIGTERM", () => worker.close().then(() => process.exit(0)));
await worker.ready();
process.stdout.write("ready\n");
