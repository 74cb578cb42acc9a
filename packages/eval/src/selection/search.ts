import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { rng } from "@neurite/data";
import type { Model } from "@neurite/layers";
import { mean, std } from "../common/stats.js";
import { withXY, type DataInput } from "../common/tensors.js";
import { parameterGrid, sampleParams, type Distributions, type ParamGrid } from "./params.js";
import { checkBuildModel, collect, context, mapValues, plan, type SelectionOptions } from "./plan.js";
import { runTrials, type BuildModel, type Params } from "./trial.js";

export interface SearchOptions extends SelectionOptions {
  /**
   * Refit the best candidate on all the data (default true). A scorer's name ranks by
   * that scorer and refits; otherwise candidates are ranked by the first scorer.
   */
  refit?: boolean | string;
}

export interface RandomSearchOptions extends SearchOptions {
  /** Parameter sets to try (default 10). */
  nIter?: number;
}

/** One candidate's cross-validated scores. */
export interface CandidateResult {
  /** Position in the grid (or in the sampled list). */
  index: number;
  params: Params;
  /** 1 is best; ties share the lower rank and failed (NaN) candidates come last, as scikit-learn ranks. */
  rank: number;
  ranks: Record<string, number>;
  meanTestScore: Record<string, number>;
  stdTestScore: Record<string, number>;
  testScores: Record<string, number[]>;
  trainScores?: Record<string, number[]>;
  meanFitTime: number;
  meanScoreTime: number;
}

/** A search: candidates best first, the winner's params and score, and the refitted model. */
export interface SearchResult {
  type: "search";
  /** Candidates sorted by rank (ties keep their index order). */
  results: CandidateResult[];
  /** The scorer that ranks. */
  rankedBy: string;
  bestIndex: number;
  bestParams: Params;
  bestScore: number;
  /** Fitted on all rows with bestParams (when refit); the caller owns it and disposes it. */
  bestModel?: Model;
  refitTime?: number;
}

/** scikit-learn's rankdata(-means, "min"), NaN means ranked below every number. */
export function rankScores(means: number[]): number[] {
  if (means.every(Number.isNaN)) return means.map(() => 1);
  return means.map((v) => (Number.isNaN(v) ? 1 + means.filter((w) => !Number.isNaN(w)).length : 1 + means.filter((w) => w > v).length));
}

async function search(fn: string, candidates: Params[], buildModel: BuildModel, x: DataInput, y: DataInput, o: SearchOptions): Promise<SearchResult> {
  checkBuildModel(fn, buildModel);
  return withXY(fn, x, y, async (xs, ys) => {
    const p = plan(fn, ys, o);
    const names = Object.keys(p.scorers);
    const rankedBy = typeof o.refit === "string" ? o.refit : names[0]!;
    if (!names.includes(rankedBy)) throw new NeuriteError("BAD_ARGUMENT", `${fn}: refit "${rankedBy}" is not one of the scorers (${names.join(", ")})`);
    const k = p.splits.length;
    const specs = candidates.flatMap((params, c) => p.splits.map((s, f) => p.spec(c * k + f, params, s.train, s.test)));
    const trials = await runTrials(specs, context(buildModel, xs, ys, p), p.executor);
    const perCandidate = candidates.map((params, c) => {
      const rs = trials.slice(c * k, (c + 1) * k);
      const testScores = collect(rs, (r) => r.testScores);
      return {
        index: c, params, rank: 0, ranks: {} as Record<string, number>,
        meanTestScore: mapValues(testScores, mean), stdTestScore: mapValues(testScores, std), testScores,
        ...(o.returnTrainScore ? { trainScores: collect(rs, (r) => r.trainScores) } : {}),
        meanFitTime: mean(rs.map((r) => r.fitTime)), meanScoreTime: mean(rs.map((r) => r.scoreTime)),
      } satisfies CandidateResult;
    });
    for (const name of names) {
      rankScores(perCandidate.map((c) => c.meanTestScore[name]!)).forEach((r, i) => (perCandidate[i]!.ranks[name] = r));
    }
    for (const c of perCandidate) c.rank = c.ranks[rankedBy]!;
    const best = perCandidate.find((c) => c.rank === 1) ?? perCandidate[0]!;
    const result: SearchResult = {
      type: "search", results: [...perCandidate].sort((a, b) => a.rank - b.rank || a.index - b.index), rankedBy,
      bestIndex: best.index, bestParams: best.params, bestScore: best.meanTestScore[rankedBy]!,
    };
    if (o.refit ?? true) {
      const started = performance.now();
      nt.setSeed(p.seed + specs.length);
      const model = await buildModel(best.params);
      const fit = typeof o.fit === "function" ? o.fit(best.params) : o.fit;
      await model.fit(xs, ys, { verbose: 0, ...fit });
      result.bestModel = model;
      result.refitTime = (performance.now() - started) / 1000;
    }
    return result;
  });
}

/** Cross-validates every combination of the grid (scikit-learn's GridSearchCV). */
export async function gridSearch(paramGrid: ParamGrid, buildModel: BuildModel, x: DataInput, y: DataInput, options: SearchOptions = {}): Promise<SearchResult> {
  return search("gridSearch", parameterGrid(paramGrid), buildModel, x, y, options);
}

/**
 * Cross-validates nIter parameter sets drawn from the distributions (scikit-learn's
 * RandomizedSearchCV); the draw is seeded by options.seed, like the trials.
 */
export async function randomSearch(distributions: Distributions, buildModel: BuildModel, x: DataInput, y: DataInput, options: RandomSearchOptions = {}): Promise<SearchResult> {
  const seed = options.seed ?? nt.nextKey();
  const candidates = sampleParams(distributions, options.nIter ?? 10, rng(seed));
  return search("randomSearch", candidates, buildModel, x, y, { ...options, seed });
}
