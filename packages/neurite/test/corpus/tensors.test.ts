import { runCorpus } from "./harness.js";
import { tensorCases } from "./tensors.cases.js";

runCorpus("tensors", tensorCases, { leaks: true });
