/**
 * The script every kernel worker runs, as source text: a worker made from a
 * string (worker_threads `eval` in Node, Bun and Deno; a Blob URL in browsers)
 * needs no file next to the bundle and no bundler support for workers.
 *
 * It instantiates the simd-threads module on the shared memory with its own
 * scratch block and parks in `threadWorker` until asked to stop. If the kernel
 * traps, it flags the control block so the main thread stops waiting for it,
 * and reports the error.
 */
export const WORKER_SOURCE = `"use strict";
const FAILED = 12, PENDING = 64;
function serve(post, msg) {
  const { module, memory, ctrl, index, tlsBase } = msg;
  let exports;
  try {
    const abort = () => { throw new Error("kernel abort in worker " + index); };
    const nowMs = () => performance.now();
    exports = new WebAssembly.Instance(module, { env: { memory, tlsBase, abort, nowMs } }).exports;
  } catch (e) {
    post({ type: "error", index, message: String(e && e.message || e) });
    return;
  }
  try {
    exports.threadWorker(ctrl, index);
  } catch (e) {
    const words = new Int32Array(memory.buffer);
    Atomics.store(words, (ctrl + FAILED) >> 2, index);
    Atomics.notify(words, (ctrl + PENDING) >> 2);
    post({ type: "error", index, message: String(e && e.message || e) });
  }
}
if (typeof require === "function") {
  const { parentPort } = require("node:worker_threads");
  parentPort.once("message", (msg) => serve((m) => parentPort.postMessage(m), msg));
} else {
  self.onmessage = (e) => serve((m) => self.postMessage(m), e.data);
}
`;
