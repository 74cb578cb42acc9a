// The `neurite` CLI given bad flags, values and files. A NeuriteError's code does not cross the process
// boundary, so each case asserts what the user sees: exit code 2 and one line on stderr naming the flag or file.

/** Files the cases refer to, made by the test before it runs them. */
export interface CliFiles {
  model: string;
  brokenModel: string;
  tamperedModel: string;
  goodCsv: string;
  textCsv: string;
  wideCsv: string;
  missing: string;
}

export interface CliCase {
  name: string;
  args: (f: CliFiles) => string[];
  stderr: RegExp;
}

const row = (name: string, args: (f: CliFiles) => string[], stderr: RegExp): CliCase => ({ name, args, stderr });
const train = (...a: string[]) => () => ["train", "--quiet", "--epochs", "1", ...a];

export const cliCases: CliCase[] = [
  row("unknown command", () => ["nope"], /unknown command 'nope'/),
  row("unknown flag", () => ["train", "--bogus"], /unknown option '--bogus'/),
  row("--epochs 0", train("--epochs", "0"), /epochs must be an integer ≥ 1/),
  row("--epochs -3", train("--epochs", "-3"), /epochs must be an integer ≥ 1/),
  row("--epochs 1.5", train("--epochs", "1.5"), /epochs must be an integer ≥ 1/),
  row("--epochs abc", train("--epochs", "abc"), /epochs must be an integer ≥ 1/),
  row("--batch-size 0", train("--batch-size", "0"), /batch-size must be an integer ≥ 1/),
  row("--lr NaN", train("--lr", "NaN"), /lr must be a number in \[0, 10\]/),
  row("--lr -0.1", train("--lr", "-0.1"), /lr must be a number in \[0, 10\]/),
  row("--lr 1e9", train("--lr", "1e9"), /lr must be a number in \[0, 10\]/),
  row("--validation-split 0.95", train("--validation-split", "0.95"), /validation-split must be a number in \[0, 0.9\]/),
  row("--seed -1", train("--seed", "-1"), /seed must be an integer ≥ 0/),
  row("--layers 12,x", train("--layers", "12,x"), /layers must be positive integers separated by commas/),
  row("--layers 0", train("--layers", "0"), /layers must be positive integers/),
  row("--layers -5,3", train("--layers", "-5,3"), /layers must be positive integers/),
  row("--layers too large for memory", train("--data", "iris", "--layers", "100000,100000"), /weight dense_\d+\/kernel of shape \[100000, 100000\]: .*needs 40000000000 bytes/),
  row("--data of an unknown dataset", train("--data", "mnist-fashion"), /unknown dataset "mnist-fashion"/),
  row("--data of a missing CSV", (f) => train("--data", f.missing, "--label", "y")(), /data file not found: .*missing\.csv/),
  row("--data CSV without --label", (f) => train("--data", f.goodCsv)(), /a CSV dataset needs --label <column>/),
  row("--label of a missing column", (f) => train("--data", f.goodCsv, "--label", "nope")(), /csv: no column named "nope" \(columns: a, b, y\)/),
  row("--data CSV with a text feature", (f) => train("--data", f.textCsv, "--label", "y")(), /feature column "b" is not numeric \(it holds values such as "four"\)/),
  row("--activation swoosh", train("--data", "iris", "--activation", "swoosh"), /unknown activation "swoosh"/),
  row("--optimizer nadam", train("--data", "iris", "--optimizer", "nadam"), /unknown optimizer "nadam"/),
  row("--run escaping the logdir", train("--data", "iris", "--run", "../evil"), /run name "..\/evil" may only contain letters, digits/),
  row("dashboard --port 70000", () => ["dashboard", "--port", "70000"], /port must be an integer in \[0, 65535\]/),
  row("playground --port -1", () => ["playground", "--port", "-1"], /port must be an integer in \[0, 65535\]/),
  row("evaluate without arguments", () => ["evaluate"], /missing required argument 'model'/),
  row("evaluate a missing model", (f) => ["evaluate", f.missing, "iris"], /missing\.csv\/model\.json does not exist/),
  row("evaluate a corrupted model.json", (f) => ["evaluate", f.brokenModel, "iris"], /model\.json: not valid JSON/),
  row("evaluate a model with a tampered shard", (f) => ["evaluate", f.tamperedModel, "iris"], /group1-shard1of1\.bin: SHA-256 differs from model\.json's/),
  row("evaluate on an unknown dataset", (f) => ["evaluate", f.model, "nope"], /unknown dataset "nope"/),
  row("predict on a missing CSV", (f) => ["predict", f.model, f.missing], /input file not found: .*missing\.csv/),
  row("predict on a CSV of the wrong width", (f) => ["predict", f.model, f.wideCsv], /expected input of shape \[batch, 4\], got \[2, 2\]/),
];
