/** The points for a state: a built-in generator or the uploaded CSV, split into train and test. */
import * as nt from "neurite";
import { detectProblem, hasHeader, prepareCsv, splitPoints, type Points, type PreparedData } from "../model/dataset.js";
import { IDENTITY } from "../model/spec.js";
import type { AppState, DatasetName } from "../state/schema.js";

type BuiltIn = Exclude<DatasetName, "csv">;

/** Raw points of a built-in set (labels as float class ids or targets). */
function generate(name: BuiltIn, s: { noise: number; seed: number; classes: number; n?: number }): Points & { classes: number } {
  const opts = { noise: s.noise / 100, seed: s.seed, classes: s.classes, ...(s.n !== undefined && { n: s.n }) };
  const d = name === "blobs" ? nt.datasets.blobs(opts) : name === "spiralK" ? nt.datasets.spiralK(opts) : nt.datasets.playground(name, opts);
  try {
    const classes = name === "plane" || name === "multiGauss" ? 0 : name === "blobs" || name === "spiralK" ? s.classes : 2;
    return { x: d.x.data() as Float32Array, y: Float32Array.from(d.y.data()), classes };
  } finally {
    d.x.dispose();
    d.y.dispose();
  }
}

/** Reads x1, x2 (the first two columns) and the label (the last) of an uploaded file. */
async function readUpload(text: string, s: AppState, detect: boolean): Promise<PreparedData> {
  const table = await nt.data.readCsv({ text }, { header: hasHeader(text), missing: "skip" });
  const [rows, width] = table.x.shape as [number, number];
  if (width < 3) throw new RangeError(`the file has ${width} column${width === 1 ? "" : "s"}; it needs x1, x2 and a label`);
  const names = table.columns;
  for (const c of names.slice(0, 2)) {
    if (table.categories[c]) throw new RangeError(`column "${c}" holds text; x1 and x2 must be numbers`);
  }
  const col = (j: number) => Float32Array.from({ length: rows }, (_, i) => table.x.data[i * width + j]!);
  const columns = { x1: col(0), x2: col(1), label: col(width - 1), labelNames: table.categories[names[width - 1]!] };
  return prepareCsv(columns, detect ? detectProblem(columns) : s.problem, s.trainRatio, s.seed);
}

/** The train/test points a state asks for (`detect`: an uploaded file's labels pick the problem type). */
export async function prepareData(s: AppState, csvText: string | undefined, detect = false): Promise<PreparedData> {
  if (s.dataset === "csv") {
    if (csvText === undefined) throw new RangeError("no uploaded file: choose a CSV with columns x1, x2, label");
    return readUpload(csvText, s, detect);
  }
  const all = generate(s.dataset, s);
  const { train, test } = splitPoints(all, s.trainRatio, s.seed);
  return {
    problem: all.classes === 0 ? "regression" : "classification",
    classes: all.classes,
    classNames: Array.from({ length: all.classes }, (_, i) => String(i)),
    train,
    test,
    transform: IDENTITY,
    target: { center: 0, scale: 1 },
  };
}

/** Small noiseless samples of every built-in set for the dataset picker. */
export function thumbnails(classes: number): Partial<Record<DatasetName, Points & { classes: number }>> {
  const names: BuiltIn[] = ["circle", "xor", "gauss", "spiral", "blobs", "spiralK", "plane", "multiGauss"];
  return Object.fromEntries(names.map((n) => [n, generate(n, { noise: 0, seed: 1, classes, n: 200 })]));
}
