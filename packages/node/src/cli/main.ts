import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import * as nt from "@neurite/core";
import { NeuriteError } from "@neurite/core";
import { installNode } from "../install.js";
import { benchCommand, evaluateCommand, playgroundCommand, predictCommand } from "./commands.js";
import { startCommand } from "./start.js";
import { train } from "./train.js";
import { dashboardCommand } from "./dashboard.js";

const print = (s: string) => process.stdout.write(`${s}\n`);

function int(name: string, min = 1, max = Number.MAX_SAFE_INTEGER) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `${name} must be an integer ≥ ${min}` : `${name} must be an integer in [${min}, ${max}]`);
    }
    return n;
  };
}
function num(name: string, lo = 0, hi = Infinity) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < lo || n > hi) throw new InvalidArgumentError(`${name} must be a number in [${lo}, ${hi}]`);
    return n;
  };
}
function list(v: string): number[] {
  if (v.trim() === "") return [];
  const parts = v.split(",").map((s) => Number(s.trim()));
  if (parts.some((n) => !Number.isInteger(n) || n <= 0)) throw new InvalidArgumentError(`layers must be positive integers separated by commas, e.g. 128,64`);
  return parts;
}

/** The `neurite` command line as a commander program (main() runs it). */
export function program(): Command {
  const p = new Command("neurite").description("Train, evaluate and serve Neurite models.").showHelpAfterError(false);
  p.command("train")
    .description("train a dense network on a dataset, log the run and save the model")
    .option("--data <name|file.csv>", "digits, iris, circle, xor, gauss, spiral, plane, multiGauss, or a CSV file", "digits")
    .option("--label <column>", "target column of a CSV file")
    .option("--layers <units>", "hidden layer sizes, e.g. 128,64", list, [128, 64])
    .option("--activation <name>", "hidden activation", "relu")
    .option("--optimizer <name>", "sgd, adam, adamw, rmsprop or adagrad", "adam")
    .option("--lr <rate>", "learning rate", num("lr", 0, 10), 0.001)
    .option("--epochs <n>", "epochs", int("epochs"), 20)
    .option("--batch-size <n>", "batch size", int("batch-size"), 64)
    .option("--validation-split <f>", "validation fraction when the data has no test split", num("validation-split", 0, 0.9), 0.2)
    .option("--seed <n>", "random seed", int("seed", 0), 42)
    .option("--logdir <dir>", "run logs folder", "runs")
    .option("--run <name>", "run name (default: a timestamp)")
    .option("--out <dir>", "where to save the model")
    .option("--quiet", "no progress output")
    .action(async (o) => {
      const r = await train({ ...o, verbose: o.quiet ? 0 : 1 });
      if (r.testScore) print(`test ${r.testScore.name}: ${r.testScore.value.toFixed(4)}`);
      print(`run log: ${r.runDir}`);
      if (r.modelUrl) print(`model: ${r.modelUrl}`);
    });
  p.command("evaluate")
    .description("classification report, confusion matrix and ROC AUC of a saved model")
    .argument("<model>", "model folder, model.json path or URL")
    .argument("<data>", "dataset name or CSV file (its test split when it has one)")
    .option("--label <column>", "target column of a CSV file")
    .option("--seed <n>", "seed of the dataset split", int("seed", 0), 42)
    .action((model: string, data: string, o) => evaluateCommand(model, data, o, print));
  p.command("predict")
    .description("predictions of a saved model for the rows of a CSV file, as CSV")
    .argument("<model>", "model folder, model.json path or URL")
    .argument("<input>", "CSV file of feature rows (with a header)")
    .action((model: string, input: string) => predictCommand(model, input, print));
  p.command("dashboard")
    .description("serve the metrics dashboard for a folder of run logs on 127.0.0.1")
    .option("--logdir <dir>", "run logs folder", "runs")
    .option("--port <n>", "port", int("port", 0, 65535), 6006)
    .action(async (o) => {
      print(`dashboard: ${await dashboardCommand(o.logdir, o.port)}`);
    });
  p.command("playground")
    .description("serve the playground on 127.0.0.1")
    .option("--port <n>", "port", int("port", 0, 65535), 8080)
    .action(async (o) => {
      print(`playground: ${await playgroundCommand(o.port)}`);
    });
  p.command("bench")
    .description("run the benchmarks against TensorFlow.js (repository clones only)")
    .argument("[which...]", "gemm, train, …")
    .action(async (which: string[]) => {
      process.exitCode = await benchCommand(which);
    });
  p.command("start")
    .description("train the default digits model with a run log, save it, then serve the dashboard and the playground")
    .addOption(new Option("--no-serve", "exit after training"))
    .option("--epochs <n>", "epochs", int("epochs"), 20)
    .action((o) => startCommand({ serve: o.serve, epochs: o.epochs }, print));
  return p;
}

/** Runs the CLI: bad arguments give one line on stderr and exit code 2. */
export async function main(argv: string[]): Promise<number> {
  installNode();
  await nt.ready();
  const p = program();
  p.exitOverride();
  p.configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(s.split("\n")[0]! + "\n") });
  for (const c of p.commands) {
    c.exitOverride();
    c.configureOutput({ outputError: (s, write) => write(s.split("\n")[0]! + "\n") });
  }
  try {
    await p.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof NeuriteError && ["BAD_ARGUMENT", "NOT_FOUND", "BAD_MODEL_FILE", "CHECKSUM", "SHAPE_MISMATCH", "DTYPE", "OUT_OF_MEMORY", "UNSUPPORTED"].includes(e.code)) {
      process.stderr.write(`neurite: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
