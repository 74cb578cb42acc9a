import { runCorpus } from "./harness.js";
import { dataCases } from "./data.cases.js";

runCorpus("datasets, CSV, preprocessing", dataCases);
