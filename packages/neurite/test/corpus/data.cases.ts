// Dataset pipelines, CSV parsing, preprocessing and the built-in datasets.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import * as raw from "@neurite/data";
import * as nt from "../../src/index.js";
import { cases, prop, type Case } from "./harness.js";

const d = () => nt.data.fromTensorSlices(nt.ones([4, 2]));
const csvText = (text: string, o: raw.CsvOptions = {}) => raw.csvDataset(text, o).toArray();

let dir: string | undefined;
/** Writes a file into this run's temp folder and returns its path. */
function file(name: string, text: string): string {
  dir ??= mkdtempSync(join(tmpdir(), "neurite-corpus-csv-"));
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

export const dataCases: Case[] = [
  ...cases([
    ["fromTensorSlices: first dimensions differ", "SHAPE_MISMATCH", /fromSlices: arrays differ in their first dimension \(4 vs 3\)/,
      () => nt.data.fromTensorSlices([nt.ones([4, 2]), nt.ones([3])])],
    ["fromTensorSlices: a scalar", "SHAPE_MISMATCH", /fromSlices: cannot slice a scalar/, () => nt.data.fromTensorSlices(nt.scalar(1))],
    ["fromTensorSlices: an empty object", "BAD_ARGUMENT", /fromSlices: no arrays to slice/, () => nt.data.fromTensorSlices({})],
    ["fromSlices: a ragged array", "SHAPE_MISMATCH", /raw: ragged nested array \(expected length 2 at depth 1\)/, () => raw.Dataset.fromSlices([[1, 2], [3]])],
    ["fromSlices: strings", "BAD_ARGUMENT", /fromSlices: cannot slice string/, () => raw.Dataset.fromSlices("abc" as never)],
    ["fromSlices: a row holding a string", "BAD_ARGUMENT", /fromSlices: cannot slice number/, () => raw.Dataset.fromSlices([[1, "x"]] as never)],
    ["raw: a nested string", "DTYPE", /raw: expected a number, got/, () => raw.raw([[1, "x"]] as never)],
    ["batch(0)", "BAD_ARGUMENT", /batch: expected an integer ≥ 1, got 0/, () => d().batch(0)],
    ["batch(-4)", "BAD_ARGUMENT", /batch: expected an integer ≥ 1, got -4/, () => d().batch(-4)],
    ["batch(2.5)", "BAD_ARGUMENT", /batch: expected an integer, got 2.5/, () => d().batch(2.5)],
    ["batch(NaN)", "BAD_ARGUMENT", /batch: expected an integer, got NaN/, () => d().batch(NaN)],
    ["shuffle(0)", "BAD_ARGUMENT", /shuffle: expected an integer ≥ 1, got 0/, () => d().shuffle(0)],
    ["shuffle with a fractional seed", "BAD_ARGUMENT", /shuffle: seed must be an integer, got 0.5/, () => d().shuffle(4, { seed: 0.5 })],
    ["take(1.5)", "BAD_ARGUMENT", /take: expected an integer, got 1.5/, () => d().take(1.5)],
    ["skip(Infinity)", "BAD_ARGUMENT", /skip: expected an integer, got Infinity/, () => d().skip(Infinity)],
    ["repeat(0.5)", "BAD_ARGUMENT", /repeat: expected an integer, got 0.5/, () => d().repeat(0.5)],
    ["prefetch(0)", "BAD_ARGUMENT", /prefetch: expected an integer ≥ 1, got 0/, () => d().prefetch(0)],
    ["toArray of an infinite dataset", "BAD_ARGUMENT", /toArray: the dataset is infinite/, () => d().repeat().toArray()],
    ["batching elements of different shapes", "SHAPE_MISMATCH", /stack: element 1 is float32 \[3\], expected float32 \[2\]/,
      () => raw.Dataset.fromItems([raw.raw([1, 2]), raw.raw([1, 2, 3])]).batch(2).toArray()],
    ["batching strings", "DTYPE", /batch: cannot batch elements of type string/, () => raw.Dataset.fromItems(["a", "b"]).batch(2).toArray()],
    ["batching objects missing a field", "SHAPE_MISMATCH", /batch: elements differ in structure \(missing field b\)/,
      () => raw.Dataset.fromItems<Record<string, number>>([{ a: 1, b: 2 }, { a: 3 }]).batch(2).toArray()],
    ["fromGenerator: a function returning a number", "BAD_ARGUMENT", /fromGenerator: the function must return an iterator or iterable/,
      () => nt.data.fromGenerator((() => 3) as never).toArray()],
    ["csv: a row with too few fields", "SHAPE_MISMATCH", /csv: line 3: expected 2 fields, got 1/, () => csvText("a,b\n1,2\n3\n")],
    ["csv: text in a numeric column", "DTYPE", /csv: line 4: "oops" in numeric column "b" is not a number/, () => csvText("a,b\n1,2\n3,4\n5,oops\n", { inferRows: 2 })],
    ["csv: a missing value", "BAD_ARGUMENT", /csv: line 3: missing value in column "b"/, () => csvText("a,b\n1,2\n3,\n")],
    ["csv: an NA value", "BAD_ARGUMENT", /csv: line 2: missing value in column "a"/, () => csvText("a,b\nNA,2\n")],
    ["csv: bad quoting", "BAD_ARGUMENT", /csv: line \d+: .*quote/i, () => csvText('a,b\n1,"2\n3,4"x\n')],
    ["csv: unknown label column", "NOT_FOUND", /csv: no column named "nope" \(columns: a, b\)/, () => csvText("a,b\n1,2\n", { label: "nope" })],
    ["csv: unsupported source", "BAD_ARGUMENT", /csv: unsupported source \(number\)/, () => csvText(42 as never)],
    ["csv: a file that does not exist", "NOT_FOUND", /csv: .*missing-file.csv does not exist/, () => raw.readCsv(join(tmpdir(), "neurite-missing-file.csv"))],
    ["csv: a folder instead of a file", "BAD_ARGUMENT", /csv: .* is a folder, not a CSV file/, () => {
      const p = join(tmpdir(), "neurite-corpus-dir.csv");
      mkdirSync(p, { recursive: true });
      return raw.readCsv(p);
    }],
    ["csv: text column in the tensor dataset", "DTYPE", /csv: column "kind" \(features\) holds text \("cat"\); use readCsv/,
      () => nt.data.csv(file("text.csv", "kind,y\ncat,1\ndog,0\n"), { label: "y" }).toArray()],
    ["csv: a file with a ragged row", "SHAPE_MISMATCH", /csv: line 4: expected 3 fields, got 4/, () => raw.readCsv(file("ragged.csv", "a,b,y\n1,2,0\n3,4,1\n5,6,7,0\n"), { label: "y" })],
    ["standardScaler: transform before fit", "BAD_ARGUMENT", /transform: call fit\(\) first/, () => nt.data.standardScaler().transform([[1, 2]])],
    ["standardScaler: column count changes", "SHAPE_MISMATCH", /fitted on 2 columns, got 1/, () => nt.data.standardScaler().fit([[1, 2], [3, 4]]).transform([[1]])],
    ["standardScaler: ragged rows", "SHAPE_MISMATCH", /row 1 does not have 2 values/, () => nt.data.standardScaler().fit([[1, 2], [3]])],
    ["standardScaler: a 3-D tensor", "SHAPE_MISMATCH", /expected a 1-D or 2-D array, got shape \[2,2,2\]/, () => nt.data.standardScaler().fit(nt.ones([2, 2, 2]))],
    ["minMaxScaler: decreasing featureRange", "BAD_ARGUMENT", /MinMaxScaler: featureRange must be increasing, got \[1,0\]/, () => nt.data.minMaxScaler({ featureRange: [1, 0] })],
    ["labelEncoder: unseen label", "BAD_ARGUMENT", /LabelEncoder.transform: unseen label "rome"/, () => nt.data.labelEncoder().fit(["paris", "oslo"]).transform(["rome"])],
    ["labelEncoder: mixed strings and numbers", "DTYPE", /LabelEncoder.fit: labels mix strings and numbers/, () => nt.data.labelEncoder().fit(["a", 1])],
    ["labelEncoder: transform before fit", "BAD_ARGUMENT", /LabelEncoder.transform: call fit\(\) first/, () => nt.data.labelEncoder().transform(["a"])],
    ["labelEncoder: inverse of an unknown code", "BAD_ARGUMENT", /LabelEncoder.inverseTransform: code 7 out of range/, () => nt.data.labelEncoder().fit(["a", "b"]).inverseTransform([7])],
    ["oneHot: label past the depth", "BAD_ARGUMENT", /oneHot: label 3 at 0 is not in \[0, 3\)/, () => raw.oneHot([3], 3)],
    ["preprocessorFromJSON: unknown class", "BAD_ARGUMENT", /preprocessorFromJSON: unknown className "Nope"/, () => nt.data.preprocessorFromJSON({ className: "Nope", config: {}, state: null } as never)],
    ["trainTestSplit: testSize 1.5", "BAD_ARGUMENT", /trainTestSplit: testSize=1.5 must be a fraction in \(0, 1\) or a count in \[1, 4\]/,
      () => nt.data.trainTestSplit([nt.ones([4, 2])], { testSize: 1.5 })],
    ["trainTestSplit: arrays of different lengths", "SHAPE_MISMATCH", /trainTestSplit: array 1 has 3 rows, expected 4/,
      () => nt.data.trainTestSplit([nt.ones([4, 2]), nt.ones([3])])],
    ["trainTestSplit: no arrays", "BAD_ARGUMENT", /trainTestSplit: give at least one array/, () => nt.data.trainTestSplit([])],
    ["trainTestSplit: a class with one member", "BAD_ARGUMENT", /the least populated class has only 1 member; cannot stratify/,
      () => nt.data.trainTestSplit([nt.ones([5, 1])], { stratify: [0, 0, 0, 0, 1] })],
    ["trainTestSplit: stratify without shuffle", "BAD_ARGUMENT", /trainTestSplit: stratify requires shuffle/,
      () => nt.data.trainTestSplit([nt.ones([4, 1])], { shuffle: false, stratify: [0, 1, 0, 1] })],
    ["playground: negative n", "BAD_ARGUMENT", /playground: n must be a non-negative integer, got -1/, () => nt.datasets.playground("spiral", { n: -1 })],
    ["playground: fractional n", "BAD_ARGUMENT", /playground: n must be a non-negative integer, got 10.5/, () => nt.datasets.playground("circle", { n: 10.5 })],
    ["playground: unknown set", "BAD_ARGUMENT", /playground: unknown dataset "moons"/, () => nt.datasets.playground("moons" as raw.PlaygroundName)],
    ["blobs: zero classes", "BAD_ARGUMENT", /playground: classes must be a positive integer, got 0/, () => nt.datasets.blobs({ classes: 0 })],
    ["iris: testSplit -0.2", "BAD_ARGUMENT", /trainTestSplit: testSize=-0.2 must be a fraction/, () => nt.datasets.iris({ testSplit: -0.2 })],
    ["playground: fractional seed", "BAD_ARGUMENT", /seed must be an integer, got 1.5/, () => nt.datasets.playground("xor", { seed: 1.5 })],
  ]),
  prop("csv: random garbage in numeric columns", "DTYPE", /csv: line 3: ".*" in numeric column "b" is not a number/,
    fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/).filter((s) => !["nan", "null", "na"].includes(s) && Number.isNaN(Number(s))),
    (word) => csvText(`a,b\n1,2\n3,${word}\n`, { inferRows: 1 }), 30),
  prop("batch: random invalid sizes", "BAD_ARGUMENT", /batch: expected an integer/,
    fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true, noDefaultInfinity: false })), (n) => d().batch(n), 40),
];
