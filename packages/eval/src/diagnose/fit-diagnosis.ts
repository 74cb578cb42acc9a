import { NeuriteError } from "@neurite/core";

/** The thresholds fitDiagnosis applies; each can be overridden. */
export interface FitDiagnosisOptions {
  /** Epochs at the end over which trends are measured (default max(3, ceil(epochs / 4))). */
  window?: number;
  /** Overfitting: validation loss climbed back this fraction of its earlier fall (see FitEvidence.valRiseFromMin) while training loss kept falling (default 0.1). */
  valRise?: number;
  /** ...training loss fell at least this fraction after the validation minimum (default 0.05). */
  trainDropAfterValMin?: number;
  /** Overfitting: the final gap is this large next to the training loss's scale (see FitEvidence.gapRatio) and widened over the window (default 0.3). */
  gapRatio?: number;
  /** Underfitting: training loss fell by less than this fraction of its first value (default 0.5). */
  minImprovement?: number;
  /** Plateau: the window's drop in training loss is below this fraction of the whole run's drop (default 0.1); a run still falling faster is underfitted. */
  plateauFraction?: number;
}

/** fitDiagnosis's verdict. */
export type FitVerdict = "overfitting" | "underfitting" | "goodFit" | "inconclusive";

/** The numbers behind a verdict, computed from the loss curves. */
export interface FitEvidence {
  epochs: number;
  window: number;
  trainLoss: { first: number; final: number; min: number };
  valLoss: { final: number; min: number; minEpoch: number } | null;
  /** Final val − train loss. */
  gap: number | null;
  /** gap / max(first − final train loss, final train loss): the gap next to what training achieved, so tiny losses do not inflate it. */
  gapRatio: number | null;
  /** Least-squares slope of the gap per epoch over the window (> 0: widening). */
  gapSlope: number | null;
  /** (final − min val loss) / max(first − min val loss, min val loss): how much of its fall validation loss gave back. */
  valRiseFromMin: number | null;
  /** Fraction by which training loss fell after the epoch of the validation minimum. */
  trainDropAfterValMin: number | null;
  /** 1 − final / first training loss. */
  trainImprovement: number;
  /** The window's share of the run's training-loss drop. */
  recentDropFraction: number;
  plateau: boolean;
}

/** fitDiagnosis's result: the verdict, its evidence and a sentence saying what to try. */
export interface FitDiagnosis {
  verdict: FitVerdict;
  evidence: FitEvidence | null;
  message: string;
}

/** Least-squares slope of v against its index. */
function slope(v: number[]): number {
  const n = v.length;
  const mx = (n - 1) / 2;
  const my = v.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  v.forEach((y, i) => {
    num += (i - mx) * (y - my);
    den += (i - mx) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

const pct = (f: number) => `${(100 * f).toFixed(0)}%`;

/**
 * Reads a fit() history (loss and val_loss per epoch) and names the regime:
 * overfitting (validation loss turned up while training loss kept falling, or a
 * wide and widening gap), underfitting (training loss barely fell, or was still
 * falling when training stopped, with no large gap), else a good fit. Without
 * val_loss or with fewer than 3 epochs it is inconclusive.
 */
export function fitDiagnosis(history: { history: Record<string, number[]> } | Record<string, number[]>, options: FitDiagnosisOptions = {}): FitDiagnosis {
  const logs = (history as { history?: unknown }).history ?? history;
  if (typeof logs !== "object" || logs === null) throw new NeuriteError("BAD_ARGUMENT", "fitDiagnosis: expects fit()'s History or its history record");
  const train = (logs as Record<string, number[]>).loss;
  const val = (logs as Record<string, number[]>).val_loss;
  if (!Array.isArray(train) || train.length === 0) throw new NeuriteError("BAD_ARGUMENT", "fitDiagnosis: the history has no loss values");
  if (val !== undefined && (!Array.isArray(val) || val.length !== train.length)) {
    throw new NeuriteError("BAD_ARGUMENT", "fitDiagnosis: val_loss must have one value per epoch, as loss");
  }
  if ([...train, ...(val ?? [])].some((v) => !Number.isFinite(v))) {
    return { verdict: "inconclusive", evidence: null, message: "The loss became NaN or infinite: training diverged (try a lower learning rate)." };
  }
  const n = train.length;
  const window = Math.min(n, options.window ?? Math.max(3, Math.ceil(n / 4)));
  const first = train[0]!;
  const final = train[n - 1]!;
  const totalDrop = first - final;
  const recentDrop = train[n - window]! - final;
  const recentDropFraction = totalDrop > 0 ? recentDrop / totalDrop : 0;
  const evidence: FitEvidence = {
    epochs: n, window,
    trainLoss: { first, final, min: Math.min(...train) },
    valLoss: null, gap: null, gapRatio: null, gapSlope: null, valRiseFromMin: null, trainDropAfterValMin: null,
    trainImprovement: first !== 0 ? totalDrop / Math.abs(first) : 0,
    recentDropFraction,
    plateau: recentDropFraction < (options.plateauFraction ?? 0.1),
  };
  if (!val || n < 3) {
    return { verdict: "inconclusive", evidence, message: !val ? "No val_loss in the history: fit with validationData or validationSplit to tell over- from underfitting." : "Fewer than 3 epochs: too short to read a trend." };
  }
  const valMin = Math.min(...val);
  const minEpoch = val.indexOf(valMin);
  const valFinal = val[n - 1]!;
  const gaps = val.map((v, i) => v - train[i]!);
  evidence.valLoss = { final: valFinal, min: valMin, minEpoch };
  evidence.gap = valFinal - final;
  const trainScale = Math.max(first - final, Math.abs(final));
  evidence.gapRatio = trainScale > 0 ? evidence.gap / trainScale : 0;
  evidence.gapSlope = slope(gaps.slice(n - window));
  const valScale = Math.max(val[0]! - valMin, Math.abs(valMin));
  evidence.valRiseFromMin = valScale > 0 ? (valFinal - valMin) / valScale : 0;
  evidence.trainDropAfterValMin = train[minEpoch]! !== 0 ? (train[minEpoch]! - final) / Math.abs(train[minEpoch]!) : 0;

  const turnedUp = evidence.valRiseFromMin >= (options.valRise ?? 0.1) && evidence.trainDropAfterValMin >= (options.trainDropAfterValMin ?? 0.05);
  const wideGap = evidence.gapRatio >= (options.gapRatio ?? 0.3) && evidence.gapSlope > 0;
  if (turnedUp || wideGap) {
    const why = turnedUp && minEpoch === 0
      ? `validation loss never improved: it rose from ${valMin.toPrecision(3)} to ${valFinal.toPrecision(3)} while training loss fell ${pct(evidence.trainDropAfterValMin)}`
      : turnedUp
      ? `validation loss turned up after epoch ${minEpoch + 1} (giving back ${pct(evidence.valRiseFromMin)} of its fall) while training loss fell another ${pct(evidence.trainDropAfterValMin)}`
      : `validation loss ends well above training loss (gap ${pct(evidence.gapRatio)} of the training loss's scale) and the gap is widening`;
    return { verdict: "overfitting", evidence, message: `Overfitting: ${why}. Try more data, regularization (dropout, L2), a smaller model or early stopping.` };
  }
  const barelyLearned = evidence.trainImprovement < (options.minImprovement ?? 0.5);
  if (barelyLearned || !evidence.plateau) {
    const why = barelyLearned
      ? `training loss fell only ${pct(Math.max(0, evidence.trainImprovement))} from its first epoch`
      : `training loss was still falling (the last ${window} epochs gave ${pct(recentDropFraction)} of the drop)`;
    return { verdict: "underfitting", evidence, message: `Underfitting: ${why}. Try training longer, a higher learning rate or a bigger model.` };
  }
  return { verdict: "goodFit", evidence, message: `Good fit: training loss plateaued and validation loss tracks it (gap ${pct(evidence.gapRatio)} of the training loss's scale).` };
}
