import { runCorpus } from "./harness.js";
import { trainingCases } from "./training.cases.js";

runCorpus("compile, fit, evaluate, predict, callbacks, save", trainingCases);
