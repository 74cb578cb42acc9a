import { resolve } from "node:path";
import { train } from "./train.js";
import { dashboardCommand } from "./dashboard.js";
import { playgroundCommand } from "./commands.js";

/**
 * `npm start`: trains the default digits MLP (784-128-64-10, Adam 1e-3,
 * batch 64) with a progress bar and a run log under runs/, saves it under
 * models/digits-mlp, then serves the dashboard and the playground.
 */
export async function startCommand(o: { serve: boolean; epochs: number }, print: (s: string) => void): Promise<void> {
  const r = await train({
    data: "digits", layers: [128, 64], activation: "relu", optimizer: "adam", lr: 1e-3, epochs: o.epochs, batchSize: 64,
    validationSplit: 0.2, seed: 42, logdir: "runs", out: resolve("models/digits-mlp"), verbose: 1,
  });
  print(`test accuracy: ${r.testScore!.value.toFixed(4)}`);
  print(`run log: ${r.runDir}`);
  print(`model: ${r.modelUrl}`);
  if (!o.serve) return;
  print(`dashboard:  ${await dashboardCommand("runs", 6006)}`);
  print(`playground: ${await playgroundCommand(8080)}`);
  print("press Ctrl+C to stop");
}
