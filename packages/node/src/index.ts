/**
 * `@neurite/node`: run logs (runLogger, RunWriter), the dashboard server, progress bars and the
 * `neurite` command line.
 *
 * @module \@neurite/node
 */
export { RunLogger, runLogger, type RunLoggerOptions } from "./runlog/logger.js";
export { RunWriter, timestampRun, type RunEvent } from "./runlog/writer.js";
export { histogram } from "./runlog/histogram.js";
export { barReporter, installProgress } from "./progress.js";
export { serveStatic, safePath } from "./serve.js";
export { installNode } from "./install.js";
export { program, main } from "./cli/main.js";
export { startDashboard, type Dashboard, type DashboardOptions } from "./dashboard/index.js";
export { workerPool, type WorkerPool, type WorkerPoolOptions } from "./workers/pool.js";
