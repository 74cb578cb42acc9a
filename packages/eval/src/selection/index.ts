// Model selection, named as scikit-learn's (camelCased); exposed as `nt.selection`.
export { kFold, stratifiedKFold, type Split, type KFoldOptions } from "./kfold.js";
export { getScorer, makeScorer, resolveScoring, scorerNames, type Scorer, type Scoring, type Response } from "./scoring.js";
export {
  runTrial, runTrials, sequentialExecutor,
  type BuildModel, type Params, type ParamValue, type TrialContext, type TrialExecutor, type TrialFit, type TrialResult, type TrialSpec,
} from "./trial.js";
export { resolveFolds, type SelectionOptions } from "./plan.js";
export { crossValidate, type CrossValidateOptions, type CrossValidateResult } from "./cross-validate.js";
export {
  parameterGrid, uniform, logUniform, choice, intRange, sampleParams, type Distribution, type Distributions, type ParamGrid,
} from "./params.js";
export { gridSearch, randomSearch, rankScores, type CandidateResult, type RandomSearchOptions, type SearchOptions, type SearchResult } from "./search.js";
export {
  learningCurve, validationCurve, translateTrainSizes,
  type CurveScores, type LearningCurveOptions, type LearningCurveResult, type ValidationCurveOptions, type ValidationCurveResult,
} from "./curves.js";
