// The public metrics, named as scikit-learn's (camelCased); exposed as `nt.metrics`.
export type { TensorLike, Label, LabelsInput, NumbersInput } from "./inputs.js";
export { accuracyScore, balancedAccuracyScore, type AccuracyOptions, type BalancedAccuracyOptions } from "./classification.js";
export { confusionMatrix, type ConfusionMatrixOptions } from "./confusion.js";
export {
  precisionRecallFscoreSupport, precisionScore, recallScore, f1Score, fbetaScore,
  type Average, type ZeroDivision, type PrfOptions, type PrfsOptions, type PrfsPerClass, type PrfsAveraged,
} from "./prf.js";
export {
  classificationReport, classificationReportText,
  type ClassificationReport, type ClassificationReportOptions, type ReportRow,
} from "./report.js";
export { rocCurve, precisionRecallCurve, auc, type CurveOptions, type RocCurveOptions } from "./curves.js";
export { rocAucScore, averagePrecisionScore, type RocAucOptions, type AveragePrecisionOptions } from "./ranking.js";
export type { OvrAverage } from "./averaging.js";
export { logLoss, topKAccuracyScore, type LogLossOptions, type TopKOptions } from "./probabilities.js";
export {
  meanSquaredError, rootMeanSquaredError, meanAbsoluteError, r2Score,
  type Multioutput, type RegressionOptions, type R2Options,
} from "./regression.js";
