import { runCorpus } from "./harness.js";
import { layerCases } from "./layers.cases.js";

runCorpus("layers and models", layerCases);
