// Training diagnostics; exposed as `nt.diagnose`.
export { deadUnits, RELU_FAMILY, type DeadUnitsReport } from "./dead-units.js";
export { fitDiagnosis, type FitDiagnosis, type FitDiagnosisOptions, type FitEvidence, type FitVerdict } from "./fit-diagnosis.js";
export { seedStability, type SeedStabilityOptions, type SeedStabilityResult } from "./seed-stability.js";
export { gradientNorms, type GradientNormsOptions, type GradientNormsReport, type LayerGradientNorm } from "./gradient-norms.js";
