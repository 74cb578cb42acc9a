// @neurite/eval: metrics now; model selection, diagnostics and interpretation join as namespaces.
export * as metrics from "./metrics/index.js";
export * from "./metrics/index.js";
