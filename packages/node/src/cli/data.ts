import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { existsSync } from "node:fs";
import * as data from "@neurite/data";

/** A dataset for the CLI: features, labels and what kind of problem it is. */
export interface CliData {
  x: nt.Tensor;
  y: nt.Tensor;
  classes: number;
  /** Held-out data when the dataset has a fixed split (digits, iris). */
  test?: { x: nt.Tensor; y: nt.Tensor };
  name: string;
}

const PLAYGROUND = ["circle", "xor", "gauss", "spiral", "plane", "multiGauss"] as const;

function toTensor(a: data.RawArray): nt.Tensor {
  return nt.tensor(a.data, a.shape, a.dtype);
}

function classCount(y: data.RawArray): number {
  let max = 0;
  for (const v of y.data) max = Math.max(max, v);
  return max + 1;
}

/**
 * Loads a dataset by name (digits, iris, a playground set) or a CSV path
 * (with `label` naming the target column).
 */
export async function loadCliData(spec: string, options: { label?: string; seed?: number; testSplit?: number } = {}): Promise<CliData> {
  const split = { testSplit: options.testSplit ?? 0.2, seed: options.seed ?? 0 };
  if (spec === "digits") {
    const d = await data.digits(split);
    return { name: spec, x: toTensor(d.train.x), y: toTensor(d.train.y), classes: 10, test: { x: toTensor(d.test.x), y: toTensor(d.test.y) } };
  }
  if (spec === "iris") {
    const d = data.iris(split);
    return { name: spec, x: toTensor(d.train.x), y: toTensor(d.train.y), classes: 3, test: { x: toTensor(d.test.x), y: toTensor(d.test.y) } };
  }
  if ((PLAYGROUND as readonly string[]).includes(spec)) {
    const d = data.playground(spec as data.PlaygroundName, { n: 1000, noise: 0.1, seed: options.seed ?? 0 });
    const regression = spec === "plane" || spec === "multiGauss";
    return { name: spec, x: toTensor(d.x), y: toTensor(d.y), classes: regression ? 0 : 2 };
  }
  if (spec.endsWith(".csv")) {
    if (!options.label) throw new NeuriteError("BAD_ARGUMENT", `a CSV dataset needs --label <column> naming the target column`);
    if (!existsSync(spec)) throw new NeuriteError("NOT_FOUND", `data file not found: ${spec}`);
    const table = await data.readCsv(spec, { label: options.label });
    return csvData(spec, table);
  }
  throw new NeuriteError("NOT_FOUND", `unknown dataset "${spec}": use digits, iris, ${PLAYGROUND.join(", ")}, or a path ending in .csv`);
}

function csvData(name: string, table: data.CsvTable): CliData {
  const ys = table.y;
  if (!ys) throw new NeuriteError("BAD_ARGUMENT", `${name}: no label column`);
  for (const c of table.columns) {
    if (table.dtypes[c] === "string") {
      const sample = table.categories[c]?.find((v) => Number.isNaN(Number(v))) ?? table.categories[c]?.[0];
      throw new NeuriteError("BAD_ARGUMENT", `${name}: feature column "${c}" is not numeric (it holds values such as "${sample}")`);
    }
  }
  const categorical = ys.dtype === "int32" || Array.from(ys.data).every((v) => Number.isInteger(v) && v >= 0 && v < 1000);
  const y = categorical && ys.dtype !== "int32" ? { ...ys, data: Int32Array.from(ys.data), dtype: "int32" as const } : ys;
  return { name, x: toTensor(table.x), y: toTensor(y), classes: categorical ? classCount(y) : 0 };
}
