// The "ceiling" of the distributed benchmark: a plain child process that evaluates the windows it is
// sent over IPC with the same integrand, no queue — what two processes can do on this machine now.
import { evaluateWindow } from "@qmckit/cubature";
import { expensive } from "./integrands.mjs";

const f = expensive();
process.on("message", (task) => {
  const y = evaluateWindow(f, task);
  process.send?.(y.length);
});
process.send?.("ready");
