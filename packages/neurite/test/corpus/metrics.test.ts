import { metricCases } from "./metrics.cases.js";
import { runCorpus } from "./harness.js";

runCorpus("metrics", metricCases);
