import { runCorpus } from "./harness.js";
import { opCases } from "./ops.cases.js";

runCorpus("ops, losses, optimizers, tape", opCases, { leaks: true });
