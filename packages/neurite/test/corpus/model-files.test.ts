import { runCorpus } from "./harness.js";
import { modelFileCases } from "./model-files.cases.js";

runCorpus("model files", modelFileCases);
