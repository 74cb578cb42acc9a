/**
 * `@neurite/eval`: metrics, model selection, diagnostics and interpretation (namespaces), and run-log export.
 *
 * @module \@neurite/eval
 */
export * as metrics from "./metrics/index.js";
export * from "./metrics/index.js";
export * as selection from "./selection/index.js";
export * as diagnose from "./diagnose/index.js";
export * as interpret from "./interpret/index.js";
export {
  writeToRunLog, type CurveEvent, type HparamsEvent, type LoggableResult, type RunLogEvent, type RunLogWriter, type ScalarEvent, type WriteOptions,
} from "./runlog.js";
